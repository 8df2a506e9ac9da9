package coder

import "notecoder/cdi/model"

// Table of Drugs subrows and cause links (leftV), written for these cases:
// the source of a carbon monoxide poisoning named after the substance (the
// table's deeper subrows), and "secondary to" read as the cause link it is
// rather than as the index's "secondary" kind of the condition.
func init() {
	cases = append(cases, []tc{
		// Carbon monoxide > fuel > gas (piped) / utility gas: T58.11, and
		// the gas is the source, not a substance of its own (T59.89-).
		{name: "leftV-co-gas-heater", text: "Carbon monoxide poisoning from a faulty natural gas heater in the basement.", setting: model.Inpatient, want: []string{"T58.11XA"}, not: []string{"T58.91XA", "T59.891A"}},
		// Carbon monoxide > exhaust gas (motor): T58.01.
		{name: "leftV-co-exhaust", text: "Accidental carbon monoxide poisoning from the exhaust of a car left running in the garage.", setting: model.Inpatient, want: []string{"T58.01XA"}, not: []string{"T58.91XA"}},
		// Carbon monoxide > charcoal fumes: T58.2X-.
		{name: "leftV-co-charcoal", text: "Carbon monoxide poisoning after burning charcoal indoors to keep warm.", setting: model.Inpatient, want: []string{"T58.2X1A"}, not: []string{"T58.91XA"}},
		// "Secondary to" links the cause: D70.1 with its adverse effect,
		// not "Neutropenia, secondary" (D70.4).
		{name: "leftV-neutropenia-chemo", text: "Febrile neutropenia secondary to chemotherapy, day 10 of the cycle.", setting: model.Inpatient, want: []string{"D70.1", "T45.1X5A"}, not: []string{"D70.4"}},
		{name: "leftV-neutropenia-infection", text: "Neutropenia secondary to infection, improving.", setting: model.Inpatient, want: []string{"D70.3"}, not: []string{"D70.4"}},
	}...)
}
