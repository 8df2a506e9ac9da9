package coder

// Sixth-session cases (main6): problems seen in a physician's problem list
// written for this purpose.
func init() {
	cases = append(cases, []tc{
		// A sentence or list item is a new clause: the "without" of the item
		// before does not deny this one.
		{name: "main6-without-stays-in-its-item", text: "Assessment and plan:\n1. Migraine without aura.\n2. Folate deficiency.\n3. Vitamin D deficiency.",
			want: []string{"G43.009", "E53.8", "E55.9"}},
		{name: "main6-without-stays-in-its-sentence", text: "The wound healed without infection. The gallbladder is distended.",
			want: []string{"K82.8"}},
	}...)
}
