package coder

// Site adjectives (ninth session): the index's main terms "Aorta, aortic -
// see condition", "Eye, eyeball, eyelid", "Maxilla, maxillary" say the
// adjective names the site of a condition filed under the noun, so "aortic
// dissection" reads "Dissection, aorta" (I71.00). A condition with its own
// adjective subterm keeps it: "Stenosis, aortic (valve)" I35.0 beside
// "Stenosis, aorta" Q25.1. Other "noun, adjective" pairs the index does not
// send to the condition ("cervical" is also the neck) stay unread.
func init() {
	cases = append(cases, []tc{
		{name: "aorta9-dissection", text: "Aortic dissection.", want: []string{"I71.00"}},
		{name: "aorta9-dissection-type-a", text: "Type A aortic dissection on CT.", want: []string{"I71.00"}},
		{name: "aorta9-dissection-thoracic", text: "Thoracic aortic dissection.", want: []string{"I71.019"}, not: []string{"I71.00"}},
		{name: "aorta9-dissection-abdominal", text: "Abdominal aortic dissection.", want: []string{"I71.02"}, not: []string{"I71.00"}},
		{name: "aorta9-dissection-thoracoabdominal", text: "Thoracoabdominal aortic dissection.", want: []string{"I71.03"}},
		{name: "aorta9-dissection-acute-history", text: "History of acute aortic dissection, repaired.", want: []string{"Z86.79"}},
		{name: "aorta9-stenosis-stays-valve", text: "Aortic stenosis.", want: []string{"I35.0"}, not: []string{"Q25.1", "Q25.3"}},
		{name: "aorta9-regurgitation-stays-valve", text: "Aortic regurgitation.", want: []string{"I35.1"}},
		{name: "aorta9-aneurysm-stays", text: "Aortic aneurysm.", want: []string{"I71.9"}},
		{name: "aorta9-coarctation", text: "Aortic coarctation.", want: []string{"Q25.1"}},
		{name: "aorta9-atherosclerosis", text: "Aortic atherosclerosis.", want: []string{"I70.0"}, not: []string{"I70.90"}},
		{name: "aorta9-ectasia", text: "Aortic ectasia.", want: []string{"I77.819"}},
		{name: "aorta9-eyeball-hypotony", text: "Hypotonia of the eyeball.", want: []string{"H44.40"}},
		{name: "aorta9-maxillary-pain", text: "Pain in the left maxillary region.", want: []string{"R68.84"}, not: []string{"R52"}},
		{name: "aorta9-cervical-not-cervix", text: "Edema of the cervical region.", not: []string{"N88.8"}},
	}...)
}
