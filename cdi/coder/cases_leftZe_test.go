package coder

// ACI review fixes (leftZe), written for these cases.
func init() {
	cases = append(cases, []tc{
		// The site may come before the qualifying adjective: "left foot
		// diabetic ulcer" is Diabetes, with, foot ulcer.
		{name: "leftZe-site-before-diabetic-ulcer", text: "ASSESSMENT\nLeft foot diabetic ulcer.\nContinue offloading.", want: []string{"E11.621"}, not: []string{"E11.9"}},
		// A site-less urolithiasis is the stone placed elsewhere; recurrent
		// bleeding put down to the stone is not glomerular N02.
		{name: "leftZe-urolithiasis-site-elsewhere", text: "ASSESSMENT\nUrolithiasis.\nUltrasound shows a 6 mm stone in the left kidney.", want: []string{"N20.0"}, not: []string{"N20.9"}},
		{name: "leftZe-recurrent-hematuria-from-stone", text: "ASSESSMENT\nRecurrent hematuria secondary to urolithiasis.\nUltrasound shows a 6 mm stone in the left kidney.", want: []string{"N20.0"}, not: []string{"N02.9", "N20.9"}},
		// A bare "arthritis" in a rheumatoid arthritis note is that arthritis.
		{name: "leftZe-bare-arthritis-is-the-ra", text: "ASSESSMENT\nRheumatoid arthritis. Her arthritis flares in cold weather.", want: []string{"M06.9"}, not: []string{"M19.90"}},
	}...)
}
