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
	}...)
}
