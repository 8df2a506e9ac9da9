package coder

import "notecoder/cdi/model"

// Cases for left22d: a dementia's behaviour said beside an etiology written as
// "X dementia" (the see reference's own "dementia" word is no naming of the
// target apart), two behaviours of one dementia, a "due to" cause with
// modifiers before its coded words, a dialysis still to come, and a
// newborn's record reading the index's newborn subterms.
func init() {
	cases = append(cases, []tc{
		{name: "left22d alzheimer dementia hallucinations", text: "Assessment: Alzheimer's dementia with hallucinations.",
			setting: model.Inpatient, want: []string{"G30.9", "F02.82"}, not: []string{"F02.80", "R44.3"}},
		{name: "left22d alzheimer dementia psychosis", text: "Impression: Alzheimer dementia with psychosis, on quetiapine.",
			setting: model.Inpatient, want: []string{"G30.9", "F02.82"}, not: []string{"F02.80", "F29"}},
		{name: "left22d alzheimer dementia depression", text: "Assessment: Alzheimer's dementia with depression.",
			setting: model.Outpatient, want: []string{"G30.9", "F02.83"}, not: []string{"F02.80", "F32.A"}},
		{name: "left22d alzheimer agitation and psychosis", text: "Assessment: Alzheimer's dementia with agitation and psychosis.",
			setting: model.Inpatient, want: []string{"G30.9", "F02.811", "F02.82"}, not: []string{"F29", "R45.1"}},
		{name: "left22d moderate alzheimer agitation and psychosis", text: "Assessment: Moderate Alzheimer's dementia with agitation and psychosis.",
			setting: model.Inpatient, want: []string{"G30.9", "F02.B11", "F02.B2"}, not: []string{"F29", "F03.B2", "F03.B11"}},
		{name: "left22d dementia agitation and psychosis", text: "Assessment: Dementia with agitation and psychosis.",
			setting: model.Inpatient, want: []string{"F03.911", "F03.92"}, not: []string{"F29"}},
		{name: "left22d effusion due to cap", text: "Assessment: Left pleural effusion due to CAP.",
			setting: model.Inpatient, want: []string{"J91.8", "J18.9"}, not: []string{"J90"}},
		{name: "left22d effusion due to community-acquired pneumonia", text: "Assessment: Right pleural effusion secondary to community-acquired pneumonia.",
			setting: model.Inpatient, want: []string{"J91.8", "J18.9"}, not: []string{"J90"}},
		{name: "left22d continue until dialysis", text: "Assessment: CKD stage 4. Continue lisinopril until dialysis.",
			setting: model.Outpatient, want: []string{"N18.4"}, not: []string{"N18.6", "Z99.2"}},
		{name: "left22d pending dialysis", text: "Assessment: CKD stage 5, pending dialysis; access placed last month.",
			setting: model.Outpatient, want: []string{"N18.5"}, not: []string{"N18.6", "Z99.2"}},
		{name: "left22d nicu jaundice sepsis", text: "NICU progress note, day of life 3. Born at 34 weeks, birth weight 2100 g.\nAssessment: Jaundice. Hypoglycemia. Sepsis.",
			setting: model.Inpatient, want: []string{"P59.9", "P70.4", "P36.9"}, not: []string{"R17", "E16.2", "A41.9"}},
		{name: "left22d newborn nec", text: "Preterm infant born at 29 weeks by cesarean, day of life 12.\nAssessment: necrotizing enterocolitis with pneumatosis, NPO.",
			// (left23b) P77.2's inclusion term: "necrotizing enterocolitis with pneumatosis, without perforation".
			setting: model.Inpatient, want: []string{"P77.2"}, not: []string{"K55.32", "P77.9"}},
		{name: "left22d newborn nec unstaged", text: "Preterm neonate, born at 29 weeks, now DOL 9.\nAssessment: necrotizing enterocolitis.",
			setting: model.Inpatient, want: []string{"P77.9"}, not: []string{"K55.30"}},
		// Guards: unchanged behaviour.
		{name: "left22d guard adult jaundice", text: "Assessment: Jaundice. Hypoglycemia. Sepsis.",
			setting: model.Inpatient, want: []string{"R17", "E16.2", "A41.9"}, not: []string{"P59.9", "P36.9"}},
		{name: "left22d guard infant nicu history", text: "HPI: 4 mo F, ex-32-weeker with NICU stay x 3 wk, now with cough and poor feeding.\nAssessment: RSV bronchiolitis with hypoxemia; dehydration.",
			setting: model.Inpatient, want: []string{"J21.0", "E86.0"}, not: []string{"P84", "P74.1"}},
		{name: "left22d guard mother sepsis", text: "She delivered a liveborn male infant at 39 weeks.\nAssessment: Sepsis.",
			setting: model.Inpatient, not: []string{"P36.9"}},
		{name: "left22d guard esrd on hemodialysis", text: "Assessment: ESRD on hemodialysis MWF.",
			setting: model.Outpatient, want: []string{"N18.6", "Z99.2"}},
		{name: "left22d guard alzheimer disease fever", text: "Assessment: Alzheimer's disease, presented with fever.",
			setting: model.Inpatient, want: []string{"G30.9", "R50.9"}, not: []string{"F02.84", "F02.82"}},
		{name: "left22d guard severe alzheimer agitation", text: "Assessment: Severe Alzheimer's dementia with agitation.",
			setting: model.Inpatient, want: []string{"G30.9", "F02.C11"}, not: []string{"F02.C2", "R45.1"}},
		{name: "left22d guard effusion heart failure", text: "Assessment: Pleural effusion due to congestive heart failure.",
			setting: model.Inpatient, want: []string{"I50.9"}, not: []string{"J91.8"}},
	}...)
}
