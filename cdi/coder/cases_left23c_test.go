package coder

import "notecoder/cdi/model"

// Cases for left23c: leftovers of the last session (a fight read as Assault, fight; ...).
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
	}...)
}
