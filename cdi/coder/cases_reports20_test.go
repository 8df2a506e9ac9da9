package coder

// Table cases for the reports set (helper reports20): outpatient diagnostic reports, whose indication
// line gives the reason for the test and whose findings use words of other senses.
func init() {
	cases = append(cases, []tc{
		{name: "reports20: annual lung cancer screening on the indication line", text: "LOW-DOSE CT CHEST\nIndication: Annual lung cancer screening, 30 pack-year former smoker.\nImpression: Lung-RADS 1, negative.", want: []string{"Z12.2"}},
		{name: "reports20: average-risk colorectal cancer screening", text: "COLONOSCOPY\nIndication: Average-risk colorectal cancer screening.\nFindings: Normal colon to the cecum.\nImpression: Normal colonoscopy.", want: []string{"Z12.11"}},
		{name: "reports20: y/o age before an osteoporosis screening", text: "DXA SCAN\nIndication: 70 y/o female, osteoporosis screening.\nImpression: Normal bone density.", want: []string{"Z13.820"}},
		{name: "reports20: routine cervical cancer screening after age and sex", text: "PAP TEST\nClinical information: 30 yo F, routine cervical cancer screening.\nInterpretation: Negative for intraepithelial lesion or malignancy.", want: []string{"Z12.4"}},
		{name: "reports20: METs beside exercise time and peak heart rate", text: "STRESS TEST\nIndication: chest pain.\nResults: She exercised 8:10 min, 9.2 METs, peak HR 150.\nImpression: No ischemic changes.", not: []string{"C79.9"}},
		{name: "reports20: nuclear images at stress and rest", text: "MPI REPORT\nIndication: chest pain.\nPerfusion: Homogeneous uptake at stress and rest.\nImpression: Normal study.", not: []string{"F43.9"}},
		{name: "reports20: computer-aided detection on a mammogram", text: "SCREENING MAMMOGRAM\nFindings: No suspicious mass. Nipples and axillae normal. CAD reviewed.\nImpression: BI-RADS 1.", want: []string{"Z12.31"}, not: []string{"I25.10"}},
		{name: "reports20: trace physiologic valve leaks on an echo", text: "ECHO\nIndication: palpitations.\nValves: trace physiologic TR and MR.\nImpression: Normal echo.", not: []string{"I07.1", "I08.0", "I08.1", "I34.0", "I36.1"}},
		{name: "reports20: moderate MR kept beside a trace TR", text: "ECHO\nValves: moderate MR, trace TR.\nImpression: Moderate mitral regurgitation.", want: []string{"I34.0"}, not: []string{"I07.1", "I36.1", "I08.1"}},
		{name: "reports20: reduced recruitment on needle EMG", text: "EMG\nIndication: arm weakness.\nNeedle EMG: right deltoid with reduced recruitment, no fibrillations.", not: []string{"H93.219", "H93.213", "H93.211", "H93.212"}},
		{name: "reports20: IVC inspiratory collapse", text: "ECHO REPORT\nReason for study: palpitations.\nPericardium: No effusion.\nIVC normal with >50% inspiratory collapse.\nCONCLUSION: Normal echo.", not: []string{"R55"}},
		{name: "reports20: drowsy transients on an EEG", text: "EEG\nIndication: staring spells.\nImpression: Normal awake and drowsy EEG. Drowsy transients normal.", not: []string{"R40.0"}},
		{name: "reports20: diagnostic mammogram title", text: "DIAGNOSTIC MAMMOGRAM RIGHT\nIndication: palpable lump right breast.\nMammogram: No mass at the marker.\nImpression: BI-RADS 1.", not: []string{"Z12.39", "Z12.31"}},
	}...)
}
