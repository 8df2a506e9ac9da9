package coder

// Musculoskeletal and injury cases (tenth session): the words that make a
// hematoma nontraumatic or postoperative keep it out of the injury chapter.
func init() {
	cases = append(cases, []tc{
		// "Spontaneous" is the index's "nontraumatic" (Rupture, tendon,
		// nontraumatic (spontaneous)): Hematoma, nontraumatic, soft tissue.
		{name: "mskinj-spontaneous-hematoma-site", text: "Spontaneous hematoma of the left thigh while on warfarin.", setting: "inpatient", want: []string{"M79.81"}, not: []string{"S70.12XA", "S70.10XA", "T14.8XXA"}},
		{name: "mskinj-nontraumatic-hematoma-bare", text: "Assessment: nontraumatic hematoma of the abdominal wall.", setting: "inpatient", want: []string{"M79.81"}, not: []string{"S30.1XXA", "T14.8XXA"}},
		{name: "mskinj-spontaneous-muscle-hematoma", text: "Spontaneous muscle hematoma of the psoas.", setting: "inpatient", want: []string{"M79.81"}, not: []string{"T14.8XXA"}},
		// A traumatic hematoma with a site stays the contusion of the site.
		{name: "mskinj-traumatic-hematoma-site", text: "Hematoma of the right thigh after a fall from a ladder.", setting: "inpatient", want: []string{"S70.11XA"}, not: []string{"M79.81", "T14.8XXA"}},
		// "Postsurgical" is the index's "postoperative": Hematoma,
		// postoperative - see Complication, postprocedural; never T14.8.
		{name: "mskinj-postsurgical-hematoma", text: "Postsurgical hematoma noted at day 3.", setting: "inpatient", not: []string{"T14.8XXA"}},
		// Other spontaneous conditions keep their own entries.
		{name: "mskinj-spontaneous-abortion", text: "Spontaneous abortion at 9 weeks.", setting: "inpatient", want: []string{"O03.9"}},
		{name: "mskinj-spontaneous-pneumothorax", text: "Spontaneous pneumothorax on the right.", setting: "inpatient", want: []string{"J93.83"}},
		// "Trauma, traumatism - see also Injury": a trauma of a named
		// site is that site's injury; the bare word stays uncoded.
		{name: "mskinj-head-trauma", text: "Mild head trauma after a fall at home.", setting: "inpatient", want: []string{"S09.90XA"}},
		{name: "mskinj-ocular-trauma-side", text: "Blunt trauma to the left eye with the edge of a table.", setting: "inpatient", want: []string{"S05.92XA"}},
		{name: "mskinj-abdominal-trauma", text: "Abdominal trauma in a motorcycle accident.", setting: "inpatient", want: []string{"S39.91XA"}},
		{name: "mskinj-bare-trauma", text: "Eight hours after the trauma, a stent graft was placed.", setting: "inpatient", not: []string{"T14.90XA", "T14.8XXA"}},
		{name: "mskinj-denied-trauma", text: "He denies the history of penile trauma.", setting: "inpatient", not: []string{"S39.94XA", "Z87.828"}},
		// An intracranial injury whose note is silent on consciousness has
		// the "status unknown" 6th character, not "of unspecified
		// duration" (which says consciousness was lost).
		{name: "mskinj-tbi-loc-unknown", text: "Traumatic brain injury in a car crash.", setting: "inpatient", want: []string{"S06.9XAA"}, not: []string{"S06.9X9A"}},
		{name: "mskinj-tbi-no-loc", text: "Traumatic brain injury without loss of consciousness.", setting: "inpatient", want: []string{"S06.9X0A"}},
		{name: "mskinj-dm-default-kept", text: "Type 2 diabetes.", want: []string{"E11.9"}},
		// A child naming a death is chosen only when the note reports one
		// (data/never_guessed.txt); a word the title repeats counts once.
		{name: "mskinj-tbi-loc-no-death", text: "Traumatic brain injury with loss of consciousness.", setting: "inpatient", want: []string{"S06.9X9A"}, not: []string{"S06.9X7A", "S06.9X8A"}},
		// A pathological fracture due to a neoplasm is the index's "due
		// to, neoplastic disease" (M84.5-), the neoplasm coded as well.
		{name: "mskinj-pathfx-metastasis", text: "Pathologic fracture of the left femur secondary to bone metastases.", setting: "inpatient", want: []string{"M84.552A", "C79.51"}, not: []string{"M84.452A"}},
		{name: "mskinj-pathfx-tumor-side", text: "Pathological fracture of the right humerus due to metastasis.", setting: "inpatient", want: []string{"M84.521A"}, not: []string{"M84.421A"}},
		{name: "mskinj-pathfx-plain", text: "Pathological fracture of the right femur after minimal effort.", setting: "inpatient", want: []string{"M84.451A"}},
		{name: "mskinj-pathfx-osteoporosis", text: "Pathological fracture due to osteoporosis.", setting: "inpatient", want: []string{"M80.00XA"}},
		// Arthritis or osteoarthritis of the spine is spondylosis, filed by
		// region under "without myelopathy or radiculopathy"; the neck's
		// arthritis is the spine's, not an unspecified site (M19.90).
		{name: "mskinj-oa-lumbar-spine", text: "Osteoarthritis of the lumbar spine.", want: []string{"M47.816"}, not: []string{"M47.9", "M19.90"}},
		{name: "mskinj-arthritis-cervical-spine", text: "Arthritis of the cervical spine with stiffness.", want: []string{"M47.812"}, not: []string{"M19.90"}},
		{name: "mskinj-arthritis-neck", text: "Arthritis of the neck.", want: []string{"M47.812"}, not: []string{"M19.90"}},
		{name: "mskinj-spondylosis-bare", text: "Spondylosis.", want: []string{"M47.9"}},
		{name: "mskinj-oa-femoral-neck", text: "Osteoarthritis of the neck of the femur.", not: []string{"M47.9"}},
		{name: "mskinj-cervical-oa", text: "Cervical osteoarthritis with morning stiffness.", want: []string{"M47.812"}, not: []string{"M19.90", "M47.9"}},
		// "Hyperostosis - see also Disorder, bone, density and structure,
		// specified NEC": the entry's catch-all is "specified type NEC"
		// (M85.8-), not the unspecified disorder (M85.9).
		{name: "mskinj-hyperostosis-specified", text: "Hyperostosis of the calcaneus on CT.", setting: "inpatient", want: []string{"M85.80"}, not: []string{"M85.9"}},
		{name: "mskinj-melorheostosis", text: "Melorheostosis confirmed by scintigraphy.", setting: "inpatient", want: []string{"M85.80"}, not: []string{"M85.9"}},
		{name: "mskinj-hyperostosis-skull", text: "Hyperostosis of the skull.", setting: "inpatient", want: []string{"M85.2"}},
		// The spontaneous kinds the index files as nontraumatic.
		{name: "mskinj-spontaneous-subdural", text: "Spontaneous subdural hematoma on anticoagulation.", setting: "inpatient", want: []string{"I62.00"}, not: []string{"S06.5XAA"}},
		{name: "mskinj-spontaneous-tendon-rupture", text: "Spontaneous rupture of the Achilles tendon.", setting: "inpatient", want: []string{"M66.9"}, not: []string{"S86.019A"}},
		// A histological "elastic fracture" of an artery wall is no injury.
		{name: "mskinj-elastic-fracture", text: "Temporal artery biopsy: giant cells and internal elastic fracture.", setting: "inpatient", not: []string{"T14.8XXA"}},
	}...)
}
