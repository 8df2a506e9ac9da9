package query

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"notecoder/cdi/model"
)

// ItemStatus is where a worklist document stands for the CDI specialist.
type ItemStatus string

// Worklist item statuses, derived from the item (see WorklistItem.Status).
const (
	// ItemOpen: the document has gaps and no open query.
	ItemOpen ItemStatus = "open"
	// ItemQueried: at least one query about the document is open.
	ItemQueried ItemStatus = "queried"
	// ItemClear: no gaps left.
	ItemClear ItemStatus = "clear"
)

// ParseItemStatus validates a worklist status filter.
func ParseItemStatus(s string) (ItemStatus, error) {
	switch ItemStatus(s) {
	case ItemOpen, ItemQueried, ItemClear:
		return ItemStatus(s), nil
	}
	return "", fmt.Errorf("%w: unknown worklist status %q", ErrInvalid, s)
}

// WorklistItem is the snapshot of one document's open gaps, kept per
// (tenant, doc) and replaced whole on every upsert.
type WorklistItem struct {
	Tenant  string         `json:"-"`
	Doc     string         `json:"doc"`
	Prompts []model.Prompt `json:"prompts"`
	// Impact orders the worklist; ImpactOf(Prompts) unless set by the caller.
	Impact float64 `json:"impact"`
	// OpenQueries is filled by the store from the queries table on listing,
	// so it is never stale; the value given to an upsert is ignored.
	OpenQueries int       `json:"openQueries"`
	UpdatedAt   time.Time `json:"updatedAt"`
}

// Status derives the item's status from its prompts and open queries.
func (it WorklistItem) Status() ItemStatus {
	switch {
	case it.OpenQueries > 0:
		return ItemQueried
	case len(it.Prompts) == 0:
		return ItemClear
	default:
		return ItemOpen
	}
}

// ImpactOf is a document's ranking score: the sum of its prompts' impact
// scores, so a note with one MCC gap and two HCC gaps outranks a note with only
// the MCC gap. Negative scores count as zero.
func ImpactOf(prompts []model.Prompt) float64 {
	var sum float64
	for _, p := range prompts {
		sum += max(p.Impact.Score, 0)
	}
	return sum
}

// WorklistFilter selects worklist items. Zero values select everything.
type WorklistFilter struct {
	// Status keeps only items with that derived status ("" = all but clear).
	Status ItemStatus
	// IncludeClear keeps clear items when Status is "".
	IncludeClear bool
	// MinAge keeps items not updated for at least MinAge (stale gaps).
	MinAge time.Duration
	// MaxAge keeps items updated within MaxAge (fresh gaps); 0 = no bound.
	MaxAge time.Duration
	// Limit caps the number of items (0 = DefaultWorklistLimit).
	Limit int
}

// DefaultWorklistLimit bounds a worklist listing when no limit is given.
const DefaultWorklistLimit = 500

// Match reports whether it passes f at now.
func (f WorklistFilter) Match(it WorklistItem, now time.Time) bool {
	st := it.Status()
	switch {
	case f.Status != "" && st != f.Status:
		return false
	case f.Status == "" && !f.IncludeClear && st == ItemClear:
		return false
	case f.MinAge > 0 && now.Sub(it.UpdatedAt) < f.MinAge:
		return false
	case f.MaxAge > 0 && now.Sub(it.UpdatedAt) > f.MaxAge:
		return false
	}
	return true
}

// Rank filters items with f at now and sorts them highest impact first, then
// most recently updated, then by doc, so the order is total and the same on
// every node. Stores return lists in this order too.
func Rank(items []WorklistItem, f WorklistFilter, now time.Time) []WorklistItem {
	out := make([]WorklistItem, 0, len(items))
	for _, it := range items {
		if f.Match(it, now) {
			out = append(out, it)
		}
	}
	slices.SortFunc(out, CompareItems)
	limit := f.Limit
	if limit <= 0 {
		limit = DefaultWorklistLimit
	}
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

// CompareItems is the worklist order: impact descending, UpdatedAt descending,
// Doc ascending.
func CompareItems(a, b WorklistItem) int {
	if c := cmp.Compare(b.Impact, a.Impact); c != 0 {
		return c
	}
	if c := b.UpdatedAt.Compare(a.UpdatedAt); c != 0 {
		return c
	}
	return cmp.Compare(a.Doc, b.Doc)
}
