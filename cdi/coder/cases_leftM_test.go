package coder

func init() {
	cases = append(cases, []tc{
		// A note written in the postpartum period (I.C.15.o.1: six weeks
		// after the delivery) names its conditions without the
		// puerperium's word: the index's puerperal code is read for them
		// (I.C.15.a.1), under "Puerperal, puerperium" or the condition's
		// own main term.
		{name: "leftM postpartum day endometritis", text: "Postpartum day 2 after cesarean. Endometritis, on clindamycin.", setting: "inpatient", want: []string{"O86.12"}, not: []string{"N71.9"}},
		{name: "leftM postpartum day uti", text: "Postpartum day 3 after a vaginal delivery. Urinary tract infection, started on cephalexin.", setting: "inpatient", want: []string{"O86.20"}, not: []string{"N39.0"}},
		{name: "leftM weeks postpartum cystitis", text: "Seen 3 weeks postpartum. Cystitis, started nitrofurantoin.", want: []string{"O86.22"}, not: []string{"N30.90"}},
		{name: "leftM postpartum fever", text: "Post-partum day 1. Fever to 38.6, cultures sent.", setting: "inpatient", want: []string{"O86.4"}, not: []string{"R50.9"}},
		{name: "leftM postpartum obesity beside", text: "Postpartum day 2. Obesity, counseled on diet.", setting: "inpatient", want: []string{"O99.215", "E66.9"}},
		// Guards: past the six weeks the condition is no puerperal one, a
		// prenatal note's history of a postpartum condition names no
		// puerperium, and a type 2 diabetes keeps its type.
		{name: "leftM guard ten weeks postpartum", text: "Seen 10 weeks postpartum. Cystitis, started nitrofurantoin.", want: []string{"N30.90"}, not: []string{"O86.22"}},
		{name: "leftM guard postpartum diabetes type", text: "Postpartum day 2. Type 2 diabetes, on metformin.", setting: "inpatient", want: []string{"E11.9"}, not: []string{"O24.93"}},

		// A wound infection "after" a cesarean is the obstetric surgical
		// wound's (Infection, cesarean delivery wound, O86.00).
		{name: "leftM wound infection after cesarean", text: "Wound infection after cesarean, started on cephalexin.", setting: "inpatient", want: []string{"O86.00"}, not: []string{"B99.9", "T81.41XA"}},
		{name: "leftM ssi following c-section", text: "Surgical site infection following C-section, opened at bedside.", setting: "inpatient", want: []string{"O86.00"}, not: []string{"B99.9"}},

		// "Anemia, in (due to) (with), neoplastic disease" (D63.0): an
		// anemia documented as due to a named cancer.
		{name: "leftM anemia due to cecal malignancy", text: "Anemia due to the cecal malignancy, transfused one unit.", setting: "inpatient", want: []string{"D63.0", "C18.0"}, not: []string{"D64.9"}},
		{name: "leftM anemia secondary to breast cancer", text: "Anemia secondary to breast cancer.", want: []string{"D63.0"}, not: []string{"D64.9"}},

		// A "relapsed" leukemia is the tabular's "in relapse".
		{name: "leftM relapsed all", text: "Relapsed acute lymphoblastic leukemia, admitted for induction.", setting: "inpatient", want: []string{"C91.02"}, not: []string{"C91.00"}},
		{name: "leftM relapsed aml", text: "Relapsed AML.", setting: "inpatient", want: []string{"C92.02"}, not: []string{"C92.00"}},
		// A prenatal visit is the current pregnancy's: its weeks give the
		// Z3A code and the trimester without "gestation" or "pregnant"
		// (I.C.15.b.3).
		{name: "leftM prenatal visit weeks", text: "Prenatal visit at 24 weeks. Mild anemia, on oral iron.", want: []string{"Z3A.24", "O99.012"}, not: []string{"O99.019"}},
		{name: "leftM antenatal visit weeks", text: "Antenatal visit at 30 weeks. Asthma, uses albuterol rarely.", want: []string{"Z3A.30", "O99.513"}},
		// Guard: a duration is no pregnancy's age.
		{name: "leftM guard prenatal vitamins weeks ago", text: "Started prenatal vitamins 2 weeks ago. Mild anemia.", want: []string{"D64.9"}, not: []string{"Z3A.02", "O99.011"}},

		// An earlier pregnancy's preterm labor told in the past tense is
		// the history (Z87.51), which the current pregnancy makes the
		// supervision code O09.21- (I.C.15.b.2), not a present O60.0-.
		{name: "leftM first baby born after preterm labor", text: "Prenatal visit, G2P1 at 24 weeks. Her first baby was born at 31 weeks after preterm labor.", want: []string{"O09.212", "Z3A.24"}, not: []string{"O60.02", "O60.00"}},
		{name: "leftM history preterm labor only", text: "G2P1 at 24 weeks gestation. History of preterm labor with her first pregnancy.", want: []string{"O09.212", "Z3A.24"}, not: []string{"Z87.51"}},
		// Guard: this pregnancy's preterm labor stays.
		{name: "leftM guard current preterm labor", text: "G1P0 at 33 weeks gestation with preterm labor, on nifedipine.", setting: "inpatient", want: []string{"O60.03"}, not: []string{"O09.213"}},
		// On the newborn's record of the birth stay the liveborn infant was
		// born in this hospital (I.C.16.a.2): by cesarean (Z38.01) when the
		// note says so, else vaginally (Z38.00); a birth at home is the
		// index's "born outside hospital" (Z38.1).
		{name: "leftM liveborn born by cesarean", text: "Liveborn male born by cesarean section at 39 weeks, Apgars 8 and 9.", setting: "inpatient", want: []string{"Z38.01"}, not: []string{"Z38.2"}},
		{name: "leftM liveborn born by c-section", text: "Liveborn female delivered via C-section for breech, routine nursery care.", setting: "inpatient", want: []string{"Z38.01"}, not: []string{"Z38.2"}},
		{name: "leftM liveborn vaginal birth", text: "Single liveborn female, born vaginally at 39 weeks, rooming in.", setting: "inpatient", want: []string{"Z38.00"}, not: []string{"Z38.2"}},
		{name: "leftM liveborn born at home", text: "Liveborn male born at home, brought in by ambulance.", setting: "inpatient", want: []string{"Z38.1"}, not: []string{"Z38.2", "Z38.00"}},

		// A newborn's suspected condition the note later rules out is the
		// observation for it (Z05.-, I.C.16.a.5), not the condition.
		{name: "leftM newborn sepsis ruled out", text: "Newborn admitted for suspected sepsis. Blood cultures negative at 48 hours, sepsis ruled out, antibiotics stopped.", setting: "inpatient", want: []string{"Z05.1"}, not: []string{"P36.9"}},
		// Guard: a suspicion still open stays coded as established.
		{name: "leftM guard newborn sepsis pending", text: "Newborn with suspected sepsis, on ampicillin and gentamicin, cultures pending.", setting: "inpatient", want: []string{"P36.9"}, not: []string{"Z05.1"}},
		// A primary cancer removed, with no further treatment and no
		// evidence of disease, is the personal history (I.C.2.d); one
		// still treated stays current.
		{name: "leftM resected thyroid cancer ned", text: "Thyroid cancer, resected 2018, no further treatment, no evidence of disease.", want: []string{"Z85.850"}, not: []string{"C73"}},
		{name: "leftM excised melanoma no further treatment", text: "Melanoma of the left arm, excised, no further treatment needed. No evidence of disease.", want: []string{"Z85.820"}, not: []string{"C43.62"}},
		{name: "leftM guard adjuvant chemo current", text: "Colon cancer resected last month, no evidence of disease, receiving adjuvant chemotherapy.", want: []string{"C18.9"}, not: []string{"Z85.038"}},
		{name: "leftM guard no removal stays current", text: "Thyroid cancer, no further treatment planned.", want: []string{"C73"}, not: []string{"Z85.850"}},
		// A BRCA mutation carrier is the genetic susceptibility to breast
		// cancer (Susceptibility to disease, genetic, malignant neoplasm,
		// breast, Z15.01), and no breast cancer of her own.
		{name: "leftM brca1 carrier", text: "BRCA1 mutation carrier, here to discuss risk-reducing surgery.", want: []string{"Z15.01"}, not: []string{"C50.919", "Z22.9"}},
		{name: "leftM brca2 positive", text: "BRCA2 positive.", want: []string{"Z15.01"}, not: []string{"C50.919"}},
		{name: "leftM susceptibility names no cancer", text: "Genetic susceptibility to disease, malignant neoplasm of breast.", want: []string{"Z15.01"}, not: []string{"C50.919"}},
		// Guard: a test not yet back says nothing.
		{name: "leftM guard brca pending", text: "BRCA1 testing pending.", not: []string{"Z15.01"}},
	}...)
}
