package coder

// Problem-list and assessment lines as physicians write them in US
// outpatient and inpatient notes: abbreviations, trailing qualifiers,
// laterality, stages and 7th characters on one short line.
func init() {
	cases = append(cases, []tc{
		// A "without ..." tail qualifies the diagnosis (tabular style), so
		// the clauses before it still qualify the head.
		{name: "plist-mdd-recurrent-severe-without", text: "Assessment/Plan:\n1. MDD, recurrent, severe without psychotic features", want: []string{"F33.2"}, not: []string{"F32.9"}},
		// "Infection, Escherichia coli NEC" (A49.8, of unspecified site)
		// gives way to the site the line names; the organism is the
		// site code's additional code.
		{name: "plist-uti-ecoli", text: "Assessment/Plan:\n1. UTI due to E. coli", want: []string{"N39.0", "B96.20"}, not: []string{"A49.8"}},
		{name: "plist-ecoli-uti", text: "Assessment/Plan:\n1. E. coli urinary tract infection", want: []string{"N39.0", "B96.20"}, not: []string{"A49.8"}},
		// "Absence, leg, below knee" through the grouping the note leaves
		// out (data/implied.tsv), reached by "Amputation, see also Absence".
		{name: "plist-bka-status", text: "Assessment/Plan:\n1. s/p right below-knee amputation", want: []string{"Z89.511"}, not: []string{"Z89.521"}},
		{name: "plist-bka-abbrev", text: "Assessment/Plan:\n1. s/p left BKA", want: []string{"Z89.512"}, not: []string{"Z89.522"}},
		// "see Calculus, gallbladder, with cholecystitis" reaches the
		// entry filed as "with" > "cholecystitis" (not K80.20, calculus
		// without cholecystitis); an acuity alone does not outweigh the
		// combination, it is read again in the target.
		{name: "plist-cholecystitis-cholelithiasis", text: "Assessment/Plan:\n1. Cholecystitis with cholelithiasis", want: []string{"K80.10"}, not: []string{"K80.20"}},
		{name: "plist-chronic-cholecystitis-cholelithiasis", text: "Assessment/Plan:\n1. chronic cholecystitis with cholelithiasis", want: []string{"K80.10"}, not: []string{"K81.1"}},
		{name: "plist-cholelithiasis-chronic-cholecystitis", text: "Assessment/Plan:\n1. Cholelithiasis with chronic cholecystitis", want: []string{"K80.10"}, not: []string{"K81.1"}},
		// A child keeps one of the two conditions its parent title joins
		// ("Subluxation and dislocation of distal end of ulna"): the
		// note's word chooses it.
		{name: "plist-ulna-dislocation-side", text: "Assessment/Plan:\n1. right distal ulnar dislocation", want: []string{"S63.074A"}, not: []string{"S63.071A"}},
		// Both sides of an injury without a bilateral code: one code per
		// side, each with the 7th character (I.B.13).
		{name: "plist-ulna-dislocation-bilateral", text: "Assessment/Plan:\n1. bilateral distal ulnar dislocation, initial encounter", want: []string{"S63.074A", "S63.075A"}, not: []string{"S63.073A", "S63.076A"}},
		{name: "plist-ankle-sprain-bilateral", text: "Assessment/Plan:\n1. Bilateral ankle sprains, initial encounter", want: []string{"S93.401A", "S93.402A"}, not: []string{"S93.409A"}},
		// The index gives S43.006 whole; its 7th-character children do
		// not stop the side from the note.
		{name: "plist-shoulder-dislocation-side", text: "Assessment/Plan:\n1. Dislocation of right shoulder", want: []string{"S43.004A"}, not: []string{"S43.006A"}},
		// The "1." numbering the item is no stage.
		{name: "plist-list-number-not-stage", text: "Assessment/Plan:\n1. Pressure injury, stage 2, right buttock", want: []string{"L89.312"}, not: []string{"L89.311"}},
		{name: "plist-list-number-not-stage-2", text: "Assessment/Plan:\n1. Pressure ulcer of buttock, stage 4\n2. Hypertension", want: []string{"L89.304", "I10"}, not: []string{"L89.301"}},
		// "sacral region" is said "sacrum" or "sacral" alone.
		{name: "plist-pressure-ulcer-sacrum", text: "Assessment/Plan:\n1. Stage 4 pressure ulcer of sacrum", want: []string{"L89.154"}, not: []string{"L89.94", "L89.91"}},
		{name: "plist-decubitus-sacral", text: "Assessment/Plan:\n1. Sacral decubitus ulcer stage 3", want: []string{"L89.153"}},
		// A head under "without" does not take a subterm from the words
		// before it ("Fracture, due to osteoporosis").
		{name: "plist-osteoporosis-without-fracture", text: "Assessment/Plan:\n1. Osteoporosis without current pathological fracture", want: []string{"M81.0"}, not: []string{"M80.00XA"}},
		// "not intractable" is the index's "not intractable", not its
		// sibling "intractable" ("not" is a stop word).
		{name: "plist-migraine-not-intractable", text: "Assessment/Plan:\n1. Migraine without aura, not intractable", want: []string{"G43.009"}, not: []string{"G43.019"}},
		{name: "plist-epilepsy-not-intractable", text: "Assessment/Plan:\n1. Epilepsy, not intractable", want: []string{"G40.909"}, not: []string{"G40.919"}},
		{name: "plist-epilepsy-intractable", text: "Assessment/Plan:\n1. Intractable epilepsy", want: []string{"G40.919"}},
		// A "not" entry is never the default: a coronary occlusion leads
		// to Infarct, myocardium.
		{name: "plist-coronary-occlusion-default", text: "Assessment/Plan:\n1. Coronary occlusion", want: []string{"I21.9"}, not: []string{"I24.0"}},
		// A spine region is said without "region", but only where the
		// index lists spine regions.
		{name: "plist-lumbar-radiculopathy", text: "Assessment/Plan:\n1. Lumbar radiculopathy", want: []string{"M54.16"}, not: []string{"M54.10"}},
		{name: "plist-cervical-radiculopathy", text: "Assessment/Plan:\n1. Cervical radiculopathy", want: []string{"M54.12"}, not: []string{"M54.10"}},
		{name: "plist-lumbar-puncture-no-wound", text: "Hospital course: a lumbar puncture was performed.", not: []string{"S31.030A"}},
		// "extremity" is the classification's "limb".
		{name: "plist-cellulitis-lower-extremity", text: "Assessment/Plan:\n1. Cellulitis of left lower extremity", want: []string{"L03.116"}, not: []string{"L03.90"}},
		// Septic shock without a documented systemic infection: A41.9 is
		// coded first (I.C.1.d.1.a); a documented organism keeps its code.
		{name: "plist-septic-shock-default-a41", text: "Assessment/Plan:\n1. Severe sepsis with septic shock", want: []string{"A41.9", "R65.21"}},
		{name: "plist-septic-shock-alone", text: "Assessment/Plan:\n1. Septic shock", want: []string{"A41.9", "R65.21"}},
		{name: "plist-septic-shock-organism", text: "Assessment/Plan:\n1. Septic shock due to E. coli sepsis", want: []string{"A41.51", "R65.21"}, not: []string{"A41.9"}},
		// "long term" says the therapy is ongoing (Z79 titles' words).
		{name: "plist-long-term-insulin", text: "Assessment/Plan:\n1. Long term use of insulin", want: []string{"Z79.4"}},
		{name: "plist-long-term-anticoagulant", text: "Assessment/Plan:\n1. Long-term current use of anticoagulant", want: []string{"Z79.01"}},
		// "Status (post)" heads a mention, its subterm read after it.
		{name: "plist-sp-cabg", text: "Assessment/Plan:\n1. CAD s/p CABG", want: []string{"I25.10", "Z95.1"}},
		{name: "plist-status-after-only", text: "The transplantation was rejected due to good nutritional status.", not: []string{"Z94.9"}},
		// "Alzheimer's dementia" is "Dementia, Alzheimer's type", see
		// Disease, Alzheimer's: G30.- with F02.80, not F03.90.
		{name: "plist-alzheimers-dementia", text: "Assessment/Plan:\n1. Alzheimer's dementia, late onset", want: []string{"G30.1", "F02.80"}, not: []string{"F03.90"}},
		{name: "plist-cirrhosis-due-to-alcohol", text: "Assessment/Plan:\n1. Cirrhosis of liver due to alcohol with ascites", want: []string{"K70.31"}, not: []string{"K74.60"}},
		// A deficit following a stroke is a sequela (I69), read through the
		// grouping "following, cerebrovascular disease".
		{name: "plist-hemiplegia-following-infarction", text: "Assessment/Plan:\n1. Right-sided hemiplegia following cerebral infarction affecting right dominant side", want: []string{"I69.351"}, not: []string{"G81.91", "I63.9"}},
		{name: "plist-hemiplegia-following-stroke", text: "Assessment/Plan:\n1. Hemiplegia following stroke", want: []string{"I69.359"}, not: []string{"I63.9"}},
		// A current stroke's deficit is not its sequela.
		{name: "plist-acute-stroke-hemiparesis", text: "Assessment/Plan:\n1. Acute ischemic stroke with left hemiparesis", want: []string{"I63.9", "G81.94"}, not: []string{"I69.354"}},
		// A see reference to an entry that lists the referring subterm
		// again reads it there.
		{name: "plist-intertrochanteric-fracture", text: "Assessment/Plan:\n1. Intertrochanteric fracture of right femur", want: []string{"S72.141A"}, not: []string{"S72.101A"}},
		// Parts of the colon are the large intestine.
		{name: "plist-sigmoid-diverticulitis", text: "Assessment/Plan:\n1. Diverticulitis of sigmoid colon without perforation or abscess", want: []string{"K57.32"}, not: []string{"K57.92"}},
		{name: "plist-sigmoid-diverticulosis", text: "Assessment/Plan:\n1. Sigmoid diverticulosis", want: []string{"K57.30"}, not: []string{"K57.90"}},
		// The row a see-also names with the note's own words stays the
		// primary site; the metastasis is its own mention.
		{name: "plist-breast-cancer-liver-mets", text: "Assessment/Plan:\n1. Breast cancer with metastasis to liver", want: []string{"C50.919", "C78.7"}, not: []string{"C22.9"}},
		{name: "plist-sarcoma-site-still-read", text: "Assessment/Plan:\n1. Retroperitoneal sarcoma", want: []string{"C48.0"}, not: []string{"C49.9"}},
		// "History, personal, stroke without residual deficits": the
		// "without" tail is the default, not a required word, and a
		// residual deficit said in the note rules the entry out.
		{name: "plist-history-of-stroke", text: "Assessment/Plan:\n1. History of stroke", want: []string{"Z86.73"}, not: []string{"I63.9"}},
		{name: "plist-history-of-cva-abbrev", text: "Assessment/Plan:\n1. History of CVA", want: []string{"Z86.73"}, not: []string{"I63.9"}},
		{name: "plist-history-cva-residual", text: "Assessment/Plan:\n1. History of CVA with residual aphasia", not: []string{"Z86.73"}},
		// A codeless eponym subterm is coded by its see-also.
		{name: "plist-bells-palsy", text: "Assessment/Plan:\n1. Bell's palsy, left", want: []string{"G51.0"}, not: []string{"G83.9"}},
		{name: "plist-intermittent-fever-not-malaria", text: "Assessment/Plan:\n1. Intermittent fever", want: []string{"R50.9"}, not: []string{"B54"}},
		{name: "plist-covid-pneumonia", text: "Assessment/Plan:\n1. Pneumonia due to COVID-19", want: []string{"U07.1", "J12.82"}},
		{name: "plist-gi-bleed", text: "Assessment/Plan:\n1. Upper GI bleed", want: []string{"K92.2"}, not: []string{"R58"}},
		// "not specified as recurrent" is the default child; Clostridioides
		// is the index's Clostridium.
		{name: "plist-cdiff-colitis", text: "Assessment/Plan:\n1. Clostridioides difficile colitis", want: []string{"A04.72"}, not: []string{"K52.9"}},
		// "complicating pregnancy, childbirth or puerperium" lists
		// alternatives; the see reference's "(management affected by)" is
		// no part of the target's title.
		{name: "plist-anemia-in-pregnancy", text: "Assessment/Plan:\n1. Anemia in pregnancy, second trimester", want: []string{"O99.012"}, not: []string{"D64.9", "Z33.1"}},
	}...)
}
