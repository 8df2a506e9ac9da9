package coder

// Cases of session 13 helper inpt13, written for these tests from the
// inpatient ward notes (ICU, surgery, trauma, pediatrics, oncology, psychiatry):
// integral symptoms, abbreviations read in another sense, a BMI of the past
// history or of an adolescent, past-year events, unspecified siblings,
// expected post-op pain, varices in liver disease and breast cancer
// abbreviations.
func init() {
	cases = append(cases, []tc{
		{name: "inpt13 vomit aspirated", text: "Vomited then was found choking; CXR RLL infiltrate. Dx: aspiration pneumonitis, supportive care.", setting: "inpatient", want: []string{"J69.0"}, not: []string{"R11.10", "R11.2"}},
		{name: "inpt13 dizzy blood loss anemia", text: "Hgb fell to 6.9 after the bleed and she feels dizzy getting out of bed. Dx: acute blood loss anemia, 1 unit PRBC.", setting: "inpatient", want: []string{"D62"}, not: []string{"R42"}},
		{name: "inpt13 dizzy without anemia kept", text: "Complains of dizziness on standing for a week, cause unclear.", setting: "inpatient", want: []string{"R42"}},
		{name: "inpt13 obstipation obstructed hernia", text: "No stool or gas for 2 days, obstipation. Dx: incarcerated inguinal hernia on the right with obstruction, no gangrene.", setting: "inpatient", want: []string{"K40.30"}, not: []string{"K59.00"}},
		{name: "inpt13 hypercalcemia symptoms", text: "Constipated and urinating constantly for a week. Calcium 13.2. Dx: hypercalcemia, hydration and pamidronate.", setting: "inpatient", want: []string{"E83.52"}, not: []string{"K59.00", "R35.89", "R35.8"}},
		{name: "inpt13 spleen tenderness", text: "Left upper quadrant tenderness after bike crash into a pole. CT: laceration of spleen, observe.", setting: "inpatient", want: []string{"S36.039A"}, not: []string{"R10.812"}},
		{name: "inpt13 acute chest syndrome", text: "Hb-SS sickle cell disease with acute chest syndrome: chest pain, fever to 39, tachypneic.", setting: "inpatient", want: []string{"D57.01"}, not: []string{"R07.9", "R50.9", "R06.82"}},
		{name: "inpt13 anorexia nervosa weight loss", text: "Weight loss of 9 kg over 4 months. Dx: anorexia nervosa, restricting type, moderate.", setting: "inpatient", want: []string{"F50.011"}, not: []string{"R63.4"}},
		{name: "inpt13 sickle crisis pain", text: "Hb SS sickle cell disease in vaso-occlusive crisis with diffuse pain, IV hydromorphone.", setting: "inpatient", want: []string{"D57.00"}, not: []string{"R52"}},
		{name: "inpt13 scds are compression devices", text: "Calf pain denied. Plan: SCDs while in bed, enoxaparin daily.", setting: "inpatient", not: []string{"D57.1"}},
		{name: "inpt13 scd disease kept", text: "SCD with pain crisis, on hydroxyurea.", setting: "inpatient", want: []string{"D57.00"}},
		{name: "inpt13 om is obtuse marginal", text: "CABG x2 (LIMA-LAD, SVG-OM) last month, doing well.", setting: "inpatient", not: []string{"H66.90"}},
		{name: "inpt13 om otitis kept", text: "Assessment: OM, right ear, amoxicillin.", setting: "inpatient", not: []string{"I25.10"}},
		{name: "inpt13 passing flatus", text: "POD 3, tolerating diet and passing flatus.", setting: "inpatient", not: []string{"R14.3"}},
		{name: "inpt13 excess flatus kept", text: "Complains of excessive flatus and belching for months.", setting: "inpatient", want: []string{"R14.3"}},
		{name: "inpt13 pmh obesity bmi", text: "PMH: OSA, obesity (BMI 37), gout.", setting: "inpatient", want: []string{"E66.9", "Z68.37"}},
		{name: "inpt13 teen bmi not adult", text: "15 yo M with obesity, BMI 33 (> 99th percentile for age).", setting: "inpatient", want: []string{"E66.9"}, not: []string{"Z68.33"}},
		{name: "inpt13 adult bmi kept", text: "52 yo M with obesity, BMI 33.", setting: "inpatient", want: []string{"E66.9", "Z68.33"}},
		{name: "inpt13 past suicide attempt year", text: "Depressed for months. Suicide attempt in 2019 by cutting, hospitalized.", setting: "inpatient", want: []string{"Z91.51"}, not: []string{"T14.91XA"}},
		{name: "inpt13 dx year keeps current cancer", text: "Colon cancer diagnosed in 2022, now with liver metastases on FOLFOX.", setting: "inpatient", want: []string{"C18.9", "C78.7"}, not: []string{"Z85.038"}},
		{name: "inpt13 unspecified af beside paroxysmal", text: "Tele: AF with RVR overnight. Assessment: paroxysmal AF, diltiazem.", setting: "inpatient", want: []string{"I48.0"}, not: []string{"I48.91"}},
		{name: "inpt13 amenorrhea beside secondary", text: "Amenorrhea x 6 months. Dx: secondary amenorrhea from overtraining.", setting: "inpatient", want: []string{"N91.1"}, not: []string{"N91.2"}},
		{name: "inpt13 expected postop pain", text: "POD 1. Expected post-op pain at the incision, well controlled on acetaminophen.", setting: "inpatient", not: []string{"R52", "G89.18"}},
		{name: "inpt13 expected after laparoscopy", text: "Right shoulder pain, expected after laparoscopy, resolving.", setting: "inpatient", not: []string{"M25.511"}},
		{name: "inpt13 unexpected postop pain kept", text: "Severe left shoulder pain since the fall last week.", setting: "inpatient", want: []string{"M25.512"}},
		{name: "inpt13 varices in alcoholic cirrhosis", text: "Alcoholic cirrhosis without ascites. EGD: bleeding esophageal varices, 4 bands.", setting: "inpatient", want: []string{"I85.11", "K70.30"}, not: []string{"I85.01"}},
		{name: "inpt13 varices no liver disease", text: "EGD: esophageal varices with bleeding, banded.", setting: "inpatient", want: []string{"I85.01"}, not: []string{"I85.11"}},
		{name: "inpt13 idc breast", text: "R breast IDC, 2.1 cm, s/p lumpectomy, now on radiation.", setting: "inpatient", want: []string{"C50.911"}},
		{name: "inpt13 idc without breast context", text: "IDC noted on the problem list, details unknown.", setting: "inpatient", not: []string{"C50.919", "C50.911", "C50.912"}},
		{name: "inpt13 er positive hyphen", text: "Right breast cancer, ER-positive, on tamoxifen.", setting: "inpatient", want: []string{"C50.911", "Z17.0"}},
		{name: "inpt13 er plus sign", text: "Left breast carcinoma, ER+, HER2 not amplified.", setting: "inpatient", want: []string{"C50.912", "Z17.0"}},
	}...)
}
