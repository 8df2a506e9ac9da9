package coder

// Cases for renal21: the urology history words, the FY2023 IgA nephropathy codes the older index
// predates, "attributed to" as a cause, and the readings of "fits"
// and "fistula" that nephrology notes use in another sense.
func init() {
	cases = append(cases, []tc{
		{name: "renal21-luts-hesitancy", text: "Assessment: BPH with LUTS: nocturia, hesitancy.", want: []string{"N40.1", "R39.11"}},
		{name: "renal21-luts-incomplete-emptying", text: "Assessment: BPH with lower urinary tract symptoms - nocturia and feeling of incomplete emptying.", want: []string{"N40.1", "R39.14"}},
		{name: "renal21-iga-nephropathy", text: "Assessment: IgA nephropathy, biopsy proven.", want: []string{"N02.B9"}, not: []string{"N02.8"}},
		{name: "renal21-iga-fsgs", text: "Assessment: IgA nephropathy with glomerular lesion, focal and segmental sclerosis.", want: []string{"N02.B2"}, not: []string{"N02.1"}},
		{name: "renal21-attributed-to-drug", text: "Assessment: SIADH attributed to sertraline, taken as prescribed.", want: []string{"E22.2", "T43.225A"}},
		{name: "renal21-timing-fits", text: "Impression: AKI after contrast, timing fits.", want: []string{"N17.9"}, not: []string{"R56.9"}},
		{name: "renal21-av-fistula-not-skin", text: "Assessment: ESRD on hemodialysis via L brachiocephalic AV fistula. Thrombosed fistula, declotted.", not: []string{"L98.8"}},
		// Guards the neighbour: "hesitancy" without a urinary word nearby stays unread.
		{name: "renal21-hesitancy-speech-guard", text: "Assessment: Some hesitancy about starting insulin; discussed.", not: []string{"R39.11"}},
	}...)
}
