package coder

import (
	"slices"

	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

// admitGap is how many tokens may stand between an admission word and the
// recovery stay it names ("admitted to the acute rehab").
const admitGap = 3

// recoveryStay holds data/recovery_stay.tsv: the phrases naming a stay for
// the healing or recovery phase (by first token norm) and the admission
// words that make it this stay.
type recoveryStay struct {
	stays map[string][]stayPhrase
	admit map[string]bool
	// last holds the word ids of the stay phrases' last words, and gate,
	// indexed by word id, the same once the vocabulary is complete: a
	// section none of whose content words is one is no recovery stay, read
	// with one slice load per word instead of a map look-up per token.
	last []wid
	gate []bool
	// firstLen marks, by a stay phrase's first byte, the lengths (bit
	// len, under 64) of the first token norms of stays: in screens each
	// token with it before its map look-up, 50 of which per costly 1 KB
	// section cost ~5 k instructions; odd marks a first norm the screen
	// cannot hold (empty, or of 64 bytes or more): such tokens are then
	// looked up without it.
	firstLen [256]uint64
	odd      bool
}

// stayPhrase is one stay phrase of data/recovery_stay.tsv in token norms;
// anySetting marks a "home" row, a stay that is itself an outpatient
// encounter of the recovery phase (a home health start of care), read in
// every setting, while the other stays are inpatient admissions only: an
// emergency visit's "admitted to a SNF last year" says nothing of its new
// fracture.
type stayPhrase struct {
	words      []string
	anySetting bool
	// bare marks a "visit" row, a phrase that names this encounter as the
	// follow-up of an earlier one by itself ("follow-up after emergency
	// department visit"), with no admission word beside it.
	bare bool
}

// loadRecovery reads data/recovery_stay.tsv.
func (e *Engine) loadRecovery() recoveryStay {
	r := recoveryStay{stays: map[string][]stayPhrase{}, admit: map[string]bool{}}
	for _, f := range rows("recovery_stay.tsv") {
		if len(f) != 2 {
			continue
		}
		var ph []string
		for _, t := range text.Tokenize(f[1]) {
			if t.Kind != text.Punct {
				ph = append(ph, t.Norm)
			}
		}
		if len(ph) == 0 {
			continue
		}
		switch f[0] {
		case "stay", "home", "visit":
			r.stays[ph[0]] = append(r.stays[ph[0]], stayPhrase{words: ph, anySetting: f[0] != "stay", bare: f[0] == "visit"})
			if n := len(ph[0]); n > 0 && n < 64 {
				r.firstLen[ph[0][0]] |= 1 << n
			} else {
				r.odd = true
			}
			if ws := normWords(f[1]); len(ws) > 0 {
				r.last = append(r.last, e.lx.v.add(ws[len(ws)-1]))
			}
		case "admit":
			r.admit[ph[0]] = true
		}
	}
	return r
}

// mayStart reports whether a stay phrase may start with the token norm nm
// (firstLen): false only when none does.
func (r *recoveryStay) mayStart(nm string) bool {
	if len(nm) == 0 || len(nm) >= 64 {
		return r.odd
	}
	return r.firstLen[nm[0]]&(1<<len(nm)) != 0
}

// in reports whether toks (a section) say the patient was admitted for a
// recovery stay: a stay phrase with an admission word up to admitGap tokens
// before it, no punctuation between, or right after it (a dash between
// them allowed: "HOME HEALTH - START OF CARE"). A "visit" row counts by
// itself. Outside an inpatient setting only the "home" and "visit" rows
// count.
func (r *recoveryStay) in(toks []text.Token, inpatient bool) bool {
	for j := range toks {
		if !r.mayStart(toks[j].Norm) {
			continue
		}
		for _, sp := range r.stays[toks[j].Norm] {
			ph := sp.words
			if j+len(ph) > len(toks) || !inpatient && !sp.anySetting {
				continue
			}
			// A hyphen inside the phrase is passed over: "follow-up",
			// "POST-ED" are the words "follow up", "post ed".
			k, m := 0, j
			for k < len(ph) && m < len(toks) {
				if k > 0 && toks[m].Text == "-" {
					m++
					continue
				}
				if toks[m].Norm != ph[k] {
					break
				}
				k, m = k+1, m+1
			}
			if k < len(ph) {
				continue
			}
			if sp.bare {
				return true
			}
			end := m
			if end+1 < len(toks) && toks[end].Text == "-" {
				end++
			}
			if end < len(toks) && r.admit[toks[end].Norm] {
				return true
			}
			for b := j - 1; b >= 0 && b >= j-1-admitGap && toks[b].Kind != text.Punct; b-- {
				if r.admit[toks[b].Norm] {
					return true
				}
			}
		}
	}
	return false
}

// recoverySection reports, once per section (cached in sb), whether the
// section says this is a recovery stay (recoveryStay.in). A section with no
// content word ending a stay phrase (sb.vts; gate) is not read further.
func (e *Engine) recoverySection(sb *scratchBuf, toks []text.Token, inpatient bool) bool {
	if sb.recovery == 0 {
		sb.recovery = 1
		gate := e.recovery.gate
		for _, v := range sb.vts {
			if int(v.w) < len(gate) && gate[v.w] {
				if e.recovery.in(toks, inpatient) {
					sb.recovery = 2
				}
				break
			}
		}
	}
	return sb.recovery == 2
}

// recoveryEpisodes gives the injuries another section of a recovery stay's
// note (SectionResult.Recovery) codes as initial encounters ("Admitted to acute rehab after ORIF" in
// the HPI, "# Left intertrochanteric femur fracture - PT" in the assessment)
// the subsequent encounter's 7th character (I.C.19.a: routine care in the
// healing or recovery phase), as emit does within the recovery section
// itself. Only a code at its default initial meaning ("initial encounter for
// closed fracture", no other word of the note chose it) changes, to the
// default subsequent one (routine healing), both read from the tabular's 7th
// character definitions.
func (e *Engine) recoveryEpisodes(codes []model.Code) []model.Code {
	changed := false
	for i := range codes {
		c := &codes[i]
		if c.Assertion != model.Present || len(c.Code) < 8 {
			continue
		}
		cc, ok := e.cs.Lookup(c.Code)
		if !ok || len(cc.SevenChr) == 0 || cc.Parent == "" {
			continue
		}
		base, ok := e.cs.Lookup(cc.Parent)
		if !ok {
			continue
		}
		if init := e.seventh(base, nil, epInitial); init == nil || init.Code != c.Code {
			continue
		}
		sub := e.seventh(base, nil, epSubsequent)
		if sub == nil || sub.Code == c.Code {
			continue
		}
		c.Why += "; " + c.Code + " read in a recovery stay: the subsequent encounter (I.C.19.a)"
		c.Code, c.Title = sub.Code, sub.Title
		changed = true
	}
	if changed {
		codes = mergeCodesInPlace(codes)
	}
	return codes
}

// dropEndedBefore drops, from a recovery stay's note (SNF, inpatient rehab),
// the conditions its recap of the acute stay says resolved (markEnded:
// "Hospital course c/b postop delirium, now resolved"): a condition of a
// previous encounter that no longer exists is not coded (I.C.21.c.4), unless
// another mention of it, not said to have ended, keeps it ("delirium,
// improving" in the assessment).
func dropEndedBefore(codes []model.Code) []model.Code {
	return slices.DeleteFunc(codes, func(c model.Code) bool {
		if c.Marks&markEnded == 0 {
			return false
		}
		return !slices.ContainsFunc(codes, func(o model.Code) bool { return o.Code == c.Code && o.Marks&markEnded == 0 })
	})
}
