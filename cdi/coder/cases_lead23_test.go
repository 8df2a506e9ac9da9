package coder

// Table cases of the lead's second read in the twenty-third session: a
// treatment said "for" one cancer keeps that cancer current, not another
// cancer of the same sentence whose recurrence is denied; a bare cachexia
// beside the cachexia the note ties to its cause is that one (E88.A).
func init() {
	cases = append(cases, []tc{
		{name: "lead23 chemotherapy for one cancer, no recurrence of the prior one",
			text: "Patient on chemotherapy for breast cancer, no recurrence of her prior colon cancer.",
			want: []string{"C50.919", "Z85.038"}, not: []string{"C18.9"}},
		{name: "lead23 on chemotherapy without for keeps the sentence's cancer",
			text: "Breast cancer, on chemotherapy, no recurrence.",
			want: []string{"C50.919"}, not: []string{"Z85.3"}},
		{name: "lead23 bare cachexia beside cancer cachexia",
			text:    "Cachexia, weight 41 kg. Assessment: cancer cachexia from metastatic pancreatic cancer.",
			setting: "inpatient", want: []string{"E88.A"}, not: []string{"R64"}},
		{name: "lead23 cachexia of no stated cause stays R64",
			text:    "Assessment: cachexia, poor oral intake; workup pending.",
			setting: "inpatient", want: []string{"R64"}, not: []string{"E88.A"}},
	}...)
}
