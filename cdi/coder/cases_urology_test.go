package coder

import "notecoder/cdi/model"

// Table cases of helper urology (urology gold-first set): urinary retention
// "from"/"due to" BPH is BPH with LUTS and the retention (N40.1 + R33.8, the
// index's see reference otherwise dropped the retention); erectile
// dysfunction "after" a radical prostatectomy is N52.31; resection margins
// reported negative do not deny the tumour; a Gleason score grades a
// prostate carcinoma, and a parenthesis after a past prostatectomy holding
// it is the history the organ was removed for (Z85.46); the pain of an
// epididymitis or a torsion, the hydroureter above an obstructing stone, a
// site-less diverticulum beside a bladder one and the curvature of Peyronie's
// disease are no codes of their own; a "penile duplex" is an ultrasound; a
// symptom read deeper elsewhere in the note is that one symptom; a bleeding
// put down to "anticoagulation" is the anticoagulant's adverse effect; an
// arrow ("->") ends the clause of the findings before it; what a condition
// "can precede" is hypothetical; an undescended testis takes its position
// (Q53.1-/Q53.2-).
func init() {
	cases = append(cases, []tc{
		{name: "urology retention from BPH is BPH with LUTS",
			text: "84M unable to void x 24 h, 1.8 L drained. AKI from acute urinary retention from BPH.",
			want: []string{"N40.1", "R33.8"}, not: []string{"N40.0", "R33.9"}},
		{name: "urology retention due to BPH is BPH with LUTS",
			text: "Urinary retention due to BPH, Foley placed.",
			want: []string{"N40.1", "R33.8"}, not: []string{"N40.0"}},
		{name: "urology ED after radical prostatectomy",
			text: "Erectile dysfunction after radical prostatectomy: partial response to tadalafil.",
			want: []string{"N52.31"}, not: []string{"N52.9"}},
		{name: "urology margins negative do not deny the carcinoma",
			text:    "Path: clear cell renal cell carcinoma, 4.0 cm, margins negative, pT1a.",
			setting: model.Inpatient,
			want:    []string{"C64.9"}},
		{name: "urology Gleason grades a prostate carcinoma",
			text: "Prostate biopsy results: Gleason 3+4 adenocarcinoma in 4 of 12 cores.",
			want: []string{"C61"}, not: []string{"C80.1"}},
		{name: "urology past prostatectomy with its pathology in parentheses",
			text: "66 y/o man, 2 yrs s/p robotic radical prostatectomy (Gleason 3+4 adenocarcinoma, pT2, margins neg). No adjuvant therapy. PSA undetectable, no evidence of disease.",
			want: []string{"Z85.46"}, not: []string{"C61", "C80.1"}},
		{name: "urology epididymitis pain is integral",
			text: "Right testicular pain and swelling x 3 days. Scrotal US: epididymal hyperemia. Dx: acute right epididymitis.",
			want: []string{"N45.1"}, not: []string{"N50.811", "N50.82"}},
		{name: "urology torsion pain and vomiting are integral",
			text:    "14 yo M with sudden severe L scrotal pain and vomiting. Dx: L intravaginal torsion of the spermatic cord.",
			setting: model.Inpatient,
			want:    []string{"N44.02"}, not: []string{"N50.82", "R11.10", "R11.2"}},
		{name: "urology hydroureter above an obstructing stone",
			text:    "CT: 8 mm R UVJ stone with moderate R hydronephrosis and hydroureter. A: right ureteral calculus with hydronephrosis.",
			setting: model.Inpatient,
			want:    []string{"N13.2"}, not: []string{"N13.4"}},
		{name: "urology site-less diverticulum beside a bladder diverticulum",
			text:    "Postop dx: BPH with urinary retention, bladder diverticulum. Findings: 3 cm diverticulum at the left lateral wall with a narrow neck.",
			setting: model.Inpatient,
			want:    []string{"N32.3"}, not: []string{"K57.90"}},
		{name: "urology Peyronie curvature and painful erections",
			text: "Penile curvature noted 10 months ago, initially painful erections. A: Peyronie disease, stable phase.",
			want: []string{"N48.6"}, not: []string{"Q55.61", "N48.30"}},
		{name: "urology penile duplex is an ultrasound",
			text: "Penile duplex US after trimix: peak systolic velocities 18-22 cm/s. A: erectile dysfunction.",
			want: []string{"N52.9"}, not: []string{"Q55.69"}},
		{name: "urology microscopic hematuria read deeper in the assessment",
			text: "Referred for microscopic hematuria: 8 RBC/hpf on two UAs. Cystoscopy normal.\nAssessment: asymptomatic microscopic hematuria, negative workup.",
			want: []string{"R31.21"}, not: []string{"R31.29"}},
		{name: "urology bleeding due to anticoagulation is its adverse effect",
			text:    "Assessment: gross hematuria, felt due to anticoagulation with warfarin (adverse effect at therapeutic dose).",
			setting: model.Inpatient,
			want:    []string{"R31.0", "T45.515A"}},
		{name: "urology arrow ends the without of the findings",
			text:    "KUB with dilated small and large bowel loops without transition point -> postoperative ileus. NG tube x 2 days.",
			setting: model.Inpatient,
			want:    []string{"K91.89", "K56.7"}},
		{name: "urology what a condition can precede is hypothetical",
			text: "Vasculogenic erectile dysfunction. Cardiology risk review with PCP since vasculogenic ED can precede CAD.",
			not:  []string{"I25.10"}},
		{name: "urology undescended testes by position",
			text: "Bilateral undescended testes, inguinal; orchiopexy planned.",
			want: []string{"Q53.212"}, not: []string{"Q53.20"}},
	}...)
}
