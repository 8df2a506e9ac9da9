package coder

import "notecoder/cdi/model"

// Cases for heme21: the hematology-oncology notes' remission axis read from the
// assessment over an NOS inclusion term, chemotherapy admissions named by their
// phase, lymphoma node regions choosing the site character, and hematology
// shorthand (ACS in sickle cell, DLBCL, MGUS, MDS-EB, del(5q), protein S, VWD, FVL).
func init() {
	cases = append(cases, []tc{
		{name: "heme21-myeloma-remission-over-nos", text: "HPI: IgG kappa multiple myeloma diagnosed 2023, auto transplant 2024.\nAssessment: Multiple myeloma in remission - continue lenalidomide maintenance.", want: []string{"C90.01"}, not: []string{"C90.00"}},
		{name: "heme21-induction-admission", text: "Admitted electively for 7+3 induction.\nAssessment: AML, not in remission.", setting: model.Inpatient, want: []string{"Z51.11", "C92.00"}},
		{name: "heme21-reinduction-admission", text: "Admitted for reinduction with inotuzumab.\nAssessment: B-ALL in first relapse.", setting: model.Inpatient, want: []string{"Z51.11", "C91.02"}},
		{name: "heme21-consolidation-admission", text: "Admitted for cycle 2 of consolidation high-dose cytarabine.\nAssessment: AML in first remission.", setting: model.Inpatient, want: []string{"Z51.11", "C92.01"}},
		{name: "heme21-dlbcl-three-regions", text: "Assessment: Diffuse large B-cell lymphoma involving cervical, mediastinal and retroperitoneal lymph nodes.", want: []string{"C83.38"}, not: []string{"C83.30"}},
		{name: "heme21-dlbcl-cervical-nodes", text: "Assessment: Diffuse large B-cell lymphoma of cervical lymph nodes.", want: []string{"C83.31"}, not: []string{"C83.32"}},
		{name: "heme21-hodgkin-cervical-nodes", text: "Assessment: Hodgkin lymphoma, nodular sclerosis, cervical nodes.", want: []string{"C81.11"}, not: []string{"C81.10"}},
		{name: "heme21-follicular-multiple-regions", text: "Assessment: Follicular lymphoma grade 2, lymph nodes of multiple regions, stage III.", want: []string{"C82.18"}, not: []string{"C82.10"}},
		// Guards the organ reading beside the node regions: no node word, so extranodal stands.
		{name: "heme21-gastric-lymphoma-guard", text: "Assessment: Lymphoma of the stomach.", want: []string{"C85.99"}},
		{name: "heme21-acs-sickle", text: "Assessment: Hb SS disease, vaso-occlusive crisis complicated by ACS.", setting: model.Inpatient, want: []string{"D57.01"}, not: []string{"I24.9"}},
		// Guards the coronary sense of ACS without sickle words.
		{name: "heme21-acs-coronary-guard", text: "Assessment: ACS, troponin rising, heparin drip, cardiology for cath.", setting: model.Inpatient, want: []string{"I24.9"}},
		{name: "heme21-dlbcl", text: "Assessment: DLBCL, multiple nodal sites, on R-CHOP.", want: []string{"C83.38"}},
		{name: "heme21-mgus", text: "Assessment: MGUS, IgG lambda, stable - annual SPEP.", want: []string{"D47.2"}},
		{name: "heme21-mds-eb1", text: "Assessment: MDS-EB-1, transfusion dependent, on azacitidine.", want: []string{"D46.21"}},
		{name: "heme21-mds-del5q", text: "Assessment: MDS with isolated del(5q) - responding to lenalidomide.", want: []string{"D46.C"}, not: []string{"D46.9"}},
		{name: "heme21-protein-s", text: "Assessment: Hereditary protein S deficiency.", want: []string{"D68.59"}, not: []string{"E46"}},
		{name: "heme21-vwd", text: "Assessment: VWD type 1, tranexamic acid with menses.", want: []string{"D68.01"}},
		{name: "heme21-fvl", text: "Assessment: FVL heterozygote with recurrent VTE, on apixaban.", want: []string{"D68.51"}},
	}...)
}
