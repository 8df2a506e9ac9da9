package coder

func init() {
	cases = append(cases, []tc{
		// Dissection, aorta, thoracic, ascending aorta (I71.010): the note names the segment
		// without the region (data/implied.tsv) and says "aorta" once (data/optional_words.tsv).
		{name: "circren-dissection-ascending", text: "Admitted with an ascending aortic dissection, taken to surgery.", setting: "inpatient",
			want: []string{"I71.010"}, not: []string{"I71.00", "I71.019"}},
		{name: "circren-dissection-descending", text: "Chest CT: descending aortic dissection distal to the left subclavian artery.", setting: "inpatient",
			want: []string{"I71.012"}, not: []string{"I71.00"}},
		// Guards: the bare aorta keeps its own code; the abdominal one its region.
		{name: "circren-dissection-bare", text: "CT angiography showed an aortic dissection.", setting: "inpatient",
			want: []string{"I71.00"}, not: []string{"I71.019", "I71.010"}},
		{name: "circren-dissection-abdominal", text: "Abdominal aortic dissection on CT.", setting: "inpatient",
			want: []string{"I71.02"}},
		{name: "circren-aneurysm-ascending", text: "Aneurysm of the ascending aorta measuring 5 cm.", setting: "inpatient",
			want: []string{"I71.21"}},
		// A dissection named as history is an event that ended (data/history_kind.tsv "event"):
		// History, personal, disease or disorder, circulatory system (Z86.79).
		{name: "circren-history-aortic-dissection", text: "Past medical history: aortic dissection in 2018, hypertension.", setting: "inpatient",
			want: []string{"Z86.79", "I10"}, not: []string{"I71.00"}},
		{name: "circren-history-dissection-repaired", text: "She has a history of aortic dissection repaired in 2015.",
			want: []string{"Z86.79"}, not: []string{"I71.00"}},
		{name: "circren-history-carotid-dissection", text: "Prior carotid artery dissection.",
			want: []string{"Z86.79"}, not: []string{"I77.71"}},
		// Guard: a dissection said to be chronic still exists.
		{name: "circren-history-chronic-dissection", text: "History of chronic aortic dissection followed by vascular surgery.",
			want: []string{"I71.00"}, not: []string{"Z86.79"}},
		// Guard: an aneurysm named as history is no event that ended.
		{name: "circren-history-aneurysm", text: "History of abdominal aortic aneurysm under surveillance.",
			not: []string{"Z86.79"}},
		// Pulmonary (portal, ocular, intracranial) hypertension is not the systemic one of
		// "Failure, heart, with, hypertension" (I11.0), nor does its head take the "with"
		// subterms of the systemic one (data/other_sense.tsv, read by "with" subterms too).
		{name: "circren-hf-pulmonary-htn", text: "Heart failure and pulmonary hypertension.", setting: "inpatient",
			want: []string{"I50.9", "I27.20"}, not: []string{"I11.0"}},
		{name: "circren-pulmonary-htn-hf", text: "Pulmonary hypertension and heart failure.", setting: "inpatient",
			want: []string{"I27.20", "I50.9"}, not: []string{"I11.0"}},
		{name: "circren-right-hf-pulmonary-htn", text: "Right heart failure due to pulmonary hypertension.", setting: "inpatient",
			want: []string{"I50.810", "I27.20"}, not: []string{"I11.0"}},
		{name: "circren-hf-portal-htn", text: "Heart failure and portal hypertension.", setting: "inpatient",
			want: []string{"I50.9", "K76.6"}, not: []string{"I11.0"}},
		// Guards: the systemic hypertension keeps its "with" link, also beside a pulmonary one.
		{name: "circren-hf-htn", text: "Congestive heart failure and hypertension.", setting: "inpatient",
			want: []string{"I11.0", "I50.9"}},
		{name: "circren-htn-hf-pulmonary-htn", text: "Hypertension, heart failure and pulmonary hypertension.", setting: "inpatient",
			want: []string{"I11.0", "I50.9", "I27.20"}},
		// Arteriosclerosis of the limbs is filed under "extremities" (data/implied.tsv): the
		// leg, its side and the "with" complication the note names choose the code, and the
		// gangrene is part of it (I70.26-), not a separate I96.
		{name: "circren-athero-leg-gangrene", text: "Arteriosclerosis of the left leg with gangrene.", setting: "inpatient",
			want: []string{"I70.262"}, not: []string{"I70.90", "I96"}},
		{name: "circren-athero-leg-claudication", text: "Left leg atherosclerosis with intermittent claudication.", setting: "inpatient",
			want: []string{"I70.212"}, not: []string{"I70.90"}},
		{name: "circren-athero-legs-claudication", text: "Atherosclerosis of the arteries of both legs with intermittent claudication.", setting: "inpatient",
			want: []string{"I70.213"}},
		{name: "circren-athero-leg-ulcer-calf", text: "Atherosclerosis of the right leg with ulceration of the calf.", setting: "inpatient",
			want: []string{"I70.232"}},
		// Guards: other sites keep their entries.
		{name: "circren-athero-aorta", text: "Atherosclerosis of the aorta.", setting: "inpatient",
			want: []string{"I70.0"}},
		{name: "circren-athero-cerebral", text: "Cerebral atherosclerosis.", setting: "inpatient",
			want: []string{"I67.2"}},
		// A stenosis or leak named after another valve is that valve's (data/other_sense.tsv):
		// no "Insufficiency, mitral, with obstruction or stenosis" (I05.2) from the aortic
		// stenosis; and two valves' disease not called nonrheumatic is multiple valve disease
		// (I08.-, data/combos.tsv; the I34/I35/I07 Excludes1 drop the single-valve codes).
		{name: "circren-mr-as", text: "Severe mitral regurgitation and aortic stenosis.", setting: "inpatient",
			want: []string{"I08.0"}, not: []string{"I05.2", "I34.0", "I35.0"}},
		{name: "circren-ms-ai", text: "Mitral stenosis and aortic insufficiency.", setting: "inpatient",
			want: []string{"I08.0"}, not: []string{"I05.2", "I35.1"}},
		{name: "circren-mr-tr", text: "Mitral regurgitation and tricuspid regurgitation.", setting: "inpatient",
			want: []string{"I08.1"}, not: []string{"I34.0", "I07.1"}},
		{name: "circren-as-tr", text: "Aortic stenosis and tricuspid regurgitation.", setting: "inpatient",
			want: []string{"I08.2"}},
		{name: "circren-three-valves", text: "Mitral regurgitation, aortic stenosis and tricuspid regurgitation.", setting: "inpatient",
			want: []string{"I08.3"}, not: []string{"I08.0", "I07.1"}},
		// Guards: one valve's stenosis with its own leak stays rheumatic mitral disease; a
		// prolapse is no multiple valve disease; a past valve disease does not combine.
		{name: "circren-ms-mr", text: "Mitral stenosis with regurgitation.", setting: "inpatient",
			want: []string{"I05.2"}},
		{name: "circren-mvp-as", text: "Mitral valve prolapse and aortic stenosis.", setting: "inpatient",
			want: []string{"I34.1", "I35.0"}, not: []string{"I08.0"}},
		{name: "circren-aortic-stenosis", text: "Severe aortic stenosis.", setting: "inpatient",
			want: []string{"I35.0"}},
		// The brain's lateral and third ventricles are no heart ventricle (data/other_sense.tsv,
		// read by every subterm): no cardiomegaly (I51.7) from an MRI of the head.
		{name: "circren-brain-ventricle", text: "MRI showed dilation of the left lateral ventricle.", setting: "inpatient",
			not: []string{"I51.7"}},
		{name: "circren-third-ventricle", text: "MRI showed dilatation of the third ventricle.", setting: "inpatient",
			not: []string{"I51.7"}},
		// Guard: the heart's left ventricle keeps it.
		{name: "circren-heart-ventricle", text: "Echocardiogram showed dilation of the left ventricle.", setting: "inpatient",
			want: []string{"I51.7"}},
		// "Thrombosis, brain, sinus - see Thrombosis, intracranial venous sinus": the reference
		// joins two index levels ("intracranial" > "venous sinus" G08), which resolveRef now
		// finds instead of falling back to the bare main term (I82.90).
		{name: "circren-cerebral-venous-sinus", text: "Cerebral venous sinus thrombosis.", setting: "inpatient",
			want: []string{"G08"}, not: []string{"I82.90"}},
		// A limb artery's embolus or thrombus is the limb's (I74.2-I74.3): the artery named
		// reads as the limb (data/site_kids.tsv) through the index grouping (data/implied.tsv).
		{name: "circren-femoral-artery-embolism", text: "Acute embolism of the right femoral artery.", setting: "inpatient",
			want: []string{"I74.3"}, not: []string{"I74.9"}},
		{name: "circren-femoral-artery-thrombosis", text: "Thrombosis of the left femoral artery.", setting: "inpatient",
			want: []string{"I74.3"}, not: []string{"I74.9"}},
		{name: "circren-brachial-artery-embolism", text: "Brachial artery embolism.", setting: "inpatient",
			want: []string{"I74.2"}},
		// Guards: the vein keeps its own entry; a bare arterial embolism stays unspecified.
		{name: "circren-femoral-vein-thrombosis", text: "Thrombosis of the right femoral vein.", setting: "inpatient",
			want: []string{"I82.411"}, not: []string{"I74.3"}},
		{name: "circren-arterial-embolism", text: "Arterial embolism.", setting: "inpatient",
			want: []string{"I74.9"}},
		// "Nephrotic" grading a proteinuria is no nephrotic syndrome (data/adj_need_sub.txt).
		{name: "circren-nephrotic-proteinuria", text: "Urine showed proteinuria in the nephrotic range.", setting: "inpatient",
			want: []string{"R80.9"}, not: []string{"N04.9"}},
		{name: "circren-nephrotic-syndrome", text: "Nephrotic syndrome with minimal change disease.", setting: "inpatient",
			want: []string{"N04.0"}},
		{name: "circren-nephrotic-syndrome-bare", text: "Nephrotic syndrome.", setting: "inpatient",
			want: []string{"N04.9"}},
		// "Epstein-Barr virus", written out or as EBV (whose expansion shares one source token),
		// is no "Epstein's nephrosis or syndrome" (data/other_sense.tsv, third column).
		{name: "circren-ebv-not-epstein-syndrome", text: "A febrile syndrome prompted serology for EBV.", setting: "inpatient",
			not: []string{"N04.9"}},
		{name: "circren-epstein-barr-not-nephrosis", text: "Epstein-Barr virus infection with a mononucleosis syndrome.", setting: "inpatient",
			not: []string{"N04.9"}},
		// Guard: the eponym itself.
		{name: "circren-epstein-nephrosis", text: "Epstein nephrosis.", setting: "inpatient",
			want: []string{"N04.9"}},
	}...)
}
