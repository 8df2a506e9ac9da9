package coder

// Left cases (left): the artery and side of a cerebral infarction, causes
// and organisms linked by "due to", and sites of pathological fractures.
func init() {
	cases = append(cases, []tc{
		// A stroke of a named artery with no cause is "due to unspecified
		// occlusion or stenosis" of that artery (I63.5-), not thrombosis.
		{name: "left-mca-stroke", text: "Left MCA stroke.", want: []string{"I63.512"}, not: []string{"I63.9", "I63.312"}},
		{name: "left-pca-stroke", text: "Ischemic stroke in the right posterior cerebral artery territory.", want: []string{"I63.531"}},
		{name: "left-stroke-no-artery", text: "Left stroke.", want: []string{"I63.9"}},
		// The adjective of the cause chooses it.
		{name: "left-mca-embolic-stroke", text: "Left MCA embolic stroke.", want: []string{"I63.412"}},
		{name: "left-mca-thrombotic-stroke", text: "Left MCA thrombotic stroke.", want: []string{"I63.312"}},
		// "Infarct, cerebral - see also Occlusion, artery cerebral or
		// precerebral, with infarction": the artery the note names.
		{name: "left-mca-infarction", text: "Acute left middle cerebral artery infarction.", want: []string{"I63.512"}, not: []string{"I63.9"}},
		{name: "left-mca-territory-infarct", text: "Right MCA territory infarct.", want: []string{"I63.511"}, not: []string{"I70.90"}},
		// With no artery the entry's own code stays.
		{name: "left-cerebral-infarction-acute", text: "Acute cerebral infarction.", want: []string{"I63.9"}, not: []string{"I63.50"}},
		{name: "left-brain-infarction", text: "Infarction of the brain.", want: []string{"I63.9"}, not: []string{"I63.50"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// "Delirium, due to, general medical condition" (F05) stands for the
		// condition the note names after its own "due to"; that condition
		// keeps its code.
		{name: "left-delirium-due-to-uti", text: "Delirium due to UTI.", want: []string{"F05", "N39.0"}, not: []string{"R41.0"}},
		{name: "left-delirium-likely-due-to", text: "Delirium, likely due to urinary tract infection.", setting: "inpatient", want: []string{"F05", "N39.0"}},
		{name: "left-delirium-secondary-to", text: "Acute delirium secondary to pneumonia.", want: []string{"F05", "J18.9"}},
		{name: "left-anxiety-due-to-hyperthyroidism", text: "Anxiety disorder due to hyperthyroidism.", want: []string{"F06.4", "E05.90"}},
		// A list links nothing; nor does a "due to" of another word.
		{name: "left-delirium-list", text: "Delirium, pneumonia and hypertension.", want: []string{"R41.0", "J18.9", "I10"}, not: []string{"F05"}},
		{name: "left-delirium-admitted-due-to", text: "Patient with delirium admitted due to a fall.", not: []string{"F05"}},
		// A named cause of the index is its own subterm.
		{name: "left-delirium-alcohol-withdrawal", text: "Delirium due to alcohol withdrawal.", want: []string{"F10.231"}, not: []string{"F05"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// The site and side after a "with" condition qualify it: the
		// index gives the unspecified site (M80.00), the tabular the
		// humerus, the side and the 7th character.
		{name: "left-osteoporosis-fracture-humerus", text: "Osteoporosis with current pathological fracture of the left humerus.", want: []string{"M80.022A"}, not: []string{"M80.00XA"}},
		// A site without a side, in a category with 7th characters.
		{name: "left-osteoporosis-fracture-vertebra", text: "Osteoporosis with current pathological fracture of the vertebra.", want: []string{"M80.08XA"}},
		{name: "left-osteoporosis-fracture-no-site", text: "Osteoporosis with current pathological fracture.", want: []string{"M80.00XA"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// "Pneumonia, Klebsiella (pneumoniae)": the index reads the genus
		// alone as K. pneumoniae, so it is the agent B96.1 names.
		{name: "left-uti-klebsiella-genus", text: "UTI due to Klebsiella.", want: []string{"N39.0", "B96.1"}},
		{name: "left-uti-klebsiella-species", text: "UTI due to Klebsiella pneumoniae.", want: []string{"N39.0", "B96.1"}},
		// Another species the vocabulary does not know is not K. pneumoniae.
		{name: "left-uti-klebsiella-oxytoca", text: "UTI due to Klebsiella oxytoca.", want: []string{"N39.0"}, not: []string{"B96.1"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// The artery without a side: "of unspecified middle cerebral
		// artery", the cause unspecified too.
		{name: "left-cva-mca-territory", text: "Cerebrovascular accident in the territory of the middle cerebral artery.", want: []string{"I63.519"}, not: []string{"I63.9"}},
		{name: "left-stroke-mca-no-side", text: "Stroke of the middle cerebral artery.", want: []string{"I63.519"}, not: []string{"I63.319"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// The L5-S1 level is the lumbosacral region; a vertebral level
		// names the region of an infection of the spine too.
		{name: "left-l5s1-spondylodiscitis", text: "L5-S1 spondylodiscitis.", want: []string{"M46.47"}, not: []string{"M46.40"}},
		{name: "left-l5s1-disc-herniation", text: "Disc herniation at L5-S1.", want: []string{"M51.27"}, not: []string{"M51.26"}},
		{name: "left-l4l5-discitis", text: "Discitis at L4-L5.", want: []string{"M46.46"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// "secondary to" qualifies the condition before it: the bleeding
		// is secondary, not the varices named after it.
		{name: "left-bleeding-secondary-to-varices", text: "UGIB secondary to esophageal varices.", want: []string{"I85.01"}, not: []string{"I85.11"}},
		{name: "left-varices-secondary-to-cirrhosis", text: "Bleeding from esophageal varices secondary to cirrhosis.", want: []string{"I85.11"}},
		{name: "left-secondary-varices", text: "Secondary esophageal varices with bleeding.", want: []string{"I85.11"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// A second site joined by "and" to the site after the head is
		// coded too, with the side of the first.
		{name: "left-thrombosis-two-veins", text: "Thrombosis of the renal vein and inferior vena cava.", want: []string{"I82.3", "I82.220"}},
		{name: "left-fracture-radius-ulna", text: "Fracture of the left radius and ulna.", want: []string{"S52.302A", "S52.202A"}},
		{name: "left-metastases-liver-lung", text: "Metastases in the liver and lung.", want: []string{"C78.7", "C78.00"}},
		// Another condition after "and" is coded on its own, not as a site.
		{name: "left-fracture-and-hypertension", text: "Fracture of the femur and hypertension.", want: []string{"S72.90XA", "I10"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// "Paget's disease, bone, radius": the note names the bone, not
		// the grouping "bone".
		{name: "left-paget-radius", text: "Monostotic Paget disease of the left radius.", want: []string{"M88.832"}},
		{name: "left-paget-breast", text: "Paget's disease of the breast.", want: []string{"C50.019"}, not: []string{"M88.9"}},
	}...)
}
