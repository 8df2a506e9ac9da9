package coder

func init() {
	cases = append(cases, []tc{
		// (leftU) "..., which has resolved": the relative clause says the
		// condition ended (context.tsv; "which" alone ends other scopes).
		{name: "leftU pneumonia which has resolved before the SNF stay", text: "Admitted to the nursing facility after a hospital stay for pneumonia, which has resolved.", setting: "inpatient", not: []string{"J18.9"}},
		// (leftU) The condition before "warning signs" is what to watch
		// for, not one the patient has.
		{name: "leftU stroke warning signs taught", text: "Reviewed stroke warning signs with the family.", not: []string{"I63.9"}},
		// (leftU) A home health start of care is an encounter of the
		// recovery phase: a stroke's deficits are its sequelae (I.C.9.d)
		// and a surgically treated fracture takes 7th character D
		// (I.C.19.a) (data/recovery_stay.tsv "home").
		{name: "leftU home health stroke weeks ago residual deficits", text: "Home health start of care. She had a right MCA stroke 4 weeks ago. Residual left hemiparesis and dysarthria.", want: []string{"I69.354", "I69.322"}, not: []string{"Z86.73", "G81.94", "R47.1"}},
		{name: "leftU home health admission after stroke", text: "Home health admission after a left hemispheric stroke. Right hemiparesis persists.", want: []string{"I69.351"}, not: []string{"I63.9", "G81.91"}},
		{name: "leftU home health SOC after hemiarthroplasty for femoral neck fracture", text: "HOME HEALTH - START OF CARE\nReferred after a hip hemiarthroplasty for a displaced fracture of the right femoral neck. Walking with a walker.", want: []string{"S72.001D"}, not: []string{"S72.001A"}},
		// (leftU) In a recovery stay whose note already codes the
		// stroke's deficits as I69 sequelae, the acute I63 goes (I.C.9.d).
		{name: "leftU rehab stroke acute code beside its sequela", text: "HPI: Admitted to inpatient rehab 6 days after a left MCA ischemic stroke.\nAssessment:\n1. Right hemiparesis as a late effect of the cerebral infarction - PT and OT daily.\n", setting: "inpatient", want: []string{"I69.351"}, not: []string{"I63.512"}},
		// (leftU) An "ischemic ... MCA stroke" is a cerebral infarction,
		// no cerebral ischemia beside it (data/integral.tsv).
		{name: "leftU ischemic side MCA stroke no separate ischemia", text: "Ischemic left MCA stroke.", setting: "inpatient", want: []string{"I63.512"}, not: []string{"I67.82"}},
		// Guard: an outpatient visit's past SNF admission is no recovery
		// stay for its new fracture (passes on the baseline too).
		{name: "leftU past SNF admission new fracture guard", text: "Emergency visit. He was admitted to a skilled nursing facility last year. Today he fell and has a displaced fracture of the right femoral neck.", want: []string{"S72.001A"}},
	}...)
}
