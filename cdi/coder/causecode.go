package coder

import (
	"slices"
	"strings"
	"sync"
)

// causeCodeRule is a row of data/cause_code.tsv: the code a condition takes
// when its documented cause is coded in one of ranges.
type causeCodeRule struct {
	ranges [][2]string // inclusive bounds, code prefixes of any length
	code   string
}

// causeCodes reads data/cause_code.tsv once, keyed by the code a mention
// reached; a code's rows keep their file order.
var causeCodes = sync.OnceValue(func() map[string][]causeCodeRule {
	m := map[string][]causeCodeRule{}
	for _, f := range rows("cause_code.tsv") {
		if len(f) != 3 {
			panic("cause_code.tsv: want 3 fields: " + strings.Join(f, "\t"))
		}
		r := causeCodeRule{code: strings.TrimSpace(f[2])}
		r.ranges = codeRanges(f[1])
		k := strings.TrimSpace(f[0])
		m[k] = append(m[k], r)
	}
	return m
})

// causeOfKind returns the code the index gives code's condition for a
// documented cause of cause's kind (data/cause_code.tsv: "pulmonary
// hypertension due to COPD" J44.9 is I27.23, the group of lung diseases),
// else "".
func causeOfKind(code, cause string) string {
	for _, r := range causeCodes()[code] {
		for _, rg := range r.ranges {
			if inCodeRange(cause, rg[0], rg[1]) {
				return r.code
			}
		}
	}
	return ""
}

// inCodeRange reports whether code lies between the prefixes lo and hi,
// each compared on code's first characters of its own length.
func inCodeRange(code, lo, hi string) bool {
	if len(code) < len(lo) || len(code) < len(hi) {
		return false
	}
	return code[:len(lo)] >= lo && code[:len(hi)] <= hi
}

// excludesApart reads data/excludes_apart.tsv once: pairs of code prefixes
// an Excludes1 note joins that name unrelated conditions when each is read
// from words of its own.
var excludesApart = sync.OnceValue(func() [][2]string { return prefixPairs("excludes_apart.tsv") })

// excludesNamed reads data/excludes_named.tsv once: pairs of code prefixes
// (kept, dropped) where the dropped code's Excludes1 note names the kept one
// as the condition's own code, however less specific it looks.
var excludesNamed = sync.OnceValue(func() [][2]string { return prefixPairs("excludes_named.tsv") })

// prefixPairs reads a data file of two code prefixes a row.
func prefixPairs(file string) [][2]string {
	var out [][2]string
	for _, f := range rows(file) {
		if len(f) != 2 {
			panic(file + ": want 2 fields: " + strings.Join(f, "\t"))
		}
		out = append(out, [2]string{strings.TrimSpace(f[0]), strings.TrimSpace(f[1])})
	}
	return out
}

// namedKept reports whether code a is the kept one of a pair of
// data/excludes_named.tsv whose dropped one is b.
func namedKept(a, b string) bool {
	return slices.ContainsFunc(excludesNamed(), func(p [2]string) bool {
		return strings.HasPrefix(a, p[0]) && strings.HasPrefix(b, p[1])
	})
}

// apartPair reports whether codes a and b, in either order, are a pair of
// data/excludes_apart.tsv.
func apartPair(a, b string) bool {
	for _, p := range excludesApart() {
		if strings.HasPrefix(a, p[0]) && strings.HasPrefix(b, p[1]) || strings.HasPrefix(b, p[0]) && strings.HasPrefix(a, p[1]) {
			return true
		}
	}
	return false
}

// codeRanges reads a data field of code ranges ("I05-I09 I11 I20-I25"): a
// code alone is the range from it to itself. cause_kind.tsv and
// cause_code.tsv share the form.
func codeRanges(field string) [][2]string {
	var out [][2]string
	for _, x := range strings.Fields(field) {
		lo, hi, ok := strings.Cut(x, "-")
		if !ok {
			hi = lo
		}
		out = append(out, [2]string{lo, hi})
	}
	return out
}
