package coder

import "notecoder/cdi/model"

// Table cases of helper sequela (late effects gold-first set): a past
// infectious or nutritional disease named as the cause of a condition
// ("bronchiectasis, a sequela of old pulmonary tuberculosis") is coded by
// the condition and the cause's own sequela code (B90.9, G09, U09.9), not
// by the active disease (guideline I.B.10), and other mentions of that old
// disease in the note are the same past disease; a post COVID-19 condition's
// earlier infection is no current COVID-19 (I.C.1.g.1.m) unless the note
// says a new one is present; a past TIA or stroke with no residual deficit
// leaves no sequela of the new event's deficits (I.C.9.d.3); a home health
// visit is care of the recovery phase, so a stroke's deficits are I69; a
// deficit another mention codes as a sequela is that sequela, not its own
// code beside it (G81's Excludes1); a "new" deficit beside an old stroke's
// residuals is the present event's; "ABR" in a hearing work-up is the
// auditory brainstem response, not an abrasion.
func init() {
	cases = append(cases, []tc{
		{name: "sequela bronchiectasis after old pulmonary TB",
			text: "A/P: Bronchiectasis with acute exacerbation, a sequela of old pulmonary tuberculosis.",
			want: []string{"J47.1", "B90.9"}, not: []string{"A15.0"}},
		{name: "sequela TB of the history is the same old disease",
			text:    "HPI: pulmonary tuberculosis treated 1998 (completed therapy), left with bilateral upper-lobe bronchiectasis.\nA/P: Bronchiectasis with acute exacerbation, a sequela of old pulmonary tuberculosis.",
			setting: model.Inpatient,
			want:    []string{"J47.1", "B90.9"}, not: []string{"A15.0"}},
		{name: "sequela hearing loss after bacterial meningitis",
			text: "Assessment: bilateral sensorineural hearing loss as sequela of bacterial meningitis.",
			want: []string{"H90.3", "G09"}, not: []string{"G00.9", "G00.1"}},
		{name: "sequela cardiomyopathy of prior COVID",
			text: "Assessment: cardiomyopathy, sequela of prior COVID-19.",
			want: []string{"U09.9"}, not: []string{"U07.1"}},
		{name: "sequela post COVID condition's past infection",
			text: "45 y/o F, COVID-19 in Feb, mild, not hospitalized. Since then fatigue.\nAssessment: post-COVID-19 condition with fatigue.",
			want: []string{"U09.9", "R53.83"}, not: []string{"U07.1"}},
		{name: "sequela new COVID on top of a post COVID condition",
			text: "Post-COVID-19 condition with fatigue since 2023.\nNow new COVID-19 infection, PCR positive today.",
			want: []string{"U09.9", "U07.1"}},
		{name: "sequela TIA with full recovery leaves no sequela",
			text:    "71 y/o F, TIA in 2021 with full recovery (no residual deficits), presented with acute left facial droop.",
			setting: model.Inpatient,
			want:    []string{"R29.810"}, not: []string{"I69.392"}},
		{name: "sequela home health visit codes the stroke's deficit as I69",
			text: "Home Health Skilled Nursing Visit\nPt 81 y/o F, s/p R MCA ischemic stroke 2 months ago.\nAssessment:\n1. Facial weakness after stroke.",
			want: []string{"I69.392"}, not: []string{"R29.810", "Z86.73"}},
		{name: "sequela hemiplegia named twice is the one I69 code",
			text:    "Residual right hemiplegia, global aphasia.\nProblems:\n# Right hemiplegia - sequela of cerebral infarction; turning q2h.",
			setting: model.Inpatient,
			want:    []string{"I69.351"}, not: []string{"G81.91"}},
		{name: "sequela left hemiparesis of the dominant side named twice",
			text:    "Dx: hemiparesis of the left (dominant) side, sequela of right basal ganglia intracerebral hemorrhage 3 weeks ago.\nA/P:\n- L hemiparesis after nontraumatic ICH: PT/OT.",
			setting: model.Inpatient,
			want:    []string{"I69.152"}, not: []string{"G81.94", "I69.154"}},
		{name: "sequela new deficit beside an old stroke's residual",
			text:    "HPI: 68 y/o M with prior right MCA stroke (2021) with residual left hemiparesis, presenting with new aphasia.",
			setting: model.Inpatient,
			want:    []string{"I69.354", "R47.01"}, not: []string{"I69.320"}},
		{name: "sequela ABR of a hearing work-up is no abrasion",
			text: "Audiology: bilateral sensorineural hearing loss.\nABR: bilateral SNHL confirmed.",
			want: []string{"H90.3"}, not: []string{"T14.8XXA"}},
		{name: "sequela ABR of an injury is still an abrasion",
			text: "Fell off bike. ABR to R elbow.",
			want: []string{"S50.311A"}},
	}...)
}
