package coder

// Cases for left21b: stress beside anxiety, pack counts before the smoking, OHS with OSA, pulmonary
// hypertension and pleural effusion filed by their cause's kind, parapneumonic effusion, empyema.
func init() {
	cases = append(cases, []tc{
		{name: "left21b anxiety and stress", text: "Assessment: Anxiety and stress.", want: []string{"F41.9"}, not: []string{"F43.9"}},
		{name: "left21b depression comma stress", text: "Assessment: Depression, stress.", want: []string{"F32.A"}, not: []string{"F43.9"}},
		{name: "left21b panic and stress", text: "Impression: Panic disorder and stress.", want: []string{"F41.0"}, not: []string{"F43.9"}},
		// Guards: a stress named with its own qualifier, or alone, is still coded.
		{name: "left21b guard situational stress", text: "A/P: 1. Situational stress.", want: []string{"F43.9"}},
		{name: "left21b guard insomnia and situational stress", text: "Assessment: Insomnia and situational stress.", want: []string{"F43.9"}},
		{name: "left21b emphysema packs before smoking", text: "Assessment: Emphysema, 40 pack-years, still smoking.", want: []string{"J43.9", "F17.210"}, not: []string{"F17.200"}},
		{name: "left21b copd pack history still smoking", text: "Assessment: COPD. 40 pack-year history, still smoking.", want: []string{"J44.9", "F17.210"}, not: []string{"F17.200"}},
		{name: "left21b ppd before smokes", text: "Social history: 1 ppd, currently smokes.", want: []string{"F17.210"}, not: []string{"F17.200"}},
		// Guard: the count before a former smoker leaves it history.
		{name: "left21b guard packs former smoker", text: "Social history: 30 pack-years, former smoker.", want: []string{"Z87.891"}, not: []string{"F17.210"}},
		{name: "left21b ohs with osa", text: "Assessment: Obesity hypoventilation syndrome with OSA.", want: []string{"E66.2", "G47.33"}},
		{name: "left21b ohs abbrev osa bmi", text: "Assessment: OHS and obstructive sleep apnea on BiPAP, BMI 48.", want: []string{"E66.2", "G47.33", "Z68.42"}},
		{name: "left21b pickwickian osa", text: "Assessment: Pickwickian syndrome. Obstructive sleep apnea, on CPAP.", want: []string{"E66.2", "G47.33"}},
		{name: "left21b ph due to copd", text: "Assessment: Pulmonary hypertension due to COPD.", want: []string{"I27.23", "J44.9"}, not: []string{"I27.20"}},
		{name: "left21b ph due to osa", text: "Assessment: Pulmonary hypertension due to OSA.", want: []string{"I27.23", "G47.33"}, not: []string{"I27.20"}},
		{name: "left21b ph secondary to emphysema", text: "Assessment: Pulmonary hypertension due to emphysema.", want: []string{"I27.23", "J43.9"}, not: []string{"I27.20"}},
		{name: "left21b ph due to hfpef", text: "Assessment: Pulmonary hypertension due to HFpEF.", want: []string{"I27.22", "I50.30"}, not: []string{"I27.20"}},
		{name: "left21b ph secondary to ild", text: "Assessment: Pulmonary hypertension secondary to interstitial lung disease.", want: []string{"I27.23", "J84.9"}, not: []string{"I27.29"}},
		{name: "left21b effusion due to pneumonia", text: "Assessment: Pleural effusion due to pneumonia.", want: []string{"J91.8", "J18.9"}, not: []string{"J90"}},
		// Guard: a heart failure's effusion is left (J91's Excludes2).
		{name: "left21b guard effusion due to chf", text: "Assessment: Pleural effusion due to CHF.", want: []string{"J90", "I50.9"}, not: []string{"J91.8"}},
		{name: "left21b parapneumonic effusion", text: "Assessment: Parapneumonic effusion.", want: []string{"J91.8"}},
		{name: "left21b parapneumonic with pneumonia", text: "Assessment: Left parapneumonic effusion with community acquired pneumonia.", want: []string{"J91.8", "J18.9"}},
		{name: "left21b complicated parapneumonic", text: "Assessment: Complicated parapneumonic effusion, RLL pneumonia.", want: []string{"J91.8", "J18.9"}},
		{name: "left21b effusion beside empyema", text: "Assessment: Loculated pleural effusion, empyema.", want: []string{"J86.9"}, not: []string{"J90"}},
		{name: "left21b parapneumonic to empyema", text: "Assessment: Parapneumonic effusion progressing to empyema, chest tube placed.", want: []string{"J86.9"}, not: []string{"J91.8", "J90"}},
		// Guards: the brief's dementia and malignant effusion examples, already right.
		{name: "left21b guard alzheimer behavioral", text: "Assessment: Alzheimer's disease with behavioral disturbance.", want: []string{"G30.9", "F02.818"}},
		{name: "left21b guard dementia behavioral", text: "Assessment: Dementia with behavioral disturbances.", want: []string{"F03.918"}},
		{name: "left21b guard ftd agitation", text: "Assessment: Frontotemporal dementia with agitation.", want: []string{"G31.09", "F02.811"}},
		{name: "left21b guard malignant effusion", text: "Assessment: Malignant pleural effusion.", want: []string{"J91.0"}},
	}...)
}
