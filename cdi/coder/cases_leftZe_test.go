package coder

// ACI review fixes (leftZe), written for these cases.
func init() {
	cases = append(cases, []tc{
		// The site may come before the qualifying adjective: "left foot
		// diabetic ulcer" is Diabetes, with, foot ulcer.
		{name: "leftZe-site-before-diabetic-ulcer", text: "ASSESSMENT\nLeft foot diabetic ulcer.\nContinue offloading.", want: []string{"E11.621"}, not: []string{"E11.9"}},
	}...)
}
