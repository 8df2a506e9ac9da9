package coder

import "notecoder/cdi/model"

// Table cases of helper transplant (transplant gold-first set): the disease
// a transplant was done for ("OHT 2014 for restrictive cardiomyopathy") went
// with the replaced organ and is not coded, not even as a personal history
// (the transplant status is its record); graft-versus-host disease and PTLD
// take their transplant's T86 code first (the organ's "other complication",
// or the stem cell transplant's T86.5 for GVHD); the donor named in the
// patient's own transplant ("matched sibling", "living donor kidney
// transplant") is no family history and no donor code; a failed allograft
// is the transplant's failure; transplant drugs and wordings the index and
// the Table of Drugs do not list by name.
func init() {
	cases = append(cases, []tc{
		{name: "transplant heart transplant reason not coded",
			text: "Heart transplant clinic. OHT 2014 for restrictive cardiomyopathy. Doing well, LVEF 58%.",
			want: []string{"Z94.1"}, not: []string{"I42.5", "Z86.79"}},
		{name: "transplant liver transplant reason not coded",
			text: "Liver transplant 2019 for NASH cirrhosis. LFTs normal.",
			want: []string{"Z94.4"}, not: []string{"K75.81", "K74.60", "Z87.19"}},
		{name: "transplant kidney transplant reason not coded",
			text: "HPI: 54M s/p deceased-donor kidney transplant 2021 for IgA nephropathy, baseline Cr 1.2.",
			want: []string{"Z94.0"}, not: []string{"N02.B9", "Z87.448"}},
		{name: "transplant OLT abbreviation and alcoholic cirrhosis reason",
			text: "Assessment: s/p OLT 2018 for alcoholic cirrhosis, graft function normal.",
			want: []string{"Z94.4"}, not: []string{"K70.30", "K70.31"}},
		{name: "transplant acute GVHD takes the stem cell transplant first",
			text: "A/P: acute graft-versus-host disease of the skin and gut, day +30.",
			want: []string{"T86.5", "D89.810"}},
		{name: "transplant matched sibling donor is no family history",
			text: "Hx: AML in remission, s/p matched sibling allogeneic stem cell transplant 2024.\nA/P: chronic GVHD of the mouth.",
			want: []string{"T86.5", "D89.811", "C92.01"}, not: []string{"Z94.84"}},
		{name: "transplant PTLD is the kidney transplant's other complication",
			text: "Assessment: post-transplant lymphoproliferative disorder, a complication of the kidney transplant.",
			want: []string{"T86.19", "D47.Z1"}, not: []string{"T86.10"}},
		{name: "transplant unrelated donor of the patient's transplant is no donor code",
			text:    "s/p matched unrelated donor allogeneic stem cell transplant 2023, engrafted.",
			setting: model.Outpatient,
			want:    []string{"Z94.84"}, not: []string{"Z52.9", "Z52.091"}},
		{name: "transplant failed renal allograft",
			text: "Dx: failed renal allograft, back on hemodialysis.",
			want: []string{"T86.12"}, not: []string{"N19"}},
		{name: "transplant CMV hepatitis",
			text: "Impression: CMV hepatitis, on ganciclovir.",
			want: []string{"B25.1"}, not: []string{"K75.9"}},
		{name: "transplant glucocorticoid-induced osteoporosis",
			text: "Assessment: glucocorticoid-induced osteoporosis, no fracture.",
			want: []string{"M81.8"}, not: []string{"M81.0"}},
		{name: "transplant valganciclovir neutropenia",
			text: "A/P: neutropenia due to valganciclovir, switch to letermovir.",
			want: []string{"D70.2", "T37.5X5A"}, not: []string{"T50.905A"}},
		{name: "transplant immunosuppressed state due to drugs",
			text: "Impression: immunosuppressed state due to tacrolimus and mycophenolate.",
			want: []string{"D84.821", "T45.1X5A"}, not: []string{"D84.9"}},
	}...)
}
