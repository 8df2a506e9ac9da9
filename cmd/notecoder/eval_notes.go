package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"text/tabwriter"

	"notecoder/cdi/coder"
	"notecoder/cdi/codeset"
	"notecoder/cdi/model"
)

// ownNote is one line of a notes gold file (testdata/usnotes.jsonl): a note
// written for the project in the style US clinicians write, with the codes a
// US coder assigns by the Official Guidelines. CodiEsp's gold follows a
// corpus's conventions (negated findings, symptoms beside their diagnosis,
// FY2018 codes); this gold follows the guidelines, so the two measures
// disagree by design and both are reported.
type ownNote struct {
	ID      string        `json:"id"`
	Set     string        `json:"set"` // group for the report ("inpatient", "lines", ...)
	Text    string        `json:"text"`
	Context model.Context `json:"context"`
	// Gold are the codes the note must get.
	Gold []string `json:"gold"`
	// Accept are codes right beside the gold that a coder may or may not
	// add (a status Z code, a family history): not wrong, not missing.
	Accept []string `json:"accept,omitempty"`
}

// errNotesFormat is returned for a notes file line without its fields.
var errNotesFormat = errors.New("a notes line needs id, text and gold (an empty list for a note that gets no code)")

// readNotes reads a notes gold file; every code must be a valid FY2026 code,
// so a typing slip in the gold fails loudly instead of scoring as a miss.
func readNotes(path string, cs *codeset.Set) ([]ownNote, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	notes, err := readJSONLines(bytes.NewReader(b), path, 16<<20, func(n int, d *ownNote) error {
		if d.ID == "" || d.Text == "" || d.Gold == nil {
			return fmt.Errorf("%s:%d: %w", path, n, errNotesFormat)
		}
		for _, list := range [][]string{d.Gold, d.Accept} {
			for i, c := range list {
				list[i] = codeset.Normalize(c)
				if x, ok := cs.Lookup(list[i]); !ok || !x.Billable {
					return fmt.Errorf("%s:%d: %s: %q is not a billable FY2026 code", path, n, d.ID, c)
				}
			}
		}
		if d.Set == "" {
			d.Set = "notes"
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(notes) == 0 {
		return nil, fmt.Errorf("%s: no notes", path)
	}
	return notes, nil
}

// notesScore counts one set's codes: right (predicted and gold or
// accepted), wrong (predicted, neither), gold found and gold missing.
type notesScore struct{ notes, right, wrong, found, missing int }

// add sums another set's counts into s (the overall row).
func (s *notesScore) add(o notesScore) {
	s.notes += o.notes
	s.right += o.right
	s.wrong += o.wrong
	s.found += o.found
	s.missing += o.missing
}

// scoreNote scores one note's predicted codes against its gold; it returns
// the wrong and missing codes for the detail listing.
func scoreNote(n ownNote, pred []string) (s notesScore, wrong, missing []string) {
	s.notes = 1
	for _, c := range pred {
		if slices.Contains(n.Gold, c) || slices.Contains(n.Accept, c) {
			s.right++
		} else {
			s.wrong++
			wrong = append(wrong, c)
		}
	}
	for _, g := range n.Gold {
		if slices.Contains(pred, g) {
			s.found++
		} else {
			s.missing++
			missing = append(missing, g)
		}
	}
	return s, wrong, missing
}

// notesReport is the scores of a notes file, per set (in file order) and
// overall, with one detail line per note that has a wrong or missing code.
type notesReport struct {
	sets   []string
	by     map[string]*notesScore
	all    notesScore
	detail []string
}

// precision is right / predicted: an accepted extra counts as right.
func (s notesScore) precision() float64 { return ratio(s.right, s.right+s.wrong) }

// recall is gold found / gold: an accepted extra is not gold.
func (s notesScore) recall() float64 { return ratio(s.found, s.found+s.missing) }

// scoreNotes codes every note in its own context on all cores and scores it.
func scoreNotes(eng *coder.Engine, notes []ownNote) notesReport {
	results := codeAll(eng, len(notes), func(i int) (string, model.Context) { return notes[i].Text, notes[i].Context })
	rep := notesReport{by: map[string]*notesScore{}}
	for i, n := range notes {
		pred := make([]string, 0, len(results[i].Codes))
		for _, c := range results[i].Codes {
			if !slices.Contains(pred, c.Code) {
				pred = append(pred, c.Code)
			}
		}
		s, wrong, missing := scoreNote(n, pred)
		if rep.by[n.Set] == nil {
			rep.by[n.Set] = &notesScore{}
			rep.sets = append(rep.sets, n.Set)
		}
		rep.by[n.Set].add(s)
		rep.all.add(s)
		if len(wrong)+len(missing) > 0 {
			line := n.ID
			if len(wrong) > 0 {
				line += "\twrong: " + strings.Join(wrong, " ")
			}
			if len(missing) > 0 {
				line += "\tmissing: " + strings.Join(missing, " ")
			}
			rep.detail = append(rep.detail, line)
		}
	}
	return rep
}

// evalNotes codes every note of a notes gold file in its own setting and
// prints, per set and overall, the right, wrong and missing codes with
// precision (right / predicted) and recall (gold found / gold). With detail,
// each note's wrong and missing codes follow (ids and codes only: the text is
// the file's, not the report's).
func evalNotes(path string, detail bool, stdout, stderr io.Writer) int {
	cs, err := codeset.Default()
	if err != nil {
		fmt.Fprintf(stderr, "eval: loading code set: %v\n", err)
		return 1
	}
	notes, err := readNotes(path, cs)
	if err != nil {
		fmt.Fprintf(stderr, "eval: %v\n", err)
		return 1
	}
	eng, err := coder.New(cs)
	if err != nil {
		fmt.Fprintf(stderr, "eval: %v\n", err)
		return 1
	}
	rep := scoreNotes(eng, notes)
	fmt.Fprintf(stdout, "%s: %d notes written for the project, gold by the ICD-10-CM Official Guidelines\n\n", path, len(notes))
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "set\tnotes\tright\twrong\tmissing\tP\tR\tF1\t")
	row := func(name string, s notesScore) {
		p, r := s.precision(), s.recall()
		f := 0.0
		if p+r > 0 {
			f = 2 * p * r / (p + r)
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t\n", name, s.notes, s.right, s.wrong, s.missing, p, r, f)
	}
	for _, name := range rep.sets {
		row(name, *rep.by[name])
	}
	row("all", rep.all)
	tw.Flush()
	if detail {
		fmt.Fprintln(stdout)
		for _, l := range rep.detail {
			fmt.Fprintln(stdout, l)
		}
	}
	return 0
}
