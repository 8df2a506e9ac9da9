package coder

func init() {
	cases = append(cases, []tc{
		// Pneumonia lists no Acinetobacter: the genus is gram-negative, so
		// "Pneumonia, gram-negative bacteria NEC" J15.6, whose tabular
		// residual is J15.69 (J15.61 is the named species only).
		{name: "organisms2-acinetobacter-pneumonia", text: "Assessment: Acinetobacter pneumonia.", setting: "inpatient", want: []string{"J15.69"}, not: []string{"J18.9", "J15.61"}},
		{name: "organisms2-pneumonia-due-to-acinetobacter", text: "Assessment: Pneumonia due to Acinetobacter.", setting: "inpatient", want: []string{"J15.69"}, not: []string{"J18.9", "J15.61"}},
		{name: "organisms2-baumannii-pneumonia", text: "Assessment: Acinetobacter baumannii pneumonia.", setting: "inpatient", want: []string{"J15.61"}},
		{name: "organisms2-prevotella-pneumonia", text: "Assessment: Prevotella pneumonia.", setting: "inpatient", want: []string{"J15.8"}, not: []string{"J18.9"}},
		{name: "organisms2-enterobacter-pneumonia", text: "Assessment: Enterobacter pneumonia.", setting: "inpatient", want: []string{"J15.69"}},
		{name: "organisms2-klebsiella-pneumonia", text: "Assessment: Klebsiella pneumonia.", setting: "inpatient", want: []string{"J15.0"}, not: []string{"J15.69"}},
		{name: "organisms2-pseudomonas-pneumonia", text: "Assessment: Pseudomonas pneumonia.", setting: "inpatient", want: []string{"J15.1"}, not: []string{"J15.69"}},
		{name: "organisms2-ecoli-pneumonia", text: "Assessment: E. coli pneumonia.", setting: "inpatient", want: []string{"J15.5"}, not: []string{"J15.69"}},
		// N39.0 asks for its agent (B95-B97).
		{name: "organisms2-uti-due-to-klebsiella", text: "Assessment: Urinary tract infection due to Klebsiella.", setting: "inpatient", want: []string{"N39.0", "B96.1"}},
		{name: "organisms2-ecoli-uti", text: "Assessment: E. coli UTI.", setting: "inpatient", want: []string{"N39.0", "B96.20"}},
		// The sepsis arises from the infection "with" joins it to: it reads
		// that infection's agent (I.C.1.d.4 codes the localized infection
		// beside it), which stays the infection's evidence too.
		{name: "organisms2-proteus-uti-with-sepsis", text: "Assessment: Proteus mirabilis urinary tract infection with sepsis.", setting: "inpatient", want: []string{"A41.59", "N39.0"}, not: []string{"A41.9"}},
		{name: "organisms2-ecoli-uti-with-sepsis", text: "Assessment: E. coli urinary tract infection with sepsis.", setting: "inpatient", want: []string{"A41.51", "N39.0"}, not: []string{"A41.9"}},
		{name: "organisms2-klebsiella-pneumonia-with-sepsis", text: "Assessment: Klebsiella pneumonia with sepsis.", setting: "inpatient", want: []string{"A41.59", "J15.0"}, not: []string{"A41.9"}},
		{name: "organisms2-uti-with-sepsis-no-agent", text: "Assessment: Urinary tract infection with sepsis.", setting: "inpatient", want: []string{"A41.9", "N39.0"}},
		// "Herpes, infection NEC" (B10.89) is the other herpesvirus
		// infections: the note's "herpes infection" is Herpes itself
		// (B00.9, "Herpesviral infection, unspecified"), reached from
		// "Infection, herpes - see also Herpes" too.
		{name: "organisms2-herpes-infection", text: "Assessment: Herpes infection.", setting: "inpatient", want: []string{"B00.9"}, not: []string{"B10.89", "B99.9"}},
		{name: "organisms2-herpes-zoster-infection", text: "Assessment: Herpes zoster infection.", setting: "inpatient", want: []string{"B02.9"}, not: []string{"B10.89"}},
		{name: "organisms2-herpes-virus-infection", text: "Assessment: Herpes virus infection.", setting: "inpatient", want: []string{"B00.9"}, not: []string{"B10.89", "B34.9"}},
		// B26.9 is "Mumps without complication": its title does not say
		// the complication of "Mumps, complication NEC".
		{name: "organisms2-mumps-complication", text: "Assessment: Mumps complication.", setting: "inpatient", want: []string{"B26.89"}, not: []string{"B26.9"}},
		// A gram-negative bacterium "Infection, ..., as cause of disease
		// classified elsewhere" does not list is the grouping's own
		// "Infection, bacterial NOS" code B96.89.
		{name: "organisms2-acinetobacter-uti", text: "Assessment: Acinetobacter UTI.", setting: "inpatient", want: []string{"N39.0", "B96.89"}},
		{name: "organisms2-klebsiella-oxytoca-uti", text: "Urinary tract infection caused by Klebsiella oxytoca.", setting: "inpatient", want: []string{"N39.0", "B96.89"}, not: []string{"B96.1"}},
		{name: "organisms2-proteus-uti-listed", text: "Assessment: Proteus mirabilis UTI.", setting: "inpatient", want: []string{"N39.0", "B96.4"}, not: []string{"B96.89"}},
		// Any entry with a Gram-negative subterm reads the genus so:
		// "Infection, gram-negative bacilli NOS" A49.9 (a bacterial
		// infection, not B99.9), "Shock, gram-negative" R65.21.
		{name: "organisms2-acinetobacter-infection", text: "Assessment: Acinetobacter infection.", setting: "inpatient", want: []string{"A49.9"}, not: []string{"B99.9"}},
		{name: "organisms2-shock-due-to-klebsiella", text: "Assessment: Shock due to Klebsiella.", setting: "inpatient", want: []string{"R65.21", "A41.59"}, not: []string{"R57.9"}},
	}...)
}
