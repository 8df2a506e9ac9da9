package coder

import (
	"notecoder/cdi/model"
)

// substanceLevel ranks the fourth character of a psychoactive substance code
// (F10-F19): dependence (2) over abuse (1) over use (9), the hierarchy of
// guideline I.C.5.b.2; 0 for any other code.
func substanceLevel(code string) int {
	if len(code) < 5 || code[0] != 'F' || code[1] != '1' || code[3] != '.' {
		return 0
	}
	switch code[4] {
	case '2':
		return 3
	case '1':
		return 2
	case '9':
		return 1
	}
	return 0
}

// substanceHierarchy applies guideline I.C.5.b.2 to the present codes of
// one substance (F10-F19): when a note documents its use, abuse and
// dependence at once only the highest level is coded, and a disorder the
// lower level's code combined with it (intoxication, withdrawal, an induced
// disorder) moves to the highest level's combination code. "Alcohol use
// disorder, severe" (F10.20) beside "acute alcohol intoxication,
// uncomplicated" (read as F10.120) is F10.220; "cannabis use disorder,
// mild" (F12.10) with "cannabis-induced anxiety disorder" (F12.980) is
// F12.180. A higher-level code in remission (F11.21) takes no current
// disorder, so nothing moves to it: both stay for the reader.
func (e *Engine) substanceHierarchy(codes []model.Code) []model.Code {
	type group struct{ top, topAt int }
	var groups map[string]*group
	for i, c := range codes {
		lv := substanceLevel(c.Code)
		if lv == 0 || c.Assertion != model.Present {
			continue
		}
		if groups == nil {
			groups = map[string]*group{}
		}
		g := groups[c.Code[:3]]
		if g == nil {
			g = &group{topAt: -1}
			groups[c.Code[:3]] = g
		}
		if lv > g.top {
			g.top, g.topAt = lv, i
		}
	}
	if len(groups) == 0 {
		return codes
	}
	drop := make([]bool, len(codes))
	changed := false
	for cat, g := range groups {
		top := codes[g.topAt].Code
		topDigit := top[4]
		// The top level's own suffix: "0" (uncomplicated, F10.20) takes a
		// disorder from below; a remission ("1", F11.21) or a code that
		// already names a disorder keeps what it says.
		plain := len(top) == 6 && top[5] == '0'
		// The specific kinds first: "intoxication, uncomplicated" (F10.120)
		// rather than the bare "intoxicated" of a chief complaint (F10.129).
		order := make([]int, 0, len(codes))
		for pass := 0; pass < 2; pass++ {
			for i, c := range codes {
				if c.Code == "" || c.Code[:min(3, len(c.Code))] != cat {
					continue
				}
				if unspec := c.Code[len(c.Code)-1] == '9'; unspec == (pass == 1) {
					order = append(order, i)
				}
			}
		}
		var family byte // the disorder (5th character) moved up, once it has
		for _, i := range order {
			c := &codes[i]
			if drop[i] || i == g.topAt || c.Assertion != model.Present || len(c.Code) < 5 || c.Code[:3] != cat {
				continue
			}
			lv := substanceLevel(c.Code)
			if lv == 0 || lv >= g.top {
				continue
			}
			suffix := c.Code[5:]
			if suffix == "0" || suffix == "" {
				// Use or abuse, uncomplicated, beside the higher level: the
				// higher level says it.
				drop[i], changed = true, true
				continue
			}
			if family != 0 && suffix[0] == family {
				// A less specific reading of the disorder already moved up.
				drop[i], changed = true, true
				continue
			}
			if !plain || suffix[0] == '1' && len(suffix) == 1 {
				continue
			}
			alt := c.Code[:4] + string(topDigit) + suffix
			if ci, ok := e.cs.Lookup(alt); !ok || !ci.Billable {
				continue
			}
			// The combination replaces the uncomplicated top code (once:
			// a second disorder below stays as it was read).
			t := &codes[g.topAt]
			t.Code, t.Title = alt, e.title(alt)
			t.Evidence = mergeSpans(t.Evidence, c.Evidence)
			t.Why += "; with " + c.Code + " at the higher level (I.C.5.b.2)"
			drop[i], changed, plain, family = true, true, false, suffix[0]
		}
	}
	if !changed {
		return codes
	}
	out := codes[:0]
	for i, c := range codes {
		if !drop[i] {
			out = append(out, c)
		}
	}
	return out
}
