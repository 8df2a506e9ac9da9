package coder

func init() {
	cases = append(cases, []tc{
		// A coagulation defect the note puts down to an anticoagulant is the
		// Tabular's "drug-induced hemorrhagic disorder" D68.32 (Index:
		// Disorder, hemorrhagic NEC, drug-induced; Anticoagulant,
		// circulating, drug-induced) with the drug's adverse effect
		// (use additional code T45.515, guideline I.C.19.e.5.a).
		// Coagulopathy reaches Defect, coagulation by its see-also, whose
		// drug-caused form data/drug_induced_at.tsv points at.
		{name: "leftF coagulopathy due to warfarin", text: "Coagulopathy due to warfarin, INR reversed with vitamin K.", setting: "inpatient",
			want: []string{"D68.32", "T45.515A"}, not: []string{"D68.9"}},
		{name: "leftF hemorrhagic disorder due to heparin", text: "Hemorrhagic disorder due to heparin infusion.", setting: "inpatient",
			want: []string{"D68.32", "T45.515A"}, not: []string{"D69.9"}},
		// Guards: coagulopathy put down to a condition keeps its index
		// subterm; a bare coagulopathy stays unspecified.
		{name: "leftF coagulopathy of liver disease guard", text: "Coagulopathy due to liver disease.", setting: "inpatient",
			want: []string{"D68.4"}, not: []string{"D68.32"}},
		{name: "leftF bare coagulopathy guard", text: "Coagulopathy, cause unclear, hematology consulted.", setting: "inpatient",
			want: []string{"D68.9"}, not: []string{"D68.32", "T45.515A"}},
		// "Not in remission" denies the index's "in remission" subterm as
		// "without" does (data/not_denies.txt; the abbreviation table's
		// expansion "not having achieved remission" included): the
		// dependence is current, F10.20, not F10.21.
		{name: "leftF alcohol dependence not in remission", text: "Alcohol dependence, not in remission, drinking daily.",
			want: []string{"F10.20"}, not: []string{"F10.21"}},
		{name: "leftF opioid use disorder not in sustained remission guard", text: "Opioid use disorder, severe, not in sustained remission.",
			want: []string{"F11.20"}, not: []string{"F11.21"}},
		// Guards: a stated remission is kept; a leukemia not in remission
		// keeps its own code.
		{name: "leftF alcohol dependence in remission guard", text: "Alcohol dependence in early remission.",
			want: []string{"F10.21"}, not: []string{"F10.20"}},
		{name: "leftF myeloma not in remission guard", text: "Multiple myeloma, not in remission.", setting: "inpatient",
			want: []string{"C90.00"}, not: []string{"C90.01"}},
		// Underdosing put down to the patient's money is "Underdosing,
		// intentional NEC, due to financial hardship of patient" Z91.120
		// beside the drug's underdosing code (I.C.19.e.5.c): the grouping
		// is implied (data/implied.tsv), "of patient" optional, and "could
		// "from cost" says the hardship (abbrev.tsv).
		{name: "leftF underdosing insulin due to cost", text: "Underdosing of insulin due to cost.", setting: "inpatient",
			want: []string{"Z91.120", "T38.3X6A"}, not: []string{"Z59.87"}},
		{name: "leftF underdosing phenytoin from cost", text: "Breakthrough seizure due to underdosing of phenytoin from cost.", setting: "inpatient",
			want: []string{"Z91.120", "T42.0X6A"}, not: []string{"Z59.87"}},
		// Guard: an underdosing without a reason gets no hardship code.
		{name: "leftF underdosing without reason guard", text: "Underdosing of insulin.", setting: "inpatient",
			want: []string{"T38.3X6A"}, not: []string{"Z91.120", "Z59.87"}},
		// A qualifier right before a therapy noun is the therapy's
		// (data/qual_of_next.tsv): "on chronic anticoagulation" is the
		// ongoing therapy of Z79.01 (I.C.21.c.3), not a chronic atrial
		// fibrillation; the paroxysmal type stated is coded (I48.0).
		{name: "leftF paroxysmal AF on chronic anticoagulation", text: "Paroxysmal AF on chronic anticoagulation, in sinus rhythm today, continue apixaban.",
			want: []string{"I48.0", "Z79.01"}, not: []string{"I48.20"}},
		// Guards: a chronic AF stays chronic; a "chronic" of the condition
		// itself is read even when another stands before a therapy.
		{name: "leftF chronic AF on warfarin guard", text: "Chronic AF on warfarin.",
			want: []string{"I48.20", "Z79.01"}},
		{name: "leftF CKD on chronic dialysis guard", text: "Chronic kidney disease on chronic dialysis.",
			want: []string{"N18.6", "Z99.2"}},
		// An iatrogenic pneumothorax is the index's "Pneumothorax,
		// postprocedural" J95.811 (J93 Excludes1 postprocedural
		// pneumothorax), read through abbrev.tsv.
		{name: "leftF iatrogenic pneumothorax", text: "Iatrogenic pneumothorax after thoracentesis, chest tube placed.", setting: "inpatient",
			want: []string{"J95.811"}, not: []string{"J93.9"}},
		{name: "leftF iatrogenic hypothyroidism guard", text: "Iatrogenic hypothyroidism.",
			want: []string{"E03.2"}, not: []string{"E89.0"}},
		// "Late effect(s) - see Sequelae" (Index): a deficit named as a late
		// effect of a stroke is its sequela I69.3- by deficit and side
		// (I.C.9.d; right side dominant by default I.C.6.a), not a current
		// I63.9 beside G81.9-.
		{name: "leftF late effects of CVA left hemiparesis", text: "Late effects of CVA with left hemiparesis.", setting: "inpatient",
			want: []string{"I69.354"}, not: []string{"I63.9", "G81.94"}},
		{name: "leftF late effect of stroke aphasia", text: "Late effect of stroke: aphasia.", setting: "inpatient",
			want: []string{"I69.320"}, not: []string{"I63.9"}},
		// The phases of dysphagia are the index's "Dysphagia, oropharyngeal
		// phase" R13.12 and siblings, said without "phase".
		{name: "leftF oropharyngeal dysphagia", text: "Oropharyngeal dysphagia on swallow study, diet modified.", setting: "inpatient",
			want: []string{"R13.12"}, not: []string{"R13.10"}},
		{name: "leftF esophageal dysphagia guard", text: "Dysphagia to solids for two months.",
			want: []string{"R13.10"}, not: []string{"R13.12", "R13.13"}},
		// "Presence, knee-joint implant (prosthesis)" Z96.65-: notes say
		// "knee prosthesis" (data/title_alias.tsv), with its side.
		{name: "leftF presence of left knee prosthesis", text: "Presence of L knee prosthesis, doing well.",
			want: []string{"Z96.652"}, not: []string{"Z96.651"}},
		{name: "leftF presence of right hip prosthesis", text: "Presence of right hip prosthesis.",
			want: []string{"Z96.641"}},
		// Vaccines named before "given today" are the encounter for
		// immunization Z23 ("Immunization, encounter for"); a childhood
		// series or an up-to-date status is no encounter (abbrev.tsv).
		{name: "leftF vaccine list given today", text: "A/P:\nHealthy 4 year old.\n- DTaP, IPV, MMR, varicella given today; VIS provided.\n",
			want: []string{"Z23"}},
		{name: "leftF tdap in procedure note", text: "Procedure: laceration repaired with sutures.\nTdap given today.\nAssessment: laceration of left hand.\n",
			want: []string{"Z23"}},
		{name: "leftF vaccines as a child guard", text: "Plan: Received MMR as a child. Vaccines up to date.",
			not: []string{"Z23"}},
		{name: "leftF drug given today guard", text: "Plan: Ondansetron given today for nausea.",
			not: []string{"Z23"}},
	}...)
}
