package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"notecoder/cdi/coder"
	"notecoder/cdi/codeset"
	"notecoder/cdi/model"
)

// codiespDoc is one line of the CodiEsp JSONL file.
type codiespDoc struct {
	ID    string   `json:"id"`
	Split string   `json:"split"`
	Text  string   `json:"text"`
	Gold  []string `json:"dx_codes"`
}

// Scoring levels, from strict to lenient (the CodiEsp gold is FY2018
// CIE-10-ES: most injury codes lack the 7th character).
var codiespLevels = []string{"exact", "no7th", "prefix", "first4", "category"}

// prf accumulates micro precision/recall counts.
type prf struct{ tpP, nP, tpG, nG int }

// add sums another document's counts into c.
func (c *prf) add(o prf) { c.tpP += o.tpP; c.nP += o.nP; c.tpG += o.tpG; c.nG += o.nG }

func (c prf) scores() (p, r, f float64) {
	if c.nP > 0 {
		p = float64(c.tpP) / float64(c.nP)
	}
	if c.nG > 0 {
		r = float64(c.tpG) / float64(c.nG)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// evalCodiEsp codes every CodiEsp case report with the inpatient setting and
// prints micro P/R/F1 per split (train, dev, all) at five levels, on the raw
// gold, on the gold without codes whose findings were all negated, and on the
// raw gold with retired FY2018 codes mapped to FY2026 (see mapGold).
//
// "Negated gold" is approximated with the coder's own reading: a gold code is
// removed when the coder found at least one mention of it (same first four
// characters) and every such mention was negated or hypothetical. Gold codes
// the coder never read stay in. The corpus codes some negated findings; US
// guidelines do not, hence the two numbers.
func evalCodiEsp(path string, stdout, stderr io.Writer) int {
	docs, err := readCodiEsp(path)
	if err != nil {
		fmt.Fprintf(stderr, "eval: %v\n", err)
		return 1
	}
	start := time.Now()
	cs, err := codeset.Default()
	if err != nil {
		fmt.Fprintf(stderr, "eval: loading code set: %v\n", err)
		return 1
	}
	eng, err := coder.New(cs)
	if err != nil {
		fmt.Fprintf(stderr, "eval: %v\n", err)
		return 1
	}
	setup := time.Since(start)
	t0 := time.Now()
	nbytes := 0
	for i := range docs {
		nbytes += len(docs[i].Text)
	}
	results := codeAll(eng, len(docs), func(i int) (string, model.Context) {
		return docs[i].Text, model.Context{Setting: model.Inpatient}
	})
	coding := time.Since(t0)

	type key struct{ split, level string }
	raw := map[key]*prf{}
	clean := map[key]*prf{}
	mapped := map[key]*prf{}
	nMapped := map[string]int{}
	splits := map[string]bool{"all": true}
	removed := map[string]int{}
	goldN := map[string]int{}
	for i, d := range docs {
		pred := map[string]bool{}
		for _, c := range results[i].Codes {
			pred[c.Code] = true
		}
		gold := map[string]bool{}
		for _, g := range d.Gold {
			if n := codeset.Normalize(g); n != "" {
				gold[n] = true
			}
		}
		cleaned := map[string]bool{}
		for g := range gold {
			if negatedOnly(g, results[i].Findings) {
				removed[d.Split]++
				removed["all"]++
				continue
			}
			cleaned[g] = true
		}
		mg := map[string]bool{}
		for g := range gold {
			m := mapGold(cs, g)
			if m != g {
				nMapped[d.Split]++
				nMapped["all"]++
			}
			mg[m] = true
		}
		goldN[d.Split] += len(gold)
		goldN["all"] += len(gold)
		splits[d.Split] = true
		for _, lv := range codiespLevels {
			r := scoreLevel(lv, pred, gold)
			c := scoreLevel(lv, pred, cleaned)
			m := scoreLevel(lv, pred, mg)
			for _, sp := range []string{d.Split, "all"} {
				k := key{sp, lv}
				if raw[k] == nil {
					raw[k], clean[k], mapped[k] = &prf{}, &prf{}, &prf{}
				}
				raw[k].add(r)
				clean[k].add(c)
				mapped[k].add(m)
			}
		}
	}
	var names []string
	for s := range splits {
		names = append(names, s)
	}
	sort.Slice(names, func(i, j int) bool { return splitOrder(names[i]) < splitOrder(names[j]) })
	fmt.Fprintf(stdout, "CodiEsp: %d documents, %.1f MB; code set + engine %.2fs; coding %.2fs (%.2f MB/s on %d cores)\n\n",
		len(docs), float64(nbytes)/1e6, setup.Seconds(), coding.Seconds(), float64(nbytes)/1e6/coding.Seconds(), runtime.GOMAXPROCS(0))
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "split\tlevel\tP\tR\tF1\t\tP(clean)\tR(clean)\tF1(clean)\t\tP(mapped)\tR(mapped)\tF1(mapped)\t")
	for _, sp := range names {
		for _, lv := range codiespLevels {
			k := key{sp, lv}
			p, r, f := raw[k].scores()
			cp, cr, cf := clean[k].scores()
			mp, mr, mf := mapped[k].scores()
			fmt.Fprintf(tw, "%s\t%s\t%.3f\t%.3f\t%.3f\t\t%.3f\t%.3f\t%.3f\t\t%.3f\t%.3f\t%.3f\t\n", sp, lv, p, r, f, cp, cr, cf, mp, mr, mf)
		}
	}
	tw.Flush()
	fmt.Fprintln(stdout)
	for _, sp := range names {
		fmt.Fprintf(stdout, "%s: %d gold codes, %d removed as negated-only in the clean columns, %d mapped to FY2026 in the mapped columns\n", sp, goldN[sp], removed[sp], nMapped[sp])
	}
	return 0
}

// mapGold maps a FY2018 gold code that is no longer a valid code in FY2026 to
// its replacement when the code set makes it unambiguous: the old code became
// a header with exactly one "unspecified" child (R51 -> R51.9, M54.5 ->
// M54.50, R05 -> R05.9). Codes that lack a 7th character are left alone (the
// episode is not known); every other code is returned unchanged.
func mapGold(cs *codeset.Set, g string) string {
	cur := g
	for depth := 0; depth < 3; depth++ {
		c, ok := cs.Lookup(cur)
		if !ok || c.Billable || len(c.SevenChr) > 0 {
			break
		}
		var only *codeset.Code
		n := 0
		pt := strings.Count(strings.ToLower(c.Title), "unspecified")
		for _, k := range cs.Children(c.Code) {
			if strings.Count(strings.ToLower(k.Title), "unspecified") > pt {
				only = k
				n++
			}
		}
		if n != 1 {
			break
		}
		cur = only.Code
	}
	if c, ok := cs.Lookup(cur); ok && c.Billable {
		return cur
	}
	return g
}

func splitOrder(s string) int {
	switch s {
	case "dev":
		return 0
	case "train":
		return 1
	case "all":
		return 3
	}
	return 2
}

// negatedOnly reports whether the coder read gold code g only in negated or
// hypothetical mentions.
func negatedOnly(g string, fs []model.Finding) bool {
	k := first(undotCode(g), 4)
	seen, neg := false, true
	for _, f := range fs {
		if first(undotCode(f.Code), 4) != k {
			continue
		}
		seen = true
		if f.Assertion != model.Negated && f.Assertion != model.Hypothetical {
			neg = false
		}
	}
	return seen && neg
}

func undotCode(c string) string { return strings.ReplaceAll(c, ".", "") }

func first(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// strip7 removes a 7th character and trailing X placeholders.
func strip7(k string) string {
	if len(k) == 7 {
		k = k[:6]
	}
	return strings.TrimRight(k, "X")
}

// scoreLevel compares one document's predicted and gold codes at a level.
func scoreLevel(level string, pred, gold map[string]bool) prf {
	if level == "prefix" {
		// A prediction is right when it equals or refines a gold code; a
		// gold code is found when some prediction equals or refines it.
		var c prf
		c.nP, c.nG = len(pred), len(gold)
		for p := range pred {
			pk := undotCode(p)
			for g := range gold {
				if strings.HasPrefix(pk, undotCode(g)) {
					c.tpP++
					break
				}
			}
		}
		for g := range gold {
			gk := undotCode(g)
			for p := range pred {
				if strings.HasPrefix(undotCode(p), gk) {
					c.tpG++
					break
				}
			}
		}
		return c
	}
	conv := func(code string) string {
		k := undotCode(code)
		switch level {
		case "no7th":
			return strip7(k)
		case "first4":
			return first(k, 4)
		case "category":
			return first(k, 3)
		}
		return k
	}
	ps, gs := map[string]bool{}, map[string]bool{}
	for p := range pred {
		ps[conv(p)] = true
	}
	for g := range gold {
		gs[conv(g)] = true
	}
	var c prf
	c.nP, c.nG = len(ps), len(gs)
	for p := range ps {
		if gs[p] {
			c.tpP++
			c.tpG++
		}
	}
	return c
}

// codeAll codes n notes on all cores; note(i) gives the i-th note's text
// and context. The results are in input order.
func codeAll(eng *coder.Engine, n int, note func(i int) (string, model.Context)) []model.Result {
	results := make([]model.Result, n)
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				t, ctx := note(i)
				results[i] = eng.Code(t, ctx)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
	return results
}

// readJSONLines decodes each non-blank line of r (a file named path, lines up
// to max bytes) into a T, checks it with check (n is the line number), and
// returns them in order; an error names the file and the line. The eval
// inputs (CodiEsp, the own notes) share it.
func readJSONLines[T any](r io.Reader, path string, max int, check func(n int, d *T) error) ([]T, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), max)
	var out []T
	for n := 1; sc.Scan(); n++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var d T
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		if err := check(n, &d); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// readCodiEsp reads the JSONL file, gzip-compressed or not.
func readCodiEsp(path string) ([]codiespDoc, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var r io.Reader = bytes.NewReader(b)
	if len(b) > 2 && b[0] == 0x1f && b[1] == 0x8b {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		r = zr
	}
	docs, err := readJSONLines(r, path, 64<<20, func(n int, d *codiespDoc) error { return nil })
	if err != nil {
		return nil, err
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("%s: no documents", path)
	}
	return docs, nil
}
