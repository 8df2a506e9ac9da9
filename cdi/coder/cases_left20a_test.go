package coder

func init() {
	cases = append(cases, []tc{
		// 1. A cardiac device lead that moved or broke is a mechanical complication of the cardiac
		// electrode (Malposition / Breakdown, device, electronic, cardiac, electrode), not a
		// congenital displacement of the heart nor a fracture of bone.
		{name: "left20a atrial pacer lead dislodged", text: "Two days after implant the atrial pacer lead had dislodged.", setting: "inpatient", want: []string{"T82.120A"}, not: []string{"Q24.8"}},
		{name: "left20a displaced defibrillator lead", text: "Chest film shows a displaced defibrillator lead.", setting: "inpatient", want: []string{"T82.120A"}, not: []string{"Q24.8"}},
		{name: "left20a pacemaker lead displacement", text: "Admitted for pacemaker lead displacement with loss of capture.", setting: "inpatient", want: []string{"T82.120A"}, not: []string{"Q24.8"}},
		{name: "left20a ICD lead fracture", text: "Device check: ICD lead fracture with noise on the lead.", setting: "inpatient", want: []string{"T82.110A"}, not: []string{"T14.8XXA"}},
		{name: "left20a fractured defibrillator lead", text: "Inappropriate shocks from a fractured defibrillator lead.", setting: "inpatient", want: []string{"T82.110A"}, not: []string{"T14.8XXA"}},
		// 2. A cervical disc displaced at a named level (Disorder, disc, cervical, displacement, C5-C6).
		{name: "left20a displaced cervical disc at level", text: "MRI: displacement of the cervical intervertebral disc at C6-C7.", want: []string{"M50.223"}, not: []string{"M50.20"}},
		// 3. The lumbar muscles named after the strain are the low back's (S39.012).
		{name: "left20a strain of lumbar muscles", text: "Assessment: strain of lumbar muscles after lifting a couch.", want: []string{"S39.012A"}},
		{name: "left20a strain of lumbar paraspinal muscles", text: "Acute strain of the lumbar paraspinal muscles.", want: []string{"S39.012A"}},
		// 4. The neck's muscles named with the strain are the neck's strain (Strain, neck, S16.1), not an
		// unspecified muscle injury of the neck (S16.9).
		{name: "left20a neck muscle strain", text: "Neck muscle strain from sleeping in an awkward position.", want: []string{"S16.1XXA"}, not: []string{"S16.9XXA"}},
		{name: "left20a cervical paraspinal strain", text: "Assessment: cervical paraspinal muscle strain after a rear-end collision.", want: []string{"S16.1XXA"}, not: []string{"S16.9XXA"}},
	}...)
}
