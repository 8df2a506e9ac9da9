package coder

import (
	"strings"

	"notecoder/cdi/model"
)

// dmMain is the index main term whose own code is the diabetes of no stated
// type ("Diabetes, diabetic (mellitus) (sugar) E11.9"; I.C.4.a.2).
const dmMain = "Diabetes, diabetic"

// defaultDiabetes returns the category the index gives a diabetes of no
// stated type (its main term's own code, E11), or "".
func (e *Engine) defaultDiabetes() string {
	if e.ix == nil {
		return ""
	}
	for _, m := range e.ix.byTitle[strings.ToLower(dmMain)] {
		if len(m.code) >= 3 {
			return m.code[:3]
		}
	}
	return ""
}

// statedDiabetesType moves the diabetes codes read without a type ("DKA",
// "diabetic nephropathy": the index's "Diabetes, diabetic, with" subterms,
// default E11) to the one type the note states elsewhere ("Type 1
// diabetic." E10.9): the default applies only when the record documents no
// type (I.C.4.a.2). The code of the stated type is the one whose tabular
// title says the same after "diabetes mellitus" (E11.10 "Type 2 diabetes
// mellitus with ketoacidosis without coma" -> E10.10); a complication the
// stated type has no code for keeps the default. A note stating two types,
// or the default type itself, is left as it is.
func (e *Engine) statedDiabetesType(codes []model.Code) []model.Code {
	def := e.dmDefault
	if def == "" {
		return codes
	}
	stated := ""
	for _, c := range codes {
		if c.Assertion != model.Present || len(c.Code) < 3 || c.Code[0] != def[0] {
			continue
		}
		if c.Code[:3] == def {
			if !untypedDiabetes(c.Why) {
				// The note states the default type itself ("T2DM"
				// beside a steroid-induced diabetes): nothing moves.
				return codes
			}
			continue
		}
		if !e.diabetesCat(c.Code[:3]) {
			continue
		}
		if stated != "" && stated != c.Code[:3] {
			return codes
		}
		stated = c.Code[:3]
	}
	if stated == "" {
		return codes
	}
	moved := false
	for i := range codes {
		c := &codes[i]
		if c.Assertion != model.Present || !strings.HasPrefix(c.Code, def) || !untypedDiabetes(c.Why) {
			continue
		}
		alt := stated + c.Code[3:]
		if k, ok := e.cs.Lookup(alt); !ok || !k.Billable || afterMellitus(k.Title) != afterMellitus(c.Title) {
			continue
		}
		c.Code, c.Title = alt, e.title(alt)
		c.Why += "; the type the note states (I.C.4.a.2)"
		moved = true
	}
	if moved {
		codes = mergeCodesInPlace(codes)
	}
	return codes
}

// diabetesCat reports a category of diabetes mellitus by its tabular title
// ("Type 1 diabetes mellitus", "Other specified diabetes mellitus").
func (e *Engine) diabetesCat(cat string) bool {
	return strings.HasSuffix(strings.ToLower(e.title(cat)), "diabetes mellitus")
}

// untypedDiabetes reports an index reading of the diabetes main term that
// named no type: the term itself or its "with" subterms.
func untypedDiabetes(why string) bool {
	return why == dmMain || strings.HasPrefix(why, dmMain+" > with >") || strings.HasPrefix(why, dmMain+";")
}

// afterMellitus is a diabetes title after its "diabetes mellitus" ("with
// ketoacidosis without coma"), or the whole title.
func afterMellitus(t string) string {
	if k := strings.Index(t, "diabetes mellitus"); k >= 0 {
		return t[k+len("diabetes mellitus"):]
	}
	return t
}

// pregnancyDiabetesType moves a diabetes of pregnancy read without a type
// ("Type 2 diabetes mellitus in pregnancy" matched as "Diabetes, complicating
// pregnancy", O24.91-) to the chapter 15 code of the one type the note codes
// (E11.9 beside it): guideline I.C.15.g codes pre-existing diabetes in
// pregnancy by its type (O24.0-, O24.1-, O24.3-, O24.8-) with the E code
// beside it. The code of the type is the O24 code with the same words after
// "diabetes mellitus" (its trimester, childbirth or puerperium) whose
// title names the E category's type ("Pre-existing type 2 diabetes
// mellitus, in pregnancy, second trimester", O24.112).
func (e *Engine) pregnancyDiabetesType(codes []model.Code) []model.Code {
	stated := ""
	for _, c := range codes {
		if c.Assertion != model.Present || len(c.Code) < 3 || c.Code[0] != 'E' || !e.diabetesCat(c.Code[:3]) {
			continue
		}
		if untypedDiabetes(c.Why) {
			// The default type of a diabetes the note does not type
			// ("Pregnant with diabetes": E11.9 by I.C.4.a.2) states
			// none: O24.91- stays.
			continue
		}
		if stated != "" && stated != c.Code[:3] {
			return codes
		}
		stated = c.Code[:3]
	}
	if stated == "" {
		return codes
	}
	norm := func(t string) string { return strings.TrimSpace(strings.ReplaceAll(afterMellitus(t), ",", "")) }
	// The type as its category's title names it ("type 2" of "Type 2
	// diabetes mellitus"); a category that names none (E13 "Other
	// specified") is left alone.
	typ, _, _ := strings.Cut(strings.ToLower(e.title(stated)), "diabetes mellitus")
	if typ = strings.TrimSpace(typ); !strings.HasPrefix(typ, "type ") {
		return codes
	}
	moved := false
	for i := range codes {
		c := &codes[i]
		if c.Assertion != model.Present || !strings.HasPrefix(c.Code, "O24.") || !strings.HasPrefix(c.Title, "Unspecified diabetes mellitus") {
			continue
		}
		want := norm(c.Title)
		var alt string
		var walk func(code string)
		walk = func(code string) {
			for _, k := range e.cs.Children(code) {
				if alt != "" {
					return
				}
				if k.Billable && strings.Contains(strings.ToLower(k.Title), typ+" diabetes") && norm(k.Title) == want {
					alt = k.Code
					return
				}
				walk(k.Code)
			}
		}
		walk("O24")
		if alt == "" {
			continue
		}
		c.Code, c.Title = alt, e.title(alt)
		c.Why += "; the type of diabetes the note codes (I.C.15.g)"
		moved = true
	}
	if moved {
		codes = mergeCodesInPlace(codes)
	}
	return codes
}
