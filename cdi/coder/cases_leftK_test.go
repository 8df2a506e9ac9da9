package coder

func init() {
	cases = append(cases, []tc{
		// The index files a device's problems under the problem, then the
		// grouping "device, implant or graft" (or "device, graft or
		// implant"), then the device: "Displacement, device, implant or
		// graft, catheter NEC, urinary, indwelling" (T83.021), "Infection,
		// due to or resulting from, device, implant or graft, catheter NEC,
		// dialysis" (T82.7). Notes name the device, never the grouping, and
		// an infection of a device without "due to" (I.C.19.g).
		{name: "leftK infected dialysis catheter", text: "Her tunneled hemodialysis catheter is infected; blood cultures drawn.", setting: "inpatient", want: []string{"T82.7XXA"}, not: []string{"B99.9"}},
		{name: "leftK infected av graft", text: "Infected arteriovenous graft of the left upper arm, admitted for IV antibiotics.", setting: "inpatient", want: []string{"T82.7XXA"}, not: []string{"B99.9", "T85.79XA"}},
		{name: "leftK cauti", text: "Admitted with CAUTI, catheter exchanged and cultures sent.", setting: "inpatient", want: []string{"T83.511A"}},
		{name: "leftK catheter-associated uti", text: "Klebsiella bacteremia from a catheter-associated UTI; Foley exchanged.", setting: "inpatient", want: []string{"T83.511A"}, not: []string{"T83.518A"}},
		{name: "leftK suprapubic catheter uti", text: "Catheter-related UTI in a man with a suprapubic catheter.", setting: "inpatient", want: []string{"T83.510A"}, not: []string{"T83.511A"}},
		{name: "leftK foley infection", text: "Infection due to the indwelling Foley catheter.", setting: "inpatient", want: []string{"T83.511A"}, not: []string{"N34.2"}},
		{name: "leftK displaced foley", text: "The Foley catheter became displaced overnight and was replaced.", setting: "inpatient", want: []string{"T83.021A"}},
		{name: "leftK pd catheter leak", text: "Leakage around the peritoneal dialysis catheter exit site.", setting: "inpatient", want: []string{"T85.631A"}},
		{name: "leftK urinary catheter breakdown", text: "Breakdown of her suprapubic cystostomy catheter.", setting: "inpatient", want: []string{"T83.010A"}},
		// An infected joint replacement is "Infection, <joint> NEC, due to
		// internal joint prosthesis" (T84.5-, by side), not pyogenic
		// arthritis: notes say "prosthetic", "replacement", "arthroplasty".
		{name: "leftK prosthetic hip infection", text: "Prosthetic right hip joint infection, for washout.", setting: "inpatient", want: []string{"T84.51XA"}, not: []string{"M00.9"}},
		{name: "leftK infected knee prosthesis", text: "Infected left total knee prosthesis with draining sinus.", setting: "inpatient", want: []string{"T84.54XA"}, not: []string{"M00.9", "B99.9"}},
		{name: "leftK infected knee replacement", text: "Infection of her right knee replacement.", setting: "inpatient", want: []string{"T84.53XA"}, not: []string{"M00.9"}},
		// An obstetric surgical wound: the index's "cesarean delivery
		// wound" (Infection, O86.0-) is named without "delivery"
		// ("C-section wound", "cesarean wound"); chapter 15 has priority
		// over the procedure's complication codes (I.C.15.a.1).
		{name: "leftK c-section wound infection", text: "Postpartum day 7: infection of the C-section wound, cellulitis spreading from the incision.", setting: "inpatient", want: []string{"O86.00"}, not: []string{"B99.9", "T81.40XA"}},
		{name: "leftK cesarean wound infection", text: "Cesarean section wound infection, started on cephalexin.", setting: "inpatient", want: []string{"O86.00"}, not: []string{"B99.9"}},

		// An encounter for chemotherapy or immunotherapy names the cancer
		// treated, not the word "neoplasm" of the index's "Encounter,
		// chemotherapy for neoplasm" (Z51.11) and "immunotherapy for
		// neoplasm" (Z51.12); the neoplasm is coded too (I.C.2.e.2).
		{name: "leftK chemo encounter", text: "Assessment: Encounter for chemotherapy for left breast cancer, cycle 2.", want: []string{"Z51.11", "C50.912"}},
		{name: "leftK immunotherapy encounter", text: "Assessment: Encounter for immunotherapy for non-small cell lung cancer of the right upper lobe.", want: []string{"Z51.12", "C34.11"}},
		// A cancer "after completed treatment" with nothing showing it is
		// still there is a history (I.C.2.d: Z85), not the cancer.
		{name: "leftK completed treatment history", text: "Assessment: Follow-up visit after completed treatment of colon cancer; colonoscopy clear.", want: []string{"Z85.038"}, not: []string{"C18.9"}},

		// Guards: a native joint's infection stays M00-M01, an infection
		// elsewhere with a device named in passing is not the device's.
		{name: "leftK native knee infection guard", text: "Infection of the right knee joint, aspirated.", setting: "inpatient", not: []string{"T84.53XA", "T84.50XA"}},
		{name: "leftK uti foley removed guard", text: "UTI. The Foley catheter was removed yesterday.", setting: "inpatient", want: []string{"N39.0"}, not: []string{"T83.511A", "T83.518A"}},
	}...)
}
