package coder

// Chronic-care cases (notes14): primary-care visits and inpatient progress
// notes of multi-morbid patients, written for the "chronic" set of
// testdata/usnotes.jsonl.
func init() {
	cases = append(cases, []tc{
		// Long-term drug therapy (I.C.21.c.3, index "Long-term drug
		// therapy"): the GLP-1 agonists are the injectable non-insulin
		// antidiabetics (Z79.85), read with a cue as other drug rows; a
		// plan that only discusses one is no therapy.
		{name: "notes14 lt semaglutide med list", text: "Meds: metformin 500 mg twice a day, semaglutide 1 mg weekly, losartan 50.\nA/P: Type 2 diabetes, A1c 7.4, continue current regimen.", want: []string{"Z79.85", "Z79.84"}},
		{name: "notes14 lt dulaglutide continue", text: "Assessment: T2DM without complications - continue dulaglutide 1.5 mg weekly.", want: []string{"Z79.85"}},
		{name: "notes14 lt glp1 discussed only", text: "Assessment: Obesity, BMI 36. Discussed semaglutide as an option, pt will think about it.", not: []string{"Z79.85"}},
		// Inhaled corticosteroid inhalers (Z79.51 "steroids, inhaled") and
		// an opioid therapy named as such (Z79.891) with a cue.
		{name: "notes14 lt ics combo inhaler", text: "Moderate persistent asthma - continue budesonide/formoterol 2 puffs twice daily.", want: []string{"Z79.51"}, not: []string{"Z79.52"}},
		{name: "notes14 lt opioid therapy", text: "Chronic low back pain - continue hydrocodone, long-term opioid therapy, PDMP reviewed.", want: []string{"Z79.891"}},
		// Daily NSAID use (Z79.1) with a cue; an NSAID on a discharge list
		// "as needed" is a supply for the stay, and only its own item is
		// read so (the aspirin beside it stays long-term use).
		{name: "notes14 lt nsaid chronic", text: "Knee OA - chronic NSAID use with PPI, continue naproxen 500 twice a day.", want: []string{"Z79.1"}},
		{name: "notes14 lt prn item only", setting: "inpatient", text: "Discharge meds: aspirin 81 mg daily, naproxen 500 mg BID PRN, atorvastatin 40 mg daily.", want: []string{"Z79.82"}, not: []string{"Z79.1"}},
		// Guards: an NSAID taken for a sprain, even "currently", is no
		// long-term use without a word saying so; an antineoplastic
		// regimen named after "chemotherapy" stays (the premedication
		// word is read after the drug in its own item only).
		{name: "notes14 guard nsaid for sprain", text: "She sprained her ankle yesterday and is currently taking ibuprofen, which helps.", not: []string{"Z79.1"}},
		{name: "notes14 guard chemo regimen", text: "She is currently receiving chemotherapy consisting of cisplatin and etoposide.", want: []string{"Z79.630"}},
		// "ASA 81" is aspirin (Z79.82); the anaesthesia class is not.
		{name: "notes14 lt asa 81", text: "Meds: ASA 81, metoprolol succinate 50, atorvastatin 80.\nA/P: CAD - stable, continue current meds.", want: []string{"Z79.82", "I25.10"}},
		{name: "notes14 lt asa class", setting: "inpatient", text: "Anesthesia: general endotracheal, ASA class 3. Home meds continued.", not: []string{"Z79.82"}},
		// A problem line's spaced dash ends a forward scope: "without
		// complications - controlled on metformin" denies the
		// complications, not the metformin; "prn" names the indication
		// in its own list item only, the next item is a drug taken.
		{name: "notes14 dash ends without", text: "6. T2DM without complications - controlled on metformin.", want: []string{"E11.9", "Z79.84"}},
		{name: "notes14 prn item ends at comma", text: "Meds: albuterol prn, metformin 500 mg BID, lisinopril 10.", want: []string{"Z79.84"}},
		{name: "notes14 guard prn indication", text: "Plan: acetaminophen prn headache.", not: []string{"R51.9"}},
		{name: "notes14 guard negated list", text: "ROS: no fever, chills or night sweats.", not: []string{"R50.9", "R68.83", "R61"}},
		// A steroid premedication of each chemotherapy cycle is no
		// standing systemic steroid (Z79.52).
		{name: "notes14 lt steroid with chemo", setting: "inpatient", text: "Meds: levothyroxine 50 mcg daily, dexamethasone 8 mg with chemo.", not: []string{"Z79.52"}},
		// "Cont" before a word is the plan's "continue", no contusion of
		// the limb named in the same line (T14.8/S80.-).
		{name: "notes14 cont continue leg", setting: "inpatient", text: "Cellulitis of L leg - improving, cont cefazolin.", want: []string{"L03.116"}, not: []string{"T14.8XXA", "S80.12XA"}},
		{name: "notes14 cont continue knee", text: "5. Primary OA bilat knees - PT. 6. HLD - cont statin.", want: []string{"M17.0", "E78.5"}, not: []string{"T14.8XXA", "S80.00XA"}},
		{name: "notes14 guard cont contusion", text: "Fell on ice, R knee cont, no fracture.", want: []string{"S80.01XA"}},
		// "FIT" is the fecal immunochemical test, no fit (R56.9).
		{name: "notes14 fit kit", text: "11. Colon cancer screening - FIT kit given.", not: []string{"R56.9"}},
		// "Hyperactive" names the delirium's subtype, not ADHD (F90.9).
		{name: "notes14 hyperactive delirium", setting: "inpatient", text: "1. Delirium superimposed on dementia - hyperactive, likely hospital-acquired.", want: []string{"F05"}, not: []string{"F90.9"}},
		// "Free water" is no denial ("free" of "pain free").
		{name: "notes14 free water", setting: "inpatient", text: "2. Hypernatremia - free water deficit, D5W at 75 mL/h.", want: []string{"E87.0"}},
		// The Table of Drugs row of a class or an abbreviation: "ACE
		// inhibitor" (Inhibitor, angiotensin-converting enzyme T46.4-),
		// "HCTZ" (Hydrochlorothiazide T50.2-).
		{name: "notes14 adverse ace inhibitor", setting: "inpatient", text: "Hyperkalemia due to ACE inhibitor, taken as prescribed.", want: []string{"E87.5", "T46.4X5A"}},
		{name: "notes14 adverse hctz", setting: "inpatient", text: "Hyponatremia due to HCTZ - stopped.", want: []string{"E87.1", "T50.2X5A"}},
		// Guards: a steroid burst stays short, the self rows stay.
		{name: "notes14 guard prednisone burst", setting: "inpatient", text: "COPD exacerbation - prednisone 40 mg daily x 5 days, duonebs.", not: []string{"Z79.52"}},
		{name: "notes14 guard glargine prn neighbour", text: "Meds: glargine 20 units nightly, lispro sliding scale as needed.", want: []string{"Z79.4"}},
	}...)
}
