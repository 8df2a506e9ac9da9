package coder

import "notecoder/cdi/model"

// Table cases of helper left23e (misses of the tox set): anaphylaxis put down
// to a drug with "due to", a heatstroke that is no history of stroke, a fire
// in a house and a drowning in a pool by the External Cause Index, and an
// ice water immersion that cools a heatstroke, and a burn by an assault with
// hot liquid.
func init() {
	cases = append(cases, []tc{
		{name: "left23e anaphylaxis due to a drug given as ordered",
			text:    "Day 3 note. Anaphylaxis due to cefazolin given as prescribed before surgery, treated with epinephrine, now resolved.",
			setting: model.Inpatient,
			want:    []string{"T88.6XXA", "T36.1X5A"}, not: []string{"T78.2XXA"}},
		{name: "left23e anaphylaxis due to penicillin",
			text: "Assessment: anaphylaxis due to penicillin taken as directed for strep throat.",
			want: []string{"T88.6XXA", "T36.0X5A"}, not: []string{"T78.2XXA"}},
		{name: "left23e anaphylaxis due to a sting keeps T78.2",
			text: "Anaphylaxis due to a wasp sting while gardening; epinephrine given in the field.",
			want: []string{"T78.2XXA", "T63.461A"}, not: []string{"T88.6XXA"}},
		{name: "left23e heat stroke resolved is no stroke history",
			text:    "Hospital day 2. Heat stroke resolved with cooling; creatinine improving.",
			setting: model.Inpatient,
			not:     []string{"Z86.73"}},
		{name: "left23e history of stroke keeps Z86.73",
			text: "Past history: stroke in 2019 without residual deficits. BP well controlled today.",
			want: []string{"Z86.73"}},
		{name: "left23e fire in the house is an uncontrolled building fire",
			text:    "He escaped a fire in his house with second degree burns of the right forearm.",
			setting: model.Inpatient,
			want:    []string{"X00.0XXA"}, not: []string{"X08.8XXA"}},
		{name: "left23e fire in the fireplace stays controlled",
			text: "Fire in the fireplace caused second degree burns of the right hand.",
			want: []string{"X02.0XXA"}, not: []string{"X00.0XXA"}},
		{name: "left23e drowning in a home pool is a swimming pool",
			text: "Accidental non-fatal drowning in the home pool, pulled out by her father within a minute.",
			want: []string{"T75.1XXA", "W67.XXXA"}, not: []string{"W74.XXXA"}},
		{name: "left23e drowning in a lake stays natural water",
			text: "Near drowning in a lake while swimming; lungs clear.",
			want: []string{"T75.1XXA", "W69.XXXA"}, not: []string{"W67.XXXA"}},
		{name: "left23e ice water immersion is a treatment",
			text:    "Exertional heat stroke at a marathon; ice water immersion in the medical tent, then transported. Rhabdomyolysis.",
			setting: model.Inpatient,
			want:    []string{"T67.02XA"}, not: []string{"T75.1XXA"}},
		{name: "left23e immersion in a river stays a submersion",
			text: "Immersion in the icy river for 10 minutes after the canoe tipped; hypothermia.",
			want: []string{"T75.1XXA", "T68.XXXA"}},
		{name: "left23e assault with hot liquid",
			text: "Second degree burn of the left cheek from assault with hot liquid.",
			want: []string{"T20.26XA", "X98.2XXA"}, not: []string{"X12.XXXA", "Y09"}},
		{name: "left23e assaulted with hot coffee",
			text: "She was assaulted with hot coffee thrown at her face; second degree burn of the left cheek.",
			want: []string{"X98.2XXA"}, not: []string{"Y09"}},
		{name: "left23e accidental hot liquid is no assault",
			text: "Spilled hot coffee on the back of her right hand at home; second degree burn of the right hand.",
			want: []string{"X10.0XXA"}, not: []string{"X98.2XXA"}},
	}...)
}
