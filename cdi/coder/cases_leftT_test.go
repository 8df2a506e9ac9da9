package coder

func init() {
	cases = append(cases, []tc{
		// A subterm said in two parts around its head, the second after
		// "after" or "following" (data/straddle_links.txt): the index's
		// "Infection, operation wound" (T81.49-), "Infection, cesarean
		// delivery wound" (O86.00) and "Disruption, wound, cesarean
		// delivery" (O90.0), not the bare condition.
		{name: "leftT wound infection after the operation", text: "Wound infection after the operation, on IV vancomycin.", setting: "inpatient", want: []string{"T81.49XA"}, not: []string{"B99.9"}},
		{name: "leftT incisional infection following cesarean", text: "Incisional infection following her cesarean, opened at the bedside.", setting: "inpatient", want: []string{"O86.00"}, not: []string{"B99.9", "T81.41XA"}},
		{name: "leftT surgical site infection after the c-section", text: "Surgical site infection after the C-section, on cefazolin.", setting: "inpatient", want: []string{"O86.00"}, not: []string{"T81.40XA"}},
		{name: "leftT wound dehiscence after cesarean", text: "Wound dehiscence after cesarean, packed and left open.", setting: "inpatient", want: []string{"O90.0"}, not: []string{"T81.30XA"}},
	}...)
}
