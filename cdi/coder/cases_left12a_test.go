package coder

func init() {
	cases = append(cases, []tc{
		// 1. An old MI dated in one sentence: the bare mentions of the note are that one (I.C.9.e).
		{name: "left12a bare heart attack beside dated MI", text: "She had a heart attack. Her MI was in 2017 and she got a stent.", want: []string{"I25.2"}, not: []string{"I21.9"}},
		{name: "left12a bare MI in list beside dated MI", text: "Problems: hyperlipidemia, MI. He had an MI in 2016.", want: []string{"I25.2"}, not: []string{"I21.9"}},
		{name: "left12a assessment MI beside MI years ago", text: "Past history: MI 6 years ago.\nAssessment: MI, stable, follows with cardiology.", want: []string{"I25.2"}, not: []string{"I21.9"}},
		{name: "left12a acute MI now beside dated MI stays", text: "He had an MI in 2015. Now with an acute MI.", want: []string{"I25.2", "I21.9"}},
		{name: "left12a inpatient undated MI stays acute", text: "Admitted with a heart attack. Prior MI in 2012.", setting: "inpatient", want: []string{"I21.9", "I25.2"}},
		// 2. Fall on ice: W01's Excludes1 names W00.0, which the words also reach.
		{name: "left12a slipped and fell on ice", text: "She slipped and fell on the ice this morning and sprained her left wrist.", want: []string{"W00.0XXA"}, not: []string{"W01.0XXA"}},
		{name: "left12a slipped and fell on icy driveway", text: "He slipped and fell on an icy driveway and sprained his right ankle.", want: []string{"W00.0XXA"}, not: []string{"W01.0XXA"}},
		{name: "left12a tripped and fell stays W01", text: "He tripped and fell on the curb and sprained his right ankle.", want: []string{"W01.0XXA"}, not: []string{"W00.0XXA"}},
		// 3. A documented allergy without a reaction is the status (Z91.01-).
		{name: "left12a food allergy status", text: "He has a food allergy.", want: []string{"Z91.018"}, not: []string{"L27.2", "T78.1XXA", "T78.19XA"}},
		{name: "left12a peanut allergy status", text: "Known peanut allergy, carries an EpiPen.", want: []string{"Z91.010"}},
		{name: "left12a shellfish allergy status", text: "She is allergic to shellfish.", want: []string{"Z91.013"}},
		{name: "left12a peanut allergy with anaphylaxis keeps reaction", text: "Peanut allergy with anaphylaxis today after eating a cookie.", want: []string{"T78.01XA"}},
		{name: "left12a allergic reaction is no status", text: "Allergic reaction to latex gloves.", want: []string{"T78.40XA"}, not: []string{"Z91.040"}},
		// 4. A coronary stent named with its vessel after the device noun.
		{name: "left12a stent placement at LAD written out", text: "He is status post stent placement at the left anterior descending artery.", want: []string{"Z95.5"}},
		{name: "left12a s/p stent to the LAD", text: "S/p stent to the LAD in 2021.", want: []string{"Z95.5"}},
		{name: "left12a stent in right coronary artery", text: "She has a stent in the right coronary artery.", want: []string{"Z95.5"}},
		// 5. Two conditions of one category, neither's index entry listing the other.
		{name: "left12a rosacea beside perioral dermatitis", text: "Rosacea on the cheeks and perioral dermatitis.", want: []string{"L71.9", "L71.0"}},
		// 6. Outpatient: an uncertain cause leaves the symptom certain.
		{name: "left12a cough is likely due to bronchitis", text: "Her cough is likely due to bronchitis.", want: []string{"R05.9"}, not: []string{"J40"}},
		{name: "left12a cough that is probably due to", text: "He has a dry cough that is probably secondary to asthma.", want: []string{"R05.9"}, not: []string{"J45.909"}},
		// 7. Abstaining from a habit is its history.
		{name: "left12a continues to abstain from smoking", text: "She continues to abstain from smoking.", want: []string{"Z87.891"}, not: []string{"F17.200"}},
		{name: "left12a abstinent from smoking", text: "He has been abstinent from smoking since 2016.", want: []string{"Z87.891"}, not: []string{"F17.200"}},
	}...)
}
