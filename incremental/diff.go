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

// Delta is what changed between the last result sent for a document and a new
// one: apply Removes first, then Upserts.
type Delta struct {
	CodeUpserts   []IDCode
	CodeRemoves   []string
	PromptUpserts []IDPrompt
	PromptRemoves []string
}

// Empty reports whether nothing changed.
func (d Delta) Empty() bool {
	return len(d.CodeUpserts)+len(d.CodeRemoves)+len(d.PromptUpserts)+len(d.PromptRemoves) == 0
}

type sentCode struct {
	id string
	c  model.Code
}

type sentPrompt struct {
	id string
	p  model.Prompt
}

// Differ remembers what a client holds for one document and turns each new
// result into a Delta. A finding keeps its id while it holds: codes are keyed
// by system and code, prompts by their Key. Not safe for concurrent use: one
// document's results are produced one at a time.
type Differ struct {
	codes   map[string]sentCode
	prompts map[string]sentPrompt
	next    int
}

// NewDiffer returns a differ for a client that holds nothing.
func NewDiffer() *Differ {
	return &Differ{codes: map[string]sentCode{}, prompts: map[string]sentPrompt{}}
}

func (d *Differ) id(prefix string) string {
	d.next++
	return prefix + strconv.Itoa(d.next)
}

// Diff returns the delta from the last result to res and records res as what
// the client now holds.
func (d *Differ) Diff(res model.Result) Delta {
	var out Delta
	seen := make(map[string]struct{}, len(res.Codes))
	for _, c := range res.Codes {
		k := c.System + "|" + c.Code
		if _, dup := seen[k]; dup {
			continue
		}
		seen[k] = struct{}{}
		old, ok := d.codes[k]
		if ok && sameCode(old.c, c) {
			continue
		}
		id := old.id
		if !ok {
			id = d.id("c-")
		}
		d.codes[k] = sentCode{id, c}
		out.CodeUpserts = append(out.CodeUpserts, IDCode{id, !ok, c})
	}
	for k, old := range d.codes {
		if _, ok := seen[k]; !ok {
			out.CodeRemoves = append(out.CodeRemoves, old.id)
			delete(d.codes, k)
		}
	}
	seenP := make(map[string]struct{}, len(res.Prompts))
	for _, p := range res.Prompts {
		k := PromptKey(p)
		if _, dup := seenP[k]; dup {
			continue
		}
		seenP[k] = struct{}{}
		old, ok := d.prompts[k]
		if ok && samePrompt(old.p, p) {
			continue
		}
		id := old.id
		if !ok {
			id = d.id("p-")
		}
		d.prompts[k] = sentPrompt{id, p}
		out.PromptUpserts = append(out.PromptUpserts, IDPrompt{id, !ok, p})
	}
	for k, old := range d.prompts {
		if _, ok := seenP[k]; !ok {
			out.PromptRemoves = append(out.PromptRemoves, old.id)
			delete(d.prompts, k)
		}
	}
	return out
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
			return sp.p, true
		}
	}
	return model.Prompt{}, false
}

// Prompts returns the prompts the client currently holds, in no order.
func (d *Differ) Prompts() []model.Prompt {
	out := make([]model.Prompt, 0, len(d.prompts))
	for _, sp := range d.prompts {
		out = append(out, sp.p)
	}
	return out
}

// Code returns the code currently held under the wire id.
func (d *Differ) Code(id string) (model.Code, bool) {
	for _, sc := range d.codes {
		if sc.id == id {
			return sc.c, true
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

func sameCode(a, b model.Code) bool {
	return a.Title == b.Title && a.Assertion == b.Assertion && a.Section == b.Section &&
		a.Confidence == b.Confidence && a.Why == b.Why && a.Rule == b.Rule && sameSpans(a.Evidence, b.Evidence)
}

func samePrompt(a, b model.Prompt) bool {
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
