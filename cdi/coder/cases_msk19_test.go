package coder

func init() {
	cases = append(cases, []tc{
		{name: "msk19 lumbar disc degeneration without pain named takes the FY2025 default child", text: "Assessment: Lumbar degenerative disc disease L3-4 on MRI, asymptomatic.", want: []string{"M51.369"}, not: []string{"M51.36"}},
		{name: "msk19 lumbar disc degeneration with low back pain is the combination child", text: "Assessment: Lumbar DDD with chronic low back pain.", want: []string{"M51.360"}, not: []string{"M51.36", "M51.369"}},
		{name: "msk19 gout at the first MTP joint written with joint", text: "Assessment: Gout flare, left first MTP joint.", want: []string{"M10.072"}, not: []string{"M10.9"}},
		{name: "msk19 CPPD arthritis is pyrophosphate crystal arthritis", text: "Assessment: CPPD arthritis of the right wrist.", want: []string{"M11.831"}, not: []string{"M19.90"}},
		{name: "msk19 cervical disc degeneration level names the mid-cervical code", text: "Assessment: Cervical disc degeneration at C6-7 on MRI.", want: []string{"M50.323"}, not: []string{"M50.30"}},
		{name: "msk19 post-laminectomy syndrome written with a hyphen", text: "Assessment: Post-laminectomy syndrome, lumbar, after L4-5 decompression.", want: []string{"M96.1"}},
	}...)
}
