package coder

import "notecoder/cdi/model"

// Cases for eyeent22: eye, ENT and dental wording that the eyeent notes showed miscoded (the slit
// lamp's "SLE OD", a gas tamponade, symptoms routine to the eye, ear, throat and mouth diseases,
// low vision categories named for both eyes, the sudden hearing loss).
func init() {
	cases = append(cases, []tc{
		{name: "eyeent22-sle-eye-next", text: "SLE OD: 2 mm stromal infiltrate with an epithelial defect, no hypopyon.", setting: model.Outpatient, not: []string{"M32.9"}},
		{name: "eyeent22-is-a-concern", text: "Right optic neuritis. Demyelinating disease is a concern; MRI ordered.", setting: model.Outpatient, want: []string{"H46.9"}, not: []string{"G37.9"}},
		{name: "eyeent22-gas-tamponade", text: "Pars plana vitrectomy and endolaser with C3F8 gas tamponade, right eye.", setting: model.Inpatient, not: []string{"I31.4"}},
		{name: "eyeent22-seborrheic-blepharitis", text: "Seborrheic blepharitis, left lower eyelid.", setting: model.Outpatient, want: []string{"H01.025"}, not: []string{"L21.9", "H01.005"}},
		{name: "eyeent22-low-vision-both-eyes-category", text: "Low vision, category 2 in both eyes.", setting: model.Outpatient, want: []string{"H54.2X22"}, not: []string{"H54.2X"}},
		{name: "eyeent22-sudden-sensorineural-loss", text: "Sudden sensorineural hearing loss in the left ear.", setting: model.Outpatient, want: []string{"H91.22"}, not: []string{"H90.42"}},
		{name: "eyeent22-chronic-rhinosinusitis-pansinusitis", text: "Chronic rhinosinusitis, pansinusitis on CT.", setting: model.Outpatient, want: []string{"J32.4"}, not: []string{"J32.9"}},
		{name: "eyeent22-toothache-of-abscess", text: "Throbbing tooth pain for 3 days; periapical abscess of #19 without sinus tract.", setting: model.Outpatient, want: []string{"K04.7"}, not: []string{"K08.89"}},
		{name: "eyeent22-hoarseness-of-laryngitis", text: "Hoarseness for 6 months. Laryngoscopy: chronic laryngitis.", setting: model.Outpatient, want: []string{"J37.0"}, not: []string{"R49.0"}},
		{name: "eyeent22-nystagmus-of-bppv", text: "Dix-Hallpike right positive with torsional nystagmus: benign paroxysmal positional vertigo, right ear.", setting: model.Outpatient, want: []string{"H81.11"}, not: []string{"H55.00"}},
		{name: "eyeent22-orbital-fat-herniation", text: "CT: left orbital floor fracture with herniation of fat, no entrapment.", setting: model.Inpatient, want: []string{"S02.32XA"}, not: []string{"K46.9"}},
		{name: "eyeent22-optic-neuritis-symptoms", text: "Retrobulbar optic neuritis of the right eye with blurred vision and a central scotoma.", setting: model.Outpatient, want: []string{"H46.11"}, not: []string{"H53.8", "H53.411"}},
		{name: "eyeent22-abrasion-photophobia", text: "Corneal abrasion of the left eye with pain and photophobia.", setting: model.Outpatient, want: []string{"S05.02XA"}, not: []string{"H57.12", "H53.149"}},
		{name: "eyeent22-throat-pain-of-pta", text: "Peritonsillar abscess on the right with severe throat pain.", setting: model.Inpatient, want: []string{"J36"}, not: []string{"R07.0"}},
		{name: "eyeent22-chemosis-of-orbital-cellulitis", text: "Orbital cellulitis of the right eye with chemosis and proptosis.", setting: model.Inpatient, want: []string{"H05.011"}, not: []string{"H11.421"}},
		{name: "eyeent22-both-ears-then-without-tail", text: "Recurrent acute suppurative otitis media, both ears, without rupture of the ear drum.", setting: model.Outpatient, want: []string{"H66.006"}, not: []string{"H66.007"}},
		{name: "eyeent22-both-eyes-then-with-tail", text: "Acute allergic (atopic) conjunctivitis, both eyes, with seasonal allergic rhinitis flare.", setting: model.Outpatient, want: []string{"H10.13", "J30.2"}, not: []string{"H10.10"}},
		{name: "eyeent22-amd-distortion", text: "Sees distortion in the left eye for a week. Exudative AMD, left eye, with active CNV.", setting: model.Outpatient, want: []string{"H35.3221"}, not: []string{"Q15.8"}},
		{name: "eyeent22-ruptured-globe-deformity", text: "CT: right globe contour deformity. Ruptured right globe with prolapse of uveal tissue.", setting: model.Inpatient, want: []string{"S05.21XA"}, not: []string{"Q15.8"}},
		{name: "eyeent22-scratched-by-person", text: "Corneal abrasion, left eye. She was accidentally scratched by a person at work.", setting: model.Outpatient, want: []string{"S05.02XA", "W50.4XXA"}},
		{name: "eyeent22-fight", text: "Punched in the face during a fight. Closed fracture of the right orbital floor.", setting: model.Inpatient, want: []string{"S02.31XA", "Y04.0XXA"}, not: []string{"Y09"}}, // Assault, fight Y04.0 (left23c: the walk reads "fight" as the assault word and as its subterm),
		{name: "eyeent22-side-clause-then-with-inside-clause", text: "Assessment: nonexudative AMD, bilateral, advanced atrophic with subfoveal involvement.", setting: model.Outpatient, want: []string{"H35.3134"}, not: []string{"H35.3194"}},
	}...)
}
