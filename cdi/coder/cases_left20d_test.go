package coder

// left20d: inpatient medicine and scope leftovers, in the helper's own words.
func init() {
	cases = append(cases, []tc{
		// A family-history line that runs on into the patient's social history: the smoking
		// is the patient's (Z87.891, F17.210), not a relative's tobacco use (Z81.2).
		{name: "left20d fhx runs into former smoker", text: "FHx: dad had an MI at 60. Former smoker, quit 2010.", want: []string{"Z82.49", "Z87.891"}, not: []string{"Z81.2"}},
		{name: "left20d fhx runs into current smoking", text: "Family history: sister with colon cancer. Smokes half a pack a day.", want: []string{"Z80.0", "F17.210"}, not: []string{"Z81.2"}},
		// One diagnosis weighed against another: the favoured one is coded, the excluded one
		// is not, and the alternative's organism is not read into the favoured one.
		{name: "left20d rather than keeps the favoured diagnosis", text: "Loose stools thought to be viral gastroenteritis rather than C. difficile colitis.", setting: "inpatient", want: []string{"A08.4"}, not: []string{"A04.72"}},
		{name: "left20d rather than pneumonia kept", text: "Assessment: community acquired pneumonia rather than Clostridium difficile infection.", setting: "inpatient", want: []string{"J18.9"}, not: []string{"A04.72"}},
		{name: "left20d ruled out then consistent with", text: "Stool PCR ruled out C. diff, consistent with norovirus gastroenteritis instead.", setting: "inpatient", want: []string{"A08.11"}, not: []string{"A04.72"}},
		// Crohn's disease of the ileum and the colon together is K50.8- (both small and large
		// intestine), with or without a complication.
		{name: "left20d crohn ileocolitis", text: "Known Crohn's ileocolitis, stable on vedolizumab.", want: []string{"K50.80"}, not: []string{"K50.00", "K52.9"}},
		{name: "left20d crohn ileum and colon", text: "Crohn disease involving the terminal ileum and colon, in remission.", want: []string{"K50.80"}, not: []string{"K50.00"}},
		{name: "left20d ileocolonic crohn abscess", text: "Ileocolonic Crohn's disease complicated by an abscess.", setting: "inpatient", want: []string{"K50.814"}, not: []string{"K50.80", "K50.90"}},
		// Cystic fibrosis with pancreatic insufficiency: E84.8 (specified manifestation NEC)
		// and the insufficiency beside it.
		{name: "left20d cf pancreatic insufficiency", text: "CF with exocrine pancreatic insufficiency, takes pancrelipase with meals.", want: []string{"E84.8", "K86.81"}, not: []string{"E84.9"}},
		// A sickle-cell disease and its acute chest syndrome written in separate sentences: one
		// code of the named genotype with acute chest syndrome.
		{name: "left20d hbsc then acute chest syndrome", text: "Hb SC disease in crisis. Acute chest syndrome overnight, on oxygen.", setting: "inpatient", want: []string{"D57.211"}, not: []string{"D57.219", "D57.01"}},
		{name: "left20d hbss then acute chest syndrome", text: "Sickle cell disease (Hb SS). Acute chest syndrome on hospital day 2, exchange transfusion.", setting: "inpatient", want: []string{"D57.01"}, not: []string{"D57.1", "D57.00"}},
		// A sickle-cell disorder with no crisis documented takes the "without crisis" child, not
		// the category D57.2 (not billable).
		{name: "left20d hb sc without crisis", text: "Hemoglobin SC disease followed by hematology, last transfusion years ago.", want: []string{"D57.20"}, not: []string{"D57.2"}},
	}...)
}
