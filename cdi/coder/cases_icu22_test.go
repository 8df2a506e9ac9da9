package coder

import "notecoder/cdi/model"

// Cases for icu22: critical-care wording that the icu notes showed miscoded (brain injury after an
// arrest, myasthenic crisis, a past ICU stay named in a follow-up visit).
func init() {
	cases = append(cases, []tc{
		{name: "icu22-anoxic-brain-injury", text: "Assessment: PEA arrest after opioid overdose, s/p ROSC. Anoxic brain injury - MRI at 72 h.", setting: model.Inpatient, want: []string{"G93.1"}, not: []string{"S06.9XAA", "S06.9X9A"}},
		{name: "icu22-hypoxic-ischemic-brain-injury", text: "Post-arrest: GCS 3T off sedation. Hypoxic-ischemic brain injury; neurology and EEG.", setting: model.Inpatient, want: []string{"G93.1"}, not: []string{"I67.82", "R09.02"}},
		{name: "icu22-myasthenic-crisis", text: "A/P: Myasthenic crisis with acute hypercapnic respiratory failure, intubated; PLEX #2 today.", setting: model.Inpatient, want: []string{"G70.01", "J96.02"}, not: []string{"M62.81"}},
		{name: "icu22-past-icu-stay-septic-shock", text: "Post-ICU clinic. 70M seen 8 weeks after a 3-week ICU stay for septic shock from pneumonia. Residual weakness; walks with a cane.", setting: model.Outpatient, want: []string{"Z87.01"}, not: []string{"A41.9", "J18.9"}},
		{name: "icu22-past-micu-admission-overdose", text: "20F seen 6 weeks after MICU admission for intentional acetaminophen overdose with acute liver failure. LFTs normal. Continues sertraline.", setting: model.Outpatient, not: []string{"T39.1X2A", "K71.10", "K72.00"}},
		{name: "icu22-history-cardiac-arrest", text: "Cardiology follow-up. 3. History of sudden cardiac arrest, ICD in place; no shocks.", setting: model.Outpatient, want: []string{"Z86.74", "Z95.810"}, not: []string{"I46.9"}},
		{name: "icu22-pmh-cardiac-arrest", text: "PMH: cardiac arrest 2019 (VF), CAD.", setting: model.Outpatient, want: []string{"Z86.74"}, not: []string{"I46.9", "I49.01"}},
		{name: "icu22-home-oxygen-not-used", text: "Known chronic hypercapnia (bicarb 38); home O2 not used. OSA, noncompliant with CPAP.", setting: model.Inpatient, want: []string{"G47.33"}, not: []string{"Z99.81"}},
		{name: "icu22-arrest-due-to-severe-cause", text: "Post-arrest note: in-hospital cardiac arrest secondary to severe hyperkalemia in ESRD on HD.", setting: model.Inpatient, want: []string{"I46.8", "E87.5"}, not: []string{"I46.2"}},
	}...)
}
