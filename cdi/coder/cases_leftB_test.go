package coder

import "notecoder/cdi/model"

func init() {
	cases = append(cases, []tc{
		// A qualifying "no" denies a "with" subterm whose word comes a few
		// words later ("no bronchopleural fistula"), and a subterm under a
		// bare "with" ("Diverticulitis, intestine, with, abscess") is
		// denied by "no" or "without" as a "with abscess" one is, also when
		// read through an implied grouping.
		{name: "leftB empyema no bp fistula", text: "Empyema of the right pleural space, no bronchopleural fistula on CT.", setting: model.Inpatient, want: []string{"J86.9"}, not: []string{"J86.0"}},
		{name: "leftB empyema no evidence fistula", text: "Left-sided empyema, no evidence of fistula.", setting: model.Inpatient, want: []string{"J86.9"}, not: []string{"J86.0"}},
		{name: "leftB empyema with fistula kept", text: "Empyema with a bronchopleural fistula.", setting: model.Inpatient, want: []string{"J86.0"}, not: []string{"J86.9"}},
		{name: "leftB diverticulitis no abscess", text: "Acute diverticulitis, no abscess.", setting: model.Inpatient, want: []string{"K57.92"}, not: []string{"K57.80"}},
		{name: "leftB diverticulitis without perforation", text: "Diverticulitis without perforation or abscess.", want: []string{"K57.92"}, not: []string{"K57.80"}},
		{name: "leftB diverticulitis with abscess kept", text: "Diverticulitis with a pericolic abscess.", setting: model.Inpatient, want: []string{"K57.80"}, not: []string{"K57.92"}},
		{name: "leftB sigmoid diverticulitis no perforation", text: "Sigmoid diverticulitis, no perforation.", want: []string{"K57.32"}, not: []string{"K57.20"}},
		// A head its own clause denies does not reach back for a "with"
		// subterm: the present condition before it stands alone.
		{name: "leftB steroid hyperglycemia no diabetes", text: "Dexamethasone-induced hyperglycemia, no known diabetes.", setting: model.Inpatient, want: []string{"R73.9", "T38.0X5A"}, not: []string{"E11.65", "E11.9"}},
		{name: "leftB hyperglycemia denies diabetes", text: "New hyperglycemia; denies history of diabetes.", setting: model.Inpatient, want: []string{"R73.9"}, not: []string{"E11.65"}},
		{name: "leftB dm with hyperglycemia kept", text: "Uncontrolled type 2 diabetes with hyperglycemia.", want: []string{"E11.65"}, not: []string{"R73.9"}},
		{name: "leftB hyperglycemia comma dm kept", text: "Hyperglycemia, type 2 diabetes.", want: []string{"E11.65"}},
		// "Due to chemotherapy" is the index's "due to antineoplastic
		// therapy" (data/title_alias.tsv).
		{name: "leftB chemo mucositis", text: "Grade 2 oral mucositis secondary to chemotherapy.", setting: model.Inpatient, want: []string{"K12.31", "T45.1X5A"}, not: []string{"K12.30"}},
		{name: "leftB chemo-induced mucositis", text: "Chemo-induced mucositis of the mouth.", setting: model.Inpatient, want: []string{"K12.31"}, not: []string{"K12.30"}},
		{name: "leftB radiation mucositis kept", text: "Oral mucositis due to radiation therapy.", want: []string{"K12.33"}},
		{name: "leftB plain mucositis kept", text: "Oral mucositis.", want: []string{"K12.30"}},
		// A hemorrhage of a deep nucleus is the subcortical one (I61.0).
		{name: "leftB basal ganglia hemorrhage", text: "Right basal ganglia hemorrhage.", setting: model.Inpatient, want: []string{"I61.0"}, not: []string{"R58", "I61.9"}},
		{name: "leftB thalamic ich", text: "Left thalamic intracerebral hemorrhage.", setting: model.Inpatient, want: []string{"I61.0"}, not: []string{"I61.9"}},
		{name: "leftB ich in putamen", text: "Intracerebral hemorrhage in the left putamen.", setting: model.Inpatient, want: []string{"I61.0"}, not: []string{"I61.9"}},
		{name: "leftB cortical ich", text: "Cortical intracerebral hemorrhage.", want: []string{"I61.1"}},
		{name: "leftB ich unspecified kept", text: "Intracerebral hemorrhage.", want: []string{"I61.9"}},
		{name: "leftB basal ganglia calcification kept", text: "Basal ganglia calcifications.", want: []string{"G23.8"}, not: []string{"I61.0"}},
		// A missed dialysis is the patient's noncompliance with renal
		// dialysis (Z91.15-); hyphenated "non-compliant", "non-adherent"
		// are Noncompliance.
		{name: "leftB missed dialysis", text: "ESRD on hemodialysis, missed two dialysis sessions this week.", setting: model.Inpatient, want: []string{"N18.6", "Z91.158"}},
		{name: "leftB missed hd", text: "Hyperkalemia in ESRD after she missed HD on Friday.", setting: model.Inpatient, want: []string{"Z91.158"}},
		{name: "leftB noncompliance hemodialysis", text: "Noncompliance with hemodialysis.", want: []string{"Z91.158"}, not: []string{"Z91.199"}},
		{name: "leftB non-adherent meds", text: "Non-adherent to her medications.", want: []string{"Z91.148"}, not: []string{"K66.0"}},
		{name: "leftB non-compliant meds", text: "Non-compliant with medications.", want: []string{"Z91.148"}},
		{name: "leftB non-adherent lesion", text: "A firm mass, non-adherent to the deep tissue.", not: []string{"Z91.148", "Z91.199", "K66.0"}},
		{name: "leftB missed not dialysis", text: "He missed his clinic appointment last month.", not: []string{"Z91.158"}},
		// The severity said beside a dementia the index pairs with its
		// etiology ("G30.9 [F02.80]") picks the tabular's severity sibling.
		{name: "leftB severe alzheimer dementia", text: "Severe dementia of the Alzheimer type.", setting: model.Inpatient, want: []string{"G30.9", "F02.C0"}, not: []string{"F02.80"}},
		{name: "leftB moderate alzheimer dementia", text: "Alzheimer's dementia, moderate.", want: []string{"G30.9", "F02.B0"}, not: []string{"F02.80"}},
		{name: "leftB alzheimer dementia unspecified kept", text: "Alzheimer's dementia.", want: []string{"G30.9", "F02.80"}},
		{name: "leftB alzheimer agitation unspecified kept", text: "Alzheimer dementia with agitation.", want: []string{"G30.9", "F02.811"}},
		// The ILAE names of partial seizures in an epilepsy.
		{name: "leftB focal impaired awareness epilepsy", text: "Epilepsy with focal impaired awareness seizures, on levetiracetam.", setting: model.Inpatient, want: []string{"G40.209"}, not: []string{"G40.109"}},
		{name: "leftB focal epilepsy impaired awareness intractable", text: "Focal epilepsy with impaired awareness seizures, intractable.", want: []string{"G40.219"}, not: []string{"G40.119"}},
		{name: "leftB focal aware epilepsy kept", text: "Epilepsy with focal aware seizures.", want: []string{"G40.109"}},
		{name: "leftB focal epilepsy kept", text: "Focal epilepsy.", want: []string{"G40.109"}},
		// A bilateral code beside the same condition coded for each eye
		// is dropped (I.C.7.a.2).
		{name: "leftB poag ou beside per-eye stages", text: "HPI: 72F with POAG OU, here for a pressure check.\nA/P:\n1. Primary open angle glaucoma, right eye mild stage, left eye moderate stage.\n", want: []string{"H40.1111", "H40.1122"}, not: []string{"H40.1130"}},
		{name: "leftB poag ou one eye staged kept", text: "HPI: 72F with POAG OU.\nA/P:\n1. Primary open angle glaucoma, right eye mild stage.\n", want: []string{"H40.1130", "H40.1111"}},
	}...)
}
