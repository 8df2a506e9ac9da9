package text

import (
	"strconv"
	"strings"
	"sync"
)

type contentCue struct {
	kind   int
	weight float64
	norms  []string
}

type contentLex struct {
	kinds    []string
	byFirst  map[string][]int
	suffixes []int // cues that are "*suffix"
	cues     []contentCue
	suffix   []string
}

var (
	contentOnce sync.Once
	contLex     *contentLex
)

func contentLexicon() *contentLex {
	contentOnce.Do(func() {
		l, err := parseCues(mustData("section_cues.tsv"))
		if err != nil {
			panic("text: embedded section_cues.tsv: " + err.Error())
		}
		contLex = l
	})
	return contLex
}

func parseCues(data string) (*contentLex, error) {
	l := &contentLex{byFirst: map[string][]int{}}
	kindIdx := map[string]int{}
	for _, f := range splitTSV(data) {
		if len(f) < 3 {
			return nil, &ErrBadData{"section_cues.tsv", joinFields(f), "want kind, weight, phrase"}
		}
		w, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return nil, &ErrBadData{"section_cues.tsv", joinFields(f), "bad weight"}
		}
		k, ok := kindIdx[f[0]]
		if !ok {
			k = len(l.kinds)
			kindIdx[f[0]] = k
			l.kinds = append(l.kinds, f[0])
		}
		c := contentCue{kind: k, weight: w}
		if strings.HasPrefix(f[2], "*") {
			l.cues = append(l.cues, c)
			l.suffixes = append(l.suffixes, len(l.cues)-1)
			l.suffix = append(l.suffix, strings.ToLower(f[2][1:]))
			continue
		}
		for _, t := range Tokenize(f[2]) {
			c.norms = append(c.norms, t.Norm)
		}
		if len(c.norms) == 0 {
			continue
		}
		l.cues = append(l.cues, c)
		l.byFirst[c.norms[0]] = append(l.byFirst[c.norms[0]], len(l.cues)-1)
	}
	return l, nil
}

// maxContentBytes bounds how much text ClassifyContent reads; the opening
// of a section decides its kind.
const maxContentBytes = 4096

func classifyContent(text string) string {
	if len(text) > maxContentBytes {
		text = text[:maxContentBytes]
	}
	l := contentLexicon()
	scores := make([]float64, len(l.kinds))
	// a header on the first line settles it
	first := strings.TrimSpace(text)
	if i := strings.IndexByte(first, '\n'); i >= 0 {
		first = first[:i]
	}
	if h, ok := parseHeader(first); ok && !h.unknown {
		if h.kind != kindSub {
			return h.kind
		}
		for k, name := range l.kinds {
			if name == ROS || name == Exam {
				scores[k] += 2
			}
		}
	}
	toks := Tokenize(text)
	seen := make([]bool, len(l.cues))
	words := 0
	for i, t := range toks {
		if t.Kind == Punct {
			continue
		}
		words++
		for _, ci := range l.byFirst[t.Norm] {
			c := &l.cues[ci]
			if seen[ci] || i+len(c.norms) > len(toks) {
				continue
			}
			ok := true
			for k := 1; k < len(c.norms); k++ {
				if toks[i+k].Norm != c.norms[k] {
					ok = false
					break
				}
			}
			if ok {
				seen[ci] = true
				scores[c.kind] += c.weight
			}
		}
		if t.Kind == Word {
			for j, ci := range l.suffixes {
				if !seen[ci] && len(t.Norm) > len(l.suffix[j])+2 && strings.HasSuffix(t.Norm, l.suffix[j]) {
					seen[ci] = true
					scores[l.cues[ci].kind] += l.cues[ci].weight
				}
			}
		}
	}
	// narrative length is itself a cue: long prose is history of present
	// illness, lists of findings are short
	if words > 40 {
		for k, name := range l.kinds {
			if name == HPI {
				scores[k] += float64(words-40) / 15
			}
		}
	}
	best, bestScore := -1, 0.0
	for k, s := range scores {
		if s > bestScore {
			best, bestScore = k, s
		}
	}
	if best < 0 {
		if words == 0 {
			return Other
		}
		if words <= 10 {
			return ChiefComplaint
		}
		return HPI
	}
	return l.kinds[best]
}
