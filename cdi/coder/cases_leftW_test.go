package coder

import "notecoder/cdi/model"

// Known obstetric, newborn and pediatric errors (leftW). A delivery stay's
// conditions named without the pregnancy complicate childbirth (I.C.15.a.1:
// GBS carrier O99.824, not Z22.330 beside O80); a postpartum readmission's
// pregnancy codes take the puerperium's 6th character (O14.15, not the
// unspecified trimester); a newborn's prematurity or low birth weight takes
// the weight and weeks another sentence states, weight first (I.C.16.e, P07
// note, grams, kilograms or pounds and ounces). Anticipatory guidance names
// hazards, not conditions ("avoid honey due to botulism spores", "febrile
// seizures may occur": context.tsv), and an
// infant's well visit named by months is the child's (Z00.129).
func init() {
	cases = append(cases, []tc{
		{name: "leftW-delivery-gbs-other-line", text: "L&D note. G3P2 at 38 weeks admitted in labor.\nGBS positive, penicillin given in labor.\nSpontaneous vaginal delivery of a liveborn girl.\n", setting: model.Inpatient, want: []string{"O99.824", "Z37.0", "Z3A.38"}, not: []string{"Z22.330", "O80", "O99.820"}},
		{name: "leftW-delivery-gbs-no-weeks", text: "DELIVERY SUMMARY\nVaginal delivery of a single liveborn boy, uncomplicated.\nPROBLEM LIST\nGBS carrier, treated with ampicillin before delivery.\n", setting: model.Inpatient, want: []string{"O99.824"}, not: []string{"Z22.330", "O80"}},
		{name: "leftW-delivery-hypothyroid", text: "Delivery note: G2P1 at 39 weeks, SVD of a liveborn son.\nHypothyroidism, continue levothyroxine.\n", setting: model.Inpatient, want: []string{"O99.284", "E03.9"}, not: []string{"O80", "O99.283"}},
		{name: "leftW-delivery-obesity-htn", text: "She delivered a liveborn girl by vaginal delivery at 40 weeks.\nAssessment: class 2 obesity. Chronic hypertension, on nifedipine.\n", setting: model.Inpatient, want: []string{"O99.214", "O10.02"}, not: []string{"O80", "I10"}},
		{name: "leftW-guard-newborn-gbs-mother", text: "Newborn male born at 39 weeks by SVD. Mother GBS positive, adequately treated.\nHealthy newborn.\n", setting: model.Inpatient, not: []string{"O99.824", "O99.820"}},
		{name: "leftW-pp-readmit-severe-pe", text: "Postpartum readmission.\nShe delivered 5 days ago and now has headache and BP 168/112.\nAssessment: preeclampsia with severe features, magnesium started.\n", setting: model.Inpatient, want: []string{"O14.15"}, not: []string{"O14.10", "O14.14"}},
		{name: "leftW-pp-day-pe", text: "Postpartum day 7 after a cesarean, readmitted for high blood pressure.\nDiagnosis: preeclampsia.\n", setting: model.Inpatient, want: []string{"O14.95"}, not: []string{"O14.90", "O14.94"}},
		{name: "leftW-pp-after-delivery-hellp", text: "Readmitted 3 days after delivery with RUQ pain and low platelets.\nA/P: HELLP syndrome.\n", setting: model.Inpatient, want: []string{"O14.25"}, not: []string{"O14.20", "O14.24"}},
		{name: "leftW-guard-delivery-pe-childbirth", text: "Admitted at 37 weeks with preeclampsia with severe features, induced, vaginal delivery of a liveborn boy.\n", setting: model.Inpatient, want: []string{"O14.14"}, not: []string{"O14.15"}},
		{name: "leftW-newborn-weight-weeks-other-sentence", text: "Boy born at 34 weeks, birth weight 2100 g.\nAssessment: preterm newborn, low birth weight.\n", setting: model.Inpatient, want: []string{"P07.18", "P07.37"}, not: []string{"P07.10", "P07.30"}},
		{name: "leftW-newborn-kg", text: "NICU admit: girl born at 32 weeks gestation, weight 1.6 kg.\nImpression: prematurity.\n", setting: model.Inpatient, want: []string{"P07.16", "P07.35"}, not: []string{"P07.30"}},
		{name: "leftW-newborn-lb-oz", text: "Nursery note. Born at 35 weeks by cesarean, birth weight 4 lb 10 oz.\nAssessment: preterm infant with low birth weight.\n", setting: model.Inpatient, want: []string{"P07.18", "P07.38"}, not: []string{"P07.10", "P07.30"}},
		{name: "leftW-guard-delivery-abla-not-o9902", text: "She delivered a liveborn boy vaginally at 39 weeks, complicated by postpartum hemorrhage from atony.\nA/P: acute blood loss anemia, transfused.\n", setting: model.Inpatient, not: []string{"O99.02", "O99.023"}},
		{name: "leftW-readmit-after-delivery-pe", text: "OB readmission. Postpartum day 5 after an uncomplicated vaginal delivery.\nAssessment: preeclampsia with severe features, magnesium.\n", setting: model.Inpatient, want: []string{"O14.15"}, not: []string{"O14.14", "O80"}},
		{name: "leftW-honey-botulism-spores", text: "Well child check, 5 months.\nGuidance: avoid honey due to botulism spores. Rear-facing car seat.\n", want: []string{"Z00.129"}, not: []string{"A05.1", "A48.51", "Z00.121"}},
		{name: "leftW-anticipatory-guidance-list", text: "Anticipatory guidance: honey and botulism, drowning, scald burns, choking.\n", not: []string{"A05.1", "T75.1XXA", "T30.0", "W74.XXXA"}},
		{name: "leftW-febrile-seizure-may-occur", text: "12 month well child check, normal exam.\nCounseled that febrile seizures may occur with fever.\n", want: []string{"Z00.129"}, not: []string{"R56.00", "R50.9", "Z00.121"}},
		{name: "leftW-infant-well-visit-months", text: "6 month well visit. Growth and development normal.\n", want: []string{"Z00.129"}, not: []string{"Z00.00"}},
		{name: "leftW-well-baby-visit", text: "2 month well baby visit, thriving.\n", want: []string{"Z00.129"}},
		{name: "leftW-guard-adult-well-visit", text: "Assessment: well visit, 45 yo, no complaints.\n", want: []string{"Z00.00"}, not: []string{"Z00.129"}},
		{name: "leftW-guard-newborn-term-weight", text: "Term boy born at 39 weeks, birth weight 3400 g. Healthy newborn.\n", setting: model.Inpatient, not: []string{"P07.18", "P07.39", "P07.10"}},
	}...)
}
