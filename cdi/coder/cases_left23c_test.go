package coder

import "notecoder/cdi/model"

// Cases for left23c: leftovers of the last session: a fight read as Assault, fight; an arrest named
// by its rhythm; an underdosing's noncompliance; a recovery stay's recap of resolved conditions.
func init() {
	cases = append(cases, []tc{
		// The external cause index's "Assault, fight (hand) (fists) (foot) (unarmed)" Y04.0: the
		// walk reads "fight" as the assault main term and as its own subterm; a weapon or a bite
		// named beside it still selects its own entry (Assault, stab; Bite, human, in fight).
		{name: "left23c punched during a fight", text: "Got punched in the mouth during a fight last night. Laceration of the upper lip.", setting: model.Outpatient, want: []string{"Y04.0XXA"}, not: []string{"Y09"}},
		{name: "left23c stabbed with knife in a fight", text: "He was stabbed in the back with a knife during a fight outside a bar. Laceration of the lower back without penetration.", setting: model.Inpatient, want: []string{"X99.1XXA"}, not: []string{"Y04.0XXA", "Y09"}},
		{name: "left23c stabbed in a fight no weapon named", text: "Stabbed in the left thigh during a fight. Laceration of the left thigh.", setting: model.Inpatient, want: []string{"X99.9XXA"}, not: []string{"Y04.0XXA"}},
		{name: "left23c bitten in a fight", text: "Bitten on the left forearm by the other man during a fight. Laceration of the left forearm.", setting: model.Outpatient, want: []string{"Y04.1XXA"}, not: []string{"Y04.0XXA"}},
		// An arrest named by its rhythm: "Arrest, cardiac, due to, cardiac condition" I46.2 with the
		// rhythm coded first (I46.2 "Code first underlying cardiac condition"); PEA and asystole
		// name no condition of their own (I46.9); a noncardiac cause is I46.8.
		{name: "left23c vf arrest", text: "VF arrest at home, 3 shocks by EMS, ROSC in the field.", setting: model.Inpatient, want: []string{"I46.2", "I49.01"}, not: []string{"I46.9"}},
		{name: "left23c pulseless vt arrest", text: "Pulseless VT arrest on the ward, defibrillated once with ROSC.", setting: model.Inpatient, want: []string{"I46.2", "I47.20"}},
		{name: "left23c pea arrest", text: "PEA arrest in the ICU, ROSC after 8 minutes of CPR.", setting: model.Inpatient, want: []string{"I46.9"}, not: []string{"I46.2"}},
		{name: "left23c vf without arrest", text: "Brief run of VF on telemetry, terminated by ICD shock.", setting: model.Inpatient, want: []string{"I49.01"}, not: []string{"I46.2", "I46.9"}},
		{name: "left23c arrest due to noncardiac cause", text: "Cardiac arrest due to hyperkalemia, ROSC after one round of CPR.", setting: model.Inpatient, want: []string{"I46.8", "E87.5"}, not: []string{"I46.2"}},
		// An underdosing the patient chose or could not pay for: the T code's 6th character 6 with
		// the noncompliance code of its intent (I.C.19.e.5.c; "Underdosing, intentional NEC" Z91.128,
		// "due to financial hardship of patient" Z91.120); doses missed are an underdosing too. A
		// seizure that "stopped on its own" and a drug the physician stopped are none.
		{name: "left23c stopped on her own", text: "Acute cellular rejection of the kidney transplant. She stopped her tacrolimus a week ago on her own.", setting: model.Inpatient, want: []string{"T86.11", "T45.1X6A", "Z91.128"}},
		{name: "left23c could not afford", text: "DKA in type 1 diabetes. He had been skipping insulin doses because he could not afford the refills.", setting: model.Inpatient, want: []string{"E10.10", "T38.3X6A", "Z91.120"}, not: []string{"Z91.128", "Z91.148"}},
		{name: "left23c missing doses", text: "Admits to missing several doses of tacrolimus last month. Acute rejection of liver transplant.", setting: model.Inpatient, want: []string{"T86.41", "T45.1X6A"}},
		{name: "left23c no pills missing", text: "Pill count with the refill record: all tablets accounted for, no pills missing. Essential hypertension.", setting: model.Outpatient, want: []string{"I10"}, not: []string{"Z91.148", "Z91.14"}},
		{name: "left23c seizure stopped on its own", text: "Generalized seizure lasting 2 minutes that stopped on its own; no prior seizures.", setting: model.Inpatient, want: []string{"R56.9"}, not: []string{"Z91.128", "Z91.148"}},
		{name: "left23c physician stopped drug", text: "Lisinopril was stopped for the acute kidney injury. Hypertension.", setting: model.Inpatient, want: []string{"N17.9", "I10"}, not: []string{"T46.4X6A", "Z91.128", "Z91.148"}},
		// A recovery stay's (SNF, rehab) recap of the acute stay: a condition it says resolved there
		// no longer exists and is not coded (I.C.21.c.4); one still present is ("improving"), and a
		// discharge summary's own stay keeps what it treated and resolved.
		{name: "left23c snf recap delirium resolved", text: "SNF ADMISSION NOTE\nHPI: 81M admitted to skilled nursing after a hospital stay for a right hip fracture treated with a nail.\nHospital course: course complicated by postoperative delirium, now resolved, and acute blood loss anemia.\nAssessment: right hip fracture - PT/OT.", setting: model.Inpatient, want: []string{"D62"}, not: []string{"F05", "R41.0"}},
		{name: "left23c rehab recap sepsis due to uti resolved", text: "INPATIENT REHAB ADMISSION\nAdmitted to acute rehab after a 10-day hospital stay.\nAssessment:\n1. Critical illness myopathy - PT/OT.\n2. Sepsis due to UTI - resolved, antibiotics completed.", setting: model.Inpatient, want: []string{"G72.81"}, not: []string{"A41.9", "N39.0"}},
		{name: "left23c snf recap delirium improving", text: "SNF ADMISSION NOTE\nHPI: 81M admitted to skilled nursing after a hospital stay for a right hip fracture.\nHospital course: postoperative delirium, improving but still confused at night.", setting: model.Inpatient, want: []string{"F05"}},
		{name: "left23c discharge summary resolved kept", text: "DISCHARGE SUMMARY\nHospital course: postoperative delirium on day 2, resolved with reorientation.", setting: model.Inpatient, want: []string{"F05"}},
	}...)
}
