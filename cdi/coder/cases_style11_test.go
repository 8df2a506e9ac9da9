package coder

import "notecoder/cdi/model"

// Fast-typed notes (style11): the same diagnosis however a physician writes
// it. A minus sign written onto a finding denies it ("-fever -chills", "+cough,
// -fever"; text/data/context.tsv's <minus> slot), a bullet "-CKD3b" does not;
// "(-)" beside a finding denies it; "c/w" hedges as "consistent with" does and
// "prob" the word after it, so an office note codes the sign (IV.H) and an
// inpatient one the diagnosis (II.H). An eponym's possessive standing alone is
// its disease ("Crohn's", "Parkinson's - cont sinemet"; text/data/abbrev.tsv's
// nextnot rule keeps it off "Crohn's colitis"). Shorthand: vit, def, resp, w/d,
// "c/o CP", MS beside its drugs; typing slips (text/data/misspellings.tsv).
func init() {
	cases = append(cases, []tc{
		{name: "style11-minus-fever", text: "HPI: +cough, -fever", want: []string{"R05.9"}, not: []string{"R50.9"}},
		{name: "style11-minus-list", text: "ROS: -fever -chills -N/V", not: []string{"R50.9", "R11.2", "R68.83"}},
		{name: "style11-minus-line-start", text: "-fever -chills -N/V", not: []string{"R50.9", "R11.2"}},
		{name: "style11-minus-paren", text: "Fever (-), cough (+).", want: []string{"R05.9"}, not: []string{"R50.9"}},
		{name: "style11-minus-bullets", text: "Problems:\n-HTN\n-DM2\n-CKD3b", want: []string{"I12.9", "E11.22", "N18.32"}},
		{name: "style11-cw-outpatient", text: "LE edema c/w CHF exacerbation", want: []string{"R60.0"}, not: []string{"I50.9"}},
		{name: "style11-cw-inpatient", text: "LE edema c/w CHF exacerbation", setting: model.Inpatient, want: []string{"I50.9"}},
		{name: "style11-prob-outpatient", text: "SOB prob COPD exac", want: []string{"R06.02"}, not: []string{"J44.1"}},
		{name: "style11-prob-inpatient", text: "SOB prob COPD exac", setting: model.Inpatient, want: []string{"J44.1"}},
		{name: "style11-prob-list", text: "Prob list: HTN, HLD", want: []string{"I10", "E78.5"}},
		{name: "style11-crohns", text: "#3 Crohn's - on Humira", want: []string{"K50.90"}},
		{name: "style11-parkinsons", text: "Parkinson's - cont sinemet", want: []string{"G20.A1"}},
		{name: "style11-hashimotos", text: "h/o Hashimoto's, on levothyroxine", want: []string{"E06.3"}},
		{name: "style11-raynauds", text: "Raynaud's", want: []string{"I73.00"}},
		{name: "style11-wpw-not-parkinson", text: "Wolff-Parkinson-White", not: []string{"G20.A1", "G20.C"}},
		{name: "style11-vit-d-def", text: "Vit D def", want: []string{"E55.9"}},
		{name: "style11-resp-failure", text: "COPD exacerbation w/ acute hypoxic resp failure", setting: model.Inpatient, want: []string{"J44.1", "J96.01"}, not: []string{"R09.02"}},
		{name: "style11-etoh-wd", text: "A/P: EtOH w/d", setting: model.Inpatient, want: []string{"F10.239"}},
		{name: "style11-co-cp", text: "c/o CP x3 days", want: []string{"R07.9"}},
		{name: "style11-ms-ocrevus", text: "h/o MS on ocrevus", want: []string{"G35.D"}},
		{name: "style11-athritis", text: "athritis", want: []string{"M19.90"}},
		{name: "style11-hyperlipidmia", text: "hyperlipidmia", want: []string{"E78.5"}},
		{name: "style11-kidney-diease", text: "chronic kidney diease", want: []string{"N18.9"}},
		{name: "style11-insomina", text: "insomina", want: []string{"G47.00"}},
		{name: "style11-pharangitis", text: "Dx: pharangitis", want: []string{"J02.9"}},
		{name: "style11-diverticulits", text: "diverticulits", want: []string{"K57.92"}},
		{name: "style11-nephrolithasis", text: "nephrolithasis", want: []string{"N20.0"}},
		{name: "style11-hypertensoin", text: "hypertensoin", want: []string{"I10"}},
		{name: "style11-pneumonai", text: "pneumonai", setting: model.Inpatient, want: []string{"J18.9"}},
		{name: "style11-exacerbaton", text: "COPD exacerbaton", setting: model.Inpatient, want: []string{"J44.1"}},
		// IDDM names the insulin, not the type (I.C.4.a.3): E11 + Z79.4.
		{name: "style11-iddm", text: "IDDM", want: []string{"E11.9", "Z79.4"}, not: []string{"E10.9"}},
		// Long-term methotrexate (Z79.631) and TNF blockers (Z79.620), by generic, brand or "MTX".
		{name: "style11-ra-mtx", text: "RA on MTX", want: []string{"M06.9", "Z79.631"}},
		{name: "style11-psa-methotrexate", text: "Psoriatic arthritis, stable on methotrexate weekly.", want: []string{"Z79.631"}},
		{name: "style11-crohns-humira", text: "Crohn's on Humira", want: []string{"K50.90", "Z79.620"}},
		{name: "style11-mtx-ectopic", text: "Ectopic pregnancy treated with a single dose of methotrexate.", setting: model.Inpatient, not: []string{"Z79.631"}},
		{name: "style11-glargine", text: "A/P: DM2 - increase glargine to 24 units", want: []string{"E11.9", "Z79.4"}},
		{name: "style11-vestibular-neuritis", text: "Vestibular neuritis", want: []string{"H81.20"}, not: []string{"M79.2"}},
		// BPH with a symptom N40.1's note lists: N40.1 and the symptom beside it.
		{name: "style11-bph-nocturia", text: "BPH with nocturia", want: []string{"N40.1", "R35.1"}, not: []string{"N40.0"}},
		{name: "style11-bph-frequency", text: "Prostatic hyperplasia. Urinary frequency.", want: []string{"N40.1", "R35.0"}, not: []string{"N40.0"}},
		{name: "style11-bph-retention", text: "BPH with urinary retention", want: []string{"N40.1", "R33.8"}, not: []string{"N40.0", "R33.9"}},
		{name: "style11-bph-alone", text: "BPH", want: []string{"N40.0"}, not: []string{"N40.1"}},
		// More shorthand (text/data/abbrev.tsv).
		{name: "style11-h-a", text: "H/A x 2 days", want: []string{"R51.9"}},
		{name: "style11-pre-dm", text: "pre-DM", want: []string{"R73.03"}, not: []string{"E11.9"}},
		{name: "style11-carpal-tunnel", text: "L carpal tunnel", want: []string{"G56.02"}},
		{name: "style11-carpal-tunnel-release", text: "s/p L carpal tunnel release", not: []string{"G56.02", "G56.00"}},
		{name: "style11-renal-tx", text: "s/p renal tx", want: []string{"Z94.0"}},
		{name: "style11-carotid-stenosis", text: "R carotid stenosis", want: []string{"I65.21"}},
		// The "post" of "s/p" chooses no post-traumatic sibling (data/bound_prefixes.txt).
		{name: "style11-oa-sp-injection", text: "R knee OA s/p steroid inj", want: []string{"M17.11"}, not: []string{"M17.31"}},
		{name: "style11-oa-sp-pt", text: "L hip OA, s/p PT x6 wks", want: []string{"M16.12"}, not: []string{"M16.52"}},
		{name: "style11-oa-post-traumatic", text: "post-traumatic OA L knee", want: []string{"M17.32"}},
		// A protocol named after a scale or a drug treats the condition before it (text/data/context.tsv).
		{name: "style11-ciwa-protocol", text: "A/P: EtOH w/d - CIWA protocol", setting: model.Inpatient, want: []string{"F10.239"}},
		{name: "style11-heparin-protocol", text: "DVT LLE on heparin protocol", setting: model.Inpatient, want: []string{"I82.402"}},
		{name: "style11-sepsis-protocol", text: "Sepsis protocol initiated in the ED.", setting: model.Inpatient, not: []string{"A41.9"}},
		// Two codes read from one abbreviation do not drop each other as integral (dropIntegral).
		{name: "style11-chronic-lbp", text: "chronic LBP", want: []string{"M54.50", "G89.29"}},
		{name: "style11-lbp-chronic", text: "LBP, chronic", want: []string{"M54.50", "G89.29"}},
		{name: "style11-urinary-freq", text: "urinary freq", want: []string{"R35.0"}},
		{name: "style11-burning-w-urination", text: "burning w/ urination", want: []string{"R30.0"}},
		{name: "style11-ac-hfref", text: "A/C HFrEF exacerbation", setting: model.Inpatient, want: []string{"I50.23"}, not: []string{"I50.20"}},
		{name: "style11-acute-appy", text: "acute appy", setting: model.Inpatient, want: []string{"K35.80"}},
		{name: "style11-sp-appy", text: "s/p appy", not: []string{"K35.80", "K37"}},
	}...)
}
