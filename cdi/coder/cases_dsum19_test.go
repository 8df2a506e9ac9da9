package coder

// Discharge-summary cases (helper dsum19): bare "Social:"/"Family:"/"Pending:"
// headers, a nicotine dependence said twice, influenza with a secondary
// bacterial pneumonia, and "call 911 for" return precautions.
func init() {
	cases = append(cases, []tc{
		{name: "dsum19 social header after allergies", setting: "inpatient",
			text: "Allergies: Vancomycin (red man reaction).\nSocial: Truck driver, smokes 1/2 ppd, no alcohol.\n",
			want: []string{"F17.210"}},
		{name: "dsum19 nicotine dependence said twice keeps the product", setting: "inpatient",
			text: "Social: Smokes 1 ppd cigarettes.\nDischarge diagnoses: hypertension; nicotine dependence.\n",
			want: []string{"F17.210", "I10"}, not: []string{"F17.200"}},
		{name: "dsum19 influenza A with secondary MRSA pneumonia", setting: "inpatient",
			text: "Discharge diagnoses:\nPrincipal: Influenza A with pneumonia.\nSecondary: Secondary MRSA pneumonia.\n",
			want: []string{"J10.08", "J15.212"}, not: []string{"J10.00"}},
		{name: "dsum19 call 911 return precautions", setting: "inpatient",
			text: "Discharge diagnoses: hypertension.\nInstructions: Call 911 for new weakness, numbness, facial droop or severe headache.\n",
			want: []string{"I10"}, not: []string{"R20.0", "R29.810", "R51.9"}},
		{name: "dsum19 pending results are no diagnoses", setting: "inpatient",
			text: "Discharge diagnoses: alcoholic cirrhosis with ascites.\nPending: Hepatitis B/C serologies.\n",
			want: []string{"K70.31"}, not: []string{"B19.10", "B19.20"}},
	}...)
}
