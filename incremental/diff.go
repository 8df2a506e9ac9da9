package incremental

import (
	"strconv"

	"notecoder/cdi/model"
)

// IDCode is a code with the stable id it is known by on the wire.
type IDCode struct {
	ID string
	// New is true when the client did not hold this code before (false when
	// only its details, such as evidence offsets, changed).
	New bool
	model.Code
}

// IDPrompt is a prompt with its stable id.
type IDPrompt struct {
	ID  string
	New bool
	model.Prompt
}

// IDFinding is a finding with its stable id.
type IDFinding struct {
	ID string
	model.Finding
}

// Delta is what changed between the last result sent for a document and a new
// one: apply Removes first, then Upserts.
type Delta struct {
	CodeUpserts    []IDCode
	CodeRemoves    []string
	PromptUpserts  []IDPrompt
	PromptRemoves  []string
	FindingUpserts []IDFinding
	FindingRemoves []string
}

// Empty reports whether nothing changed.
func (d Delta) Empty() bool {
	return len(d.CodeUpserts)+len(d.CodeRemoves)+len(d.PromptUpserts)+len(d.PromptRemoves)+
		len(d.FindingUpserts)+len(d.FindingRemoves) == 0
}

// sent is an item the client holds, with its wire id; gen is the last Diff
// that saw it.
type sent[T any] struct {
	id   string
	item T
	gen  uint64
}

// held is what the client holds of one kind of item, by identity key.
type held[K comparable, T any] map[K]*sent[T]

// codeID is the identity of a code across results.
type codeID struct{ system, code string }

// findingID is the identity of a finding: the n-th mention of a code with
// an assertion.
type findingID struct {
	code      string
	assertion model.Assertion
	n         int
}

// Differ remembers what a client holds for one document and turns each new
// result into a Delta. A finding keeps its id while it holds: codes are keyed
// by system and code, prompts by their Key. Not safe for concurrent use: one
// document's results are produced one at a time.
//
// It runs once per result sent, over the whole note's items, so it keys by
// comparable structs and marks what it saw with a generation number instead
// of building strings and a set per call.
type Differ struct {
	codes    held[codeID, model.Code]
	prompts  held[string, model.Prompt]
	findings held[findingID, model.Finding]
	next     int
	gen      uint64
	nth      map[findingID]int // scratch of Diff
}

// NewDiffer returns a differ for a client that holds nothing.
func NewDiffer() *Differ {
	return &Differ{codes: held[codeID, model.Code]{}, prompts: held[string, model.Prompt]{},
		findings: held[findingID, model.Finding]{}, nth: map[findingID]int{}}
}

// Diff returns the delta from the last result to res and records res as what
// the client now holds.
func (d *Differ) Diff(res model.Result) Delta {
	var out Delta
	d.gen++
	for i := range res.Codes {
		c := &res.Codes[i]
		if id, isNew, ok := upsertItem(d, d.codes, codeID{c.System, c.Code}, c, "c-", sameCode); ok {
			out.CodeUpserts = append(out.CodeUpserts, IDCode{id, isNew, *c})
		}
	}
	out.CodeRemoves = removeUnseen(d.codes, d.gen, out.CodeRemoves)
	for i := range res.Prompts {
		p := &res.Prompts[i]
		if id, isNew, ok := upsertItem(d, d.prompts, PromptKey(*p), p, "p-", samePrompt); ok {
			out.PromptUpserts = append(out.PromptUpserts, IDPrompt{id, isNew, *p})
		}
	}
	out.PromptRemoves = removeUnseen(d.prompts, d.gen, out.PromptRemoves)
	if res.Findings != nil || len(d.findings) > 0 {
		// A code can be read in several mentions: the n-th mention of a code
		// with an assertion keeps its id while mentions keep their order.
		clear(d.nth)
		for i := range res.Findings {
			f := &res.Findings[i]
			k := findingID{code: f.Code, assertion: f.Assertion}
			d.nth[k]++
			k.n = d.nth[k]
			if id, _, ok := upsertItem(d, d.findings, k, f, "f-", sameFinding); ok {
				out.FindingUpserts = append(out.FindingUpserts, IDFinding{id, *f})
			}
		}
		out.FindingRemoves = removeUnseen(d.findings, d.gen, out.FindingRemoves)
	}
	return out
}

func sameFinding(a, b *model.Finding) bool {
	return a.Code == b.Code && a.Title == b.Title && a.Assertion == b.Assertion && a.Section == b.Section &&
		a.Why == b.Why && sameSpans(a.Evidence, b.Evidence)
}

// upsertItem records that the client now holds it under key k and reports
// whether it must be sent (new or changed), with its id and whether it is
// new. The first item wins when two share a key in one result.
func upsertItem[K comparable, T any](d *Differ, h held[K, T], k K, it *T, prefix string, same func(a, b *T) bool) (id string, isNew, send bool) {
	old, ok := h[k]
	if ok && old.gen == d.gen {
		return "", false, false // a second item with the key of one already seen
	}
	if ok {
		old.gen = d.gen
		if same(&old.item, it) {
			return "", false, false
		}
		old.item = *it
		return old.id, false, true
	}
	d.next++
	id = prefix + strconv.Itoa(d.next)
	h[k] = &sent[T]{id: id, item: *it, gen: d.gen}
	return id, true, true
}

// removeUnseen forgets the items the last Diff did not see and appends
// their ids to removes.
func removeUnseen[K comparable, T any](h held[K, T], gen uint64, removes []string) []string {
	for k, old := range h {
		if old.gen != gen {
			removes = append(removes, old.id)
			delete(h, k)
		}
	}
	return removes
}

// PromptKey is the identity of a prompt across results: its finding key when
// the engine gives one, else its kind and code.
func PromptKey(p model.Prompt) string {
	if p.Key != "" {
		return p.Key
	}
	return p.Kind + "|" + p.Code
}

// Prompt returns the prompt currently held under the wire id, so feedback that
// names an id can be resolved to the finding it is about.
func (d *Differ) Prompt(id string) (model.Prompt, bool) {
	for _, sp := range d.prompts {
		if sp.id == id {
			return sp.item, true
		}
	}
	return model.Prompt{}, false
}

// Prompts returns the prompts the client currently holds, in no order.
func (d *Differ) Prompts() []model.Prompt {
	out := make([]model.Prompt, 0, len(d.prompts))
	for _, sp := range d.prompts {
		out = append(out, sp.item)
	}
	return out
}

// Code returns the code currently held under the wire id.
func (d *Differ) Code(id string) (model.Code, bool) {
	for _, sc := range d.codes {
		if sc.id == id {
			return sc.item, true
		}
	}
	return model.Code{}, false
}

func sameSpans(a, b []model.Span) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func sameCode(a, b *model.Code) bool {
	return a.Title == b.Title && a.Assertion == b.Assertion && a.Section == b.Section &&
		a.Confidence == b.Confidence && a.Why == b.Why && a.Rule == b.Rule && sameSpans(a.Evidence, b.Evidence)
}

func samePrompt(a, b *model.Prompt) bool {
	if a.Kind != b.Kind || a.Code != b.Code || a.Message != b.Message || a.Impact != b.Impact ||
		len(a.Options) != len(b.Options) || !sameSpans(a.Evidence, b.Evidence) {
		return false
	}
	for i := range a.Options {
		if a.Options[i] != b.Options[i] {
			return false
		}
	}
	return true
}
