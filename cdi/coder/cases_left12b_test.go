package coder

import "notecoder/cdi/model"

// Known errors of the inpatient and services review (left12b): a hepatitis C
// beside a cirrhosis is chronic, also when named as history (chronic_beside.tsv);
// "PPH" beside a delivery word is the postpartum hemorrhage (O72.1 for atony);
// the newborn's inpatient birth record codes its liveborn infant by type of
// delivery (record_owner.tsv "birth"); a fall from a skateboard is the index's
// pedestrian conveyance (Fall, involving, external_implied.tsv); the bones of
// the foot and hand read as the index's tarsus, metatarsus, carpus (site_kids.tsv
// "* >" rows); the semiology of a febrile seizure is no epilepsy; an "other
// specified" code gives way to the combination code that names it after "with";
// a metastasis "to" a site past a long primary name reads the site.
func init() {
	cases = append(cases, []tc{
		{name: "left12b-hx-hepc-cirrhosis", text: "PMH: h/o hepatitis C cirrhosis, follows with hepatology.", setting: model.Inpatient, want: []string{"B18.2", "K74.60"}, not: []string{"Z86.19", "B19.20"}},
		{name: "left12b-hepc-with-cirrhosis", text: "Cirrhosis of the liver due to hepatitis C.", want: []string{"B18.2"}, not: []string{"B19.20"}},
		{name: "left12b-hepb-cirrhosis", text: "Hepatitis B cirrhosis, decompensated.", setting: model.Inpatient, want: []string{"B18.1"}, not: []string{"B19.10"}},
		{name: "left12b-guard-hx-hepc-alone", text: "History of hepatitis C, treated and cured in 2019.", want: []string{"Z86.19"}, not: []string{"B18.2"}},
		{name: "left12b-pph-atony", text: "A/P:\n1. PPH due to uterine atony, treated with oxytocin.\n", setting: model.Inpatient, want: []string{"O72.1"}, not: []string{"O62.2"}},
		{name: "left12b-guard-pph-no-delivery-word", text: "PPH.", not: []string{"O72.1"}},
		{name: "left12b-newborn-svd-z38", text: "Term female newborn born via SVD at 40 weeks. Neonatal jaundice, phototherapy started.", setting: model.Inpatient, want: []string{"Z38.00", "P59.9"}, not: []string{"O80", "Z3A.40"}},
		{name: "left12b-mother-svd-liveborn", text: "SVD at 38 weeks of a liveborn infant.", setting: model.Inpatient, want: []string{"O80", "Z37.0"}, not: []string{"Z38.00", "Z38.2"}},
		{name: "left12b-skateboard-fall", text: "He fell off a skateboard and sprained his left ankle.", want: []string{"V00.131A"}, not: []string{"W19.XXXA"}},
		{name: "left12b-skateboarding-fall", text: "Fell while skateboarding, abrasion of the right knee.", want: []string{"V00.131A"}, not: []string{"W19.XXXA"}},
		{name: "left12b-osteomyelitis-calcaneus-right", text: "Acute osteomyelitis of the right calcaneus.", want: []string{"M86.171"}, not: []string{"M86.10"}},
		{name: "left12b-osteomyelitis-calcaneus-noside", text: "Acute osteomyelitis of the calcaneus.", want: []string{"M86.179"}, not: []string{"M86.10"}},
		{name: "left12b-osteomyelitis-metatarsal", text: "Chronic osteomyelitis of the left second metatarsal.", want: []string{"M86.672"}, not: []string{"M86.60"}},
		{name: "left12b-osteomyelitis-scaphoid", text: "Acute osteomyelitis of the right scaphoid.", want: []string{"M86.141"}, not: []string{"M86.10"}},
		{name: "left12b-guard-calcaneus-fracture", text: "Fracture of the left calcaneus.", want: []string{"S92.002A"}},
		{name: "left12b-febrile-seizure-gtc", text: "Febrile seizure, generalized tonic-clonic, lasting two minutes.", want: []string{"R56.00"}, not: []string{"G40.409"}},
		{name: "left12b-guard-gtc-alone", text: "Generalized tonic-clonic seizure.", want: []string{"R56.9"}, not: []string{"G40.409"}}, // (left23g) no epilepsy named: Seizure(s) R56.9
		{name: "left12b-ra-lung-elbow", text: "Rheumatoid lung disease with rheumatoid arthritis of elbow.", want: []string{"M05.129"}, not: []string{"M06.829"}},
		{name: "left12b-ra-knee-lung", text: "Rheumatoid arthritis of the left knee with rheumatoid lung disease.", want: []string{"M05.162"}, not: []string{"M06.862"}},
		{name: "left12b-met-nsclc-brain", text: "Metastatic non-small cell lung cancer to the brain.", setting: model.Inpatient, want: []string{"C34.90", "C79.31"}, not: []string{"C79.9"}},
		{name: "left12b-met-long-primary-brain", text: "Metastatic squamous cell left lung cancer to the brain.", want: []string{"C34.92", "C79.31"}},
	}...)
}
