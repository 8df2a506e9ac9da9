package coder

// Problem-list probe cases (probe): short assessment lines as physicians
// type them, for the chapters of neoplasms, pregnancy, endocrine, mental,
// nervous system and congenital conditions.
func init() {
	cases = append(cases, []tc{
		// Skin cancers are coded from the morphology sub-rows of the
		// Table of Neoplasms ("cheek, external, squamous cell carcinoma").
		{name: "probe-scc-cheek", text: "Squamous cell carcinoma of the left cheek.", want: []string{"C44.329"}, not: []string{"C76.0", "C44.92"}},
		{name: "probe-scc-skin-face", text: "Squamous cell carcinoma of the skin of the face.", want: []string{"C44.320"}, not: []string{"C44.300"}},
		{name: "probe-scc-ear", text: "SCC of the right ear.", want: []string{"C44.222"}},
		// "Carcinoma, basal cell (see also Neoplasm, skin, malignant)": the
		// parenthesized reference leads to the skin row of the site.
		{name: "probe-bcc-forearm", text: "BCC of the right forearm.", want: []string{"C44.612"}, not: []string{"C44.91"}},
		{name: "probe-bcc-scalp", text: "Basal cell carcinoma of the scalp.", want: []string{"C44.41"}, not: []string{"C44.91"}},
		{name: "probe-bcc-lip", text: "Basal cell carcinoma of the lower lip.", want: []string{"C44.01"}, not: []string{"C00.1"}},
		{name: "probe-bcc-cheek", text: "Basal cell carcinoma of the left cheek.", want: []string{"C44.319"}},
		{name: "probe-bcc-nosite", text: "Basal cell carcinoma.", want: []string{"C44.91"}},
		// An organ site keeps its own row: the lip's vermilion, the anal canal.
		{name: "probe-scc-lip", text: "Squamous cell carcinoma of the lower lip.", want: []string{"C00.1"}},
		{name: "probe-scc-anus", text: "Squamous cell carcinoma of the anus.", want: []string{"C21.0"}},
		{name: "probe-scc-lung", text: "Squamous cell carcinoma of the right lung.", want: []string{"C34.91"}},
		// Parenthesized see references elsewhere in the index.
		{name: "probe-nemod-see-bronchorrhagia", text: "Bronchorrhagia.", want: []string{"R04.2"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// A chapter 15 code takes the weeks of gestation of its line
		// (Z3A) and the trimester the weeks fall in (I.C.15.a.3).
		{name: "probe-weeks-gest-htn", text: "Gestational hypertension, 30 weeks.", want: []string{"O13.3", "Z3A.30"}, not: []string{"O13.9"}},
		{name: "probe-weeks-preterm-labor", text: "Preterm labor at 33 weeks.", want: []string{"O60.03", "Z3A.33"}, not: []string{"O60.00"}},
		{name: "probe-weeks-twins", text: "Twin pregnancy, dichorionic diamniotic, 24 weeks.", want: []string{"O30.042", "Z3A.24"}},
		{name: "probe-weeks-first-trimester", text: "Threatened abortion at 8 weeks.", want: []string{"O20.0", "Z3A.08"}},
		{name: "probe-weeks-wks", text: "Hyperemesis gravidarum, 10 wks.", want: []string{"O21.0", "Z3A.10"}},
		{name: "probe-weeks-plus-days", text: "Breech presentation at 37+2 weeks.", want: []string{"O32.1XX0", "Z3A.37"}},
		{name: "probe-weeks-pregnant", text: "A 30-year-old woman, 18 weeks pregnant, with hyperemesis gravidarum.", want: []string{"O21.0", "Z3A.18"}},
		// A duration is no age of the pregnancy.
		{name: "probe-weeks-duration", text: "Hyperemesis gravidarum for 2 weeks.", want: []string{"O21.0"}, not: []string{"Z3A.01", "Z3A.02"}},
		{name: "probe-weeks-ago", text: "Postpartum hemorrhage 3 weeks ago.", not: []string{"Z3A.01", "Z3A.03"}},
		// No chapter 15 code: the weeks are not coded from this rule.
		{name: "probe-weeks-newborn", text: "Prematurity, 32 weeks.", want: []string{"P07.35"}, not: []string{"Z3A.32"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// "Astrocytoma, specified site - see Neoplasm, malignant, by site;
		// unspecified site C71.9": the note names the site, or the
		// unspecified site is the default.
		{name: "probe-glioblastoma-nosite", text: "Glioblastoma.", want: []string{"C71.9"}},
		{name: "probe-glioblastoma-frontal", text: "Glioblastoma of the right frontal lobe.", want: []string{"C71.1"}, not: []string{"C71.9"}},
		{name: "probe-astrocytoma-cerebellum", text: "Pilocytic astrocytoma of the cerebellum.", want: []string{"C71.6"}},
		{name: "probe-astrocytoma-nosite", text: "Astrocytoma.", want: []string{"C71.9"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// A "with ..." tail qualifies the diagnosis line as a "without"
		// one does; the index writes "psychotic symptoms" or "features".
		{name: "probe-mdd-single-severe-psychotic", text: "MDD, single episode, severe with psychotic features.", want: []string{"F32.3"}, not: []string{"F32.9", "F29"}},
		{name: "probe-mdd-recurrent-severe-psychotic", text: "Major depressive disorder, recurrent, severe, with psychotic features.", want: []string{"F33.3"}, not: []string{"F32.9"}},
		{name: "probe-mdd-single-severe-without", text: "Major depressive disorder, single episode, severe without psychotic features.", want: []string{"F32.2"}},
		// A list item after a comma is still its own condition.
		{name: "probe-list-with-tail", text: "Obesity, hypertension with CKD stage 3.", want: []string{"E66.9", "I12.9", "N18.30"}},
		// ADHD types without "type" or "presentation".
		{name: "probe-adhd-inattentive", text: "ADHD, predominantly inattentive.", want: []string{"F90.0"}, not: []string{"F90.9"}},
		{name: "probe-adhd-combined", text: "ADHD, combined.", want: []string{"F90.2"}},
		{name: "probe-adhd-bare", text: "ADHD.", want: []string{"F90.9"}},
		// Abbreviation and spelling rows.
		{name: "probe-iup-weeks", text: "IUP at 32 weeks, G2P1.", want: []string{"Z3A.32"}},
		{name: "probe-club-foot", text: "Club foot, right.", want: []string{"Q66.89"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// A tabular title's ", not intractable" and "without aura" parts
		// are not the note's words: "intractable migraine" stays the
		// index's "Migraine, intractable" (G43.919).
		{name: "probe-intractable-migraine", text: "Intractable migraine.", want: []string{"G43.919"}, not: []string{"G43.009", "G43.019"}},
		{name: "probe-intractable-migraine-without-aura", text: "Intractable migraine without aura.", want: []string{"G43.019"}},
		{name: "probe-migraine", text: "Migraine.", want: []string{"G43.909"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// A breast quadrant's codes split by sex only: the index's female
		// default, then the side (never the category C50.4 itself).
		{name: "probe-breast-uoq-right", text: "Breast cancer, right, upper outer quadrant.", want: []string{"C50.411"}, not: []string{"C50.4", "C50.919"}},
		{name: "probe-breast-uiq-left", text: "Malignant neoplasm of the left breast, upper inner quadrant.", want: []string{"C50.212"}, not: []string{"C50.2"}},
		{name: "probe-breast-nipple", text: "Carcinoma of the nipple of the right breast.", want: []string{"C50.011"}, not: []string{"C50.0"}},
		{name: "probe-breast-male", text: "Male breast cancer, left.", want: []string{"C50.922"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// Intractability and status epilepticus are said when present:
		// the default children, not the category G40.A.
		{name: "probe-absence-seizures", text: "Absence seizures.", want: []string{"G40.A09"}, not: []string{"G40.A"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// "Pregnancy, complicated by, X": notes write "X in pregnancy",
		// "X of pregnancy", "X complicating pregnancy".
		{name: "probe-smoking-in-pregnancy", text: "Smoking complicating pregnancy, second trimester.", want: []string{"O99.332"}},
		{name: "probe-cholestasis-of-pregnancy", text: "Cholestasis of pregnancy, 36 weeks.", want: []string{"O26.643", "Z3A.36"}, not: []string{"K83.1"}}, // (new22: O26.64- intrahepatic cholestasis of pregnancy since FY2024)
		{name: "probe-diabetes-in-pregnancy", text: "Diabetes in pregnancy.", want: []string{"O24.919"}, not: []string{"E11.9"}},
		{name: "probe-obesity-in-pregnancy-weeks", text: "Obesity in pregnancy, 30 weeks.", want: []string{"O99.213", "Z3A.30"}},
		// Away from a pregnancy the words stay their own.
		{name: "probe-complicated-by-empyema", text: "Pneumonia complicated by empyema.", want: []string{"J18.9", "J86.9"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// Abbreviations of problem lists: ordinals, "ca" by a site,
		// SIADH's full name.
		{name: "probe-ordinal-trimester", text: "Pre-existing T2DM in pregnancy, 2nd trimester.", want: []string{"O24.112"}, not: []string{"O24.119"}},
		{name: "probe-ca-prostate-mets", text: "Prostate ca w/ bone mets.", want: []string{"C61", "C79.51"}},
		{name: "probe-ca-history", text: "h/o breast ca s/p lumpectomy.", want: []string{"Z85.3@historical"}},
		{name: "probe-ca-calcium", text: "Ca level 9.8 today.", not: []string{"C80.1"}},
		{name: "probe-siadh", text: "SIADH.", want: []string{"E22.2"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// Gestational diabetes on insulin or oral drugs is coded by its
		// control, without Z79.4 / Z79.84 (I.C.15.i); the trimester words
		// do not turn it into diabetes NOS in pregnancy (O24.91-).
		{name: "probe-gdm-insulin", text: "GDM on insulin, third trimester.", want: []string{"O24.414"}, not: []string{"O24.913", "Z79.4", "O24.419"}},
		{name: "probe-gdm-metformin", text: "Gestational diabetes on metformin.", want: []string{"O24.415"}, not: []string{"Z79.84"}},
		{name: "probe-gdm-diet", text: "Gestational diabetes, diet controlled, 28 weeks.", want: []string{"O24.410", "Z3A.28"}},
		{name: "probe-t2dm-insulin-kept", text: "Type 2 diabetes on insulin.", want: []string{"E11.9", "Z79.4"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// "Melanoma, skin, <site>": the note names the site only.
		{name: "probe-melanoma-cheek", text: "Melanoma of the right cheek.", want: []string{"C43.39"}, not: []string{"C43.9"}},
		{name: "probe-melanoma-back", text: "Malignant melanoma of the back.", want: []string{"C43.59"}},
		{name: "probe-melanoma-thigh", text: "Melanoma of the right thigh.", want: []string{"C43.71"}},
		{name: "probe-melanoma-insitu-back", text: "Melanoma in situ of the back.", want: []string{"D03.59"}},
		{name: "probe-melanoma-nosite", text: "Melanoma.", want: []string{"C43.9"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// A skin morphology at a limb or trunk site the table lists only as
		// an ill-defined region ("hand NEC" C76.4-): the skin row's code.
		{name: "probe-scc-hand", text: "Squamous cell carcinoma of the right hand.", want: []string{"C44.622"}, not: []string{"C76.41"}},
		{name: "probe-scc-leg", text: "Squamous cell carcinoma of the left lower leg.", want: []string{"C44.729"}},
		{name: "probe-bcc-back", text: "Basal cell carcinoma of the back.", want: []string{"C44.519"}, not: []string{"C44.91"}},
		// Without a morphology the region's own code stays.
		{name: "probe-carcinoma-hand", text: "Carcinoma of the hand.", want: []string{"C76.40"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// "neonate" is the index's "newborn".
		{name: "probe-preterm-neonate", text: "Preterm neonate, 32 wks.", want: []string{"P07.35"}},
		{name: "probe-neonate-jaundice", text: "Neonate with jaundice.", want: []string{"P59.9"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// Premature rupture of membranes: preterm before 37 completed
		// weeks, full-term after, from the weeks the line gives.
		{name: "probe-pprom-weeks", text: "PPROM at 31 weeks.", want: []string{"O42.913", "Z3A.31"}, not: []string{"O42.90"}},
		{name: "probe-prom-term", text: "Premature rupture of membranes at 38 weeks.", want: []string{"O42.92", "Z3A.38"}, not: []string{"O42.90"}},
		{name: "probe-prom-noweeks", text: "Premature rupture of membranes.", want: []string{"O42.90"}},
	}...)
}
