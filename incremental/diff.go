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

// sent is an item the client holds, with its wire id.
type sent[T any] struct {
	id   string
	item T
}

// held is what the client holds of one kind of item, by identity key.
type held[T any] map[string]sent[T]

// Differ remembers what a client holds for one document and turns each new
// result into a Delta. A finding keeps its id while it holds: codes are keyed
// by system and code, prompts by their Key. Not safe for concurrent use: one
// document's results are produced one at a time.
type Differ struct {
	codes    held[model.Code]
	prompts  held[model.Prompt]
	findings held[keyedFinding]
	next     int
}

// NewDiffer returns a differ for a client that holds nothing.
func NewDiffer() *Differ {
	return &Differ{codes: held[model.Code]{}, prompts: held[model.Prompt]{}, findings: held[keyedFinding]{}}
}

// Diff returns the delta from the last result to res and records res as what
// the client now holds.
func (d *Differ) Diff(res model.Result) Delta {
	var out Delta
	for _, u := range diffItems(d, d.codes, res.Codes, "c-", codeKey, sameCode, &out.CodeRemoves) {
		out.CodeUpserts = append(out.CodeUpserts, IDCode{u.id, u.isNew, u.item})
	}
	for _, u := range diffItems(d, d.prompts, res.Prompts, "p-", PromptKey, samePrompt, &out.PromptRemoves) {
		out.PromptUpserts = append(out.PromptUpserts, IDPrompt{u.id, u.isNew, u.item})
	}
	if res.Findings != nil || len(d.findings) > 0 {
		// A code can be read in several mentions: the n-th mention of a code
		// with an assertion keeps its id while mentions keep their order.
		keyed := make([]keyedFinding, len(res.Findings))
		nth := map[string]int{}
		for i, f := range res.Findings {
			k := f.Code + "|" + string(f.Assertion)
			nth[k]++
			keyed[i] = keyedFinding{k + "|" + strconv.Itoa(nth[k]), f}
		}
		for _, u := range diffItems(d, d.findings, keyed, "f-", func(k keyedFinding) string { return k.key }, sameKeyedFinding, &out.FindingRemoves) {
			out.FindingUpserts = append(out.FindingUpserts, IDFinding{u.id, u.item.f})
		}
	}
	return out
}

type keyedFinding struct {
	key string
	f   model.Finding
}

func sameKeyedFinding(a, b keyedFinding) bool {
	return a.f.Code == b.f.Code && a.f.Title == b.f.Title && a.f.Assertion == b.f.Assertion && a.f.Section == b.f.Section &&
		a.f.Why == b.f.Why && sameSpans(a.f.Evidence, b.f.Evidence)
}

type upsert[T any] struct {
	id    string
	isNew bool
	item  T
}

// diffItems updates what the client holds of one kind to items and returns
// the new or changed ones; ids of items no longer there go to removes. The
// first item wins when two share a key.
func diffItems[T any](d *Differ, h held[T], items []T, prefix string, key func(T) string, same func(a, b T) bool, removes *[]string) []upsert[T] {
	var ups []upsert[T]
	seen := make(map[string]struct{}, len(items))
	for _, it := range items {
		k := key(it)
		if _, dup := seen[k]; dup {
			continue
		}
		seen[k] = struct{}{}
		old, ok := h[k]
		if ok && same(old.item, it) {
			continue
		}
		id := old.id
		if !ok {
			d.next++
			id = prefix + strconv.Itoa(d.next)
		}
		h[k] = sent[T]{id, it}
		ups = append(ups, upsert[T]{id, !ok, it})
	}
	for k, old := range h {
		if _, ok := seen[k]; !ok {
			*removes = append(*removes, old.id)
			delete(h, k)
		}
	}
	return ups
}

func codeKey(c model.Code) string { return c.System + "|" + c.Code }

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
