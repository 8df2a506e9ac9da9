package coder

func init() {
	cases = append(cases, []tc{
		// Guards for the per-section handedness read (impliedDominance,
		// handedness): every sided hemiplegia of a section takes its
		// dominant side from the one handedness word, wherever the
		// mentions stand (guideline I.C.6.a).
		{name: "speed14 handed two sides", text: "She is right-handed. Left hemiplegia. Right hemiplegia.", want: []string{"G81.94", "G81.91"}, not: []string{"G81.92", "G81.93"}},
		{name: "speed14 handed after mentions", text: "Right hemiplegia. Left hemiplegia. The patient is left handed.", want: []string{"G81.93", "G81.92"}, not: []string{"G81.91", "G81.94"}},
		// The 7th character of a fracture read once per distinct word of
		// the category's meanings still weighs each meaning's words.
		{name: "speed14 seventh subsequent routine", text: "Fracture of left femur, subsequent encounter, routine healing.", want: []string{"S72.92XD"}},
		{name: "speed14 seventh delayed", text: "Fracture of left femur, subsequent encounter with delayed healing.", want: []string{"S72.92XG"}},
	}...)
}
