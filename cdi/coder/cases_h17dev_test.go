package coder

// One-paragraph admission and clinic notes (h17dev), written for these cases
// after the heldout17 notes became development data. A social-history label
// answered "never" denies the habit; an inline exam's "TTP at" a site is
// tenderness, not the purpura; an ordered PCR names what is looked for and a
// patient's fear names no diagnosis (IV.H); the source patient of a
// needlestick is another person (text/data/context.tsv, text/data/abbrev.tsv).
// A "Vaccines today:" header is this visit's immunization (Z23); "dentition
// good" is a tooth exam, no teething syndrome (data/other_sense.tsv).
func init() {
	cases = append(cases, []tc{
		{name: "h17dev-smoking-label-never", text: "Seen for knee pain after a fall on ice, knee sprain of the right knee. Smoking: never. Alcohol: rare.", want: []string{"S83.91XA"}, not: []string{"F17.200", "F17.210"}},
		{name: "h17dev-tobacco-label-never", setting: "inpatient", text: "Admitted with pneumonia of the left lower lobe. Tobacco use: never.", want: []string{"J18.9"}, not: []string{"F17.200", "Z72.0"}},
		{name: "h17dev-ttp-at-site-inline-exam", text: "Two months of right elbow pain after gardening. Exam R elbow: TTP at medial epicondyle, pain with resisted wrist flexion. IMPRESSION: right medial epicondylitis.", want: []string{"M77.01"}, not: []string{"M31.19", "M31.10"}},
		{name: "h17dev-pcr-for-flu-and-covid-ordered", text: "Two days of fever and body aches. IMPRESSION: febrile illness with myalgias, cause pending. PLAN: PCR for influenza A/B and SARS-CoV-2 today; will call with results.", want: []string{"R50.9"}, not: []string{"J10.1", "J11.1", "U07.1"}},
		{name: "h17dev-anxious-about-cancer", text: "Enlarged prostate with weak stream and nocturia: BPH with LUTS. He is anxious about cancer; PSA repeat in 6 weeks.", want: []string{"N40.1"}, not: []string{"C80.1", "C61"}},
		{name: "h17dev-needlestick-source-patient-hiv", text: "Nurse stuck her right index finger with a used needle after drawing blood from a patient known to have HIV. IMPRESSION: needlestick injury; exposure to HIV. PEP started.", want: []string{"Z20.6"}, not: []string{"B20", "Z21"}},
		{name: "h17dev-dentition-good-no-teething", text: "WELL CHILD CHECK, 3 YEARS. Growth on track. Exam: dentition good, lungs clear. IMPRESSION: routine child health exam without abnormal findings.", want: []string{"Z00.129"}, not: []string{"K00.7"}},
		{name: "h17dev-vaccines-today-header", text: "WELL CHILD CHECK, 5 YEARS. IMPRESSION: well child, no abnormal findings. Development on track, reads letters, rides a tricycle. Vaccines today: DTaP, IPV, MMR - VIS given, tolerated.", want: []string{"Z00.129", "Z23"}},
	}...)
}
