package coder

// Table cases of helper cardio20 (cardiology gold-first set): how an ischemic
// pain feels, cardiac device complications, hemodynamic shorthand, return
// precautions and the symptoms and headings that a cardiac diagnosis holds.
func init() {
	cases = append(cases, []tc{
		{name: "cardio20 crushing pain is no crush injury",
			text: "Seen in ED last night for crushing retrosternal pain that woke him, troponins negative x3. Assessment: chest pain, cardiac cause not found.",
			want: []string{"R07.2"}, not: []string{"T14.8XXA", "S28.0XXA"}},
		{name: "cardio20 fractured ICD lead with inappropriate shocks",
			text: "Device clinic: fractured lead on his ICD, noise on the RV channel and two inappropriate shocks at home. Plan admit for lead revision.",
			want: []string{"T82.110A"}, not: []string{"T14.8XXA", "R57.9", "Z95.810"}},
		{name: "cardio20 pacemaker pocket infection",
			text:    "Pacemaker pocket infection, generator eroding through the skin, pocket culture grew Staph epidermidis. Plan extraction of the whole system.",
			setting: "inpatient", want: []string{"T82.7XXA"}, not: []string{"Z95.0", "B99.9"}},
		{name: "cardio20 pacemaker infection",
			text:    "Admitted for pacemaker infection; device and leads extracted on day 2.",
			setting: "inpatient", want: []string{"T82.7XXA"}, not: []string{"Z95.0", "B99.9"}},
		{name: "cardio20 diabetes with no known complications",
			text: "PMH: DM type 2 no known complications, A1c 6.8 on metformin.",
			want: []string{"E11.9"}, not: []string{"E11.8"}},
		{name: "cardio20 right atrial pressure is no rheumatoid arthritis",
			text:    "Right heart cath: RA 14, PA 48/22, PCWP 24, CI 2.0. Impression: pulmonary hypertension due to left heart disease.",
			setting: "inpatient", want: []string{"I27.22"}, not: []string{"M06.9"}},
		{name: "cardio20 return precautions reviewed",
			text: "Follow-up after ablation, feels well. Return precautions reviewed: fainting, chest pain or shortness of breath.",
			not:  []string{"R55", "R07.9", "R06.02"}},
		{name: "cardio20 takotsubo holds its chest pain and dyspnea",
			text:    "Admitted with chest pain and dyspnea after a family argument; cath with clean coronaries and apical ballooning. Dx: Takotsubo syndrome.",
			setting: "inpatient", want: []string{"I51.81"}, not: []string{"R07.9", "R06.00"}},
		{name: "cardio20 rheumatic heart disease heading over its valves",
			text: "Known rheumatic heart disease with rheumatic mitral stenosis and aortic insufficiency, followed by echo yearly.",
			want: []string{"I08.0"}, not: []string{"I09.9"}},
		{name: "cardio20 anthracycline cardiomyopathy",
			text:    "Cardio-oncology: LVEF down to 42% after four cycles; cardiomyopathy due to anthracycline, no heart failure symptoms.",
			setting: "inpatient", want: []string{"I42.7", "T45.1X5A"}, not: []string{"I42.9"}},
		{name: "cardio20 takotsubo stress cardiomyopathy is no stress reaction",
			text:    "Final diagnosis: Takotsubo (stress) cardiomyopathy, EF recovering.",
			setting: "inpatient", want: []string{"I51.81"}, not: []string{"F43.9"}},
	}...)
}
