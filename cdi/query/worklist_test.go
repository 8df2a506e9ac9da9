package query

import (
	"slices"
	"testing"
	"time"

	"notecoder/cdi/model"
)

func pr(score float64) model.Prompt { return model.Prompt{Impact: model.Impact{Score: score}} }

func TestImpactOf(t *testing.T) {
	tests := []struct {
		prompts []model.Prompt
		want    float64
	}{
		{nil, 0},
		{[]model.Prompt{pr(3)}, 3},
		{[]model.Prompt{pr(3), pr(1.5)}, 4.5},
		{[]model.Prompt{pr(2), pr(-5)}, 2},
	}
	for _, tc := range tests {
		if got := ImpactOf(tc.prompts); got != tc.want {
			t.Errorf("ImpactOf(%v) = %v, want %v", tc.prompts, got, tc.want)
		}
	}
}

func TestRank(t *testing.T) {
	now := t0.Add(10 * time.Hour)
	items := []WorklistItem{
		{Doc: "b", Prompts: []model.Prompt{pr(2)}, Impact: 2, UpdatedAt: t0},
		{Doc: "a", Prompts: []model.Prompt{pr(2)}, Impact: 2, UpdatedAt: t0},
		{Doc: "newer", Prompts: []model.Prompt{pr(2)}, Impact: 2, UpdatedAt: t0.Add(time.Hour)},
		{Doc: "top", Prompts: []model.Prompt{pr(9)}, Impact: 9, UpdatedAt: t0.Add(9 * time.Hour)},
		{Doc: "queried", Prompts: []model.Prompt{pr(5)}, Impact: 5, OpenQueries: 1, UpdatedAt: t0},
		{Doc: "clear", UpdatedAt: t0},
	}
	tests := []struct {
		name string
		f    WorklistFilter
		want []string
	}{
		{"all but clear, by impact then recency then doc", WorklistFilter{}, []string{"top", "queried", "newer", "a", "b"}},
		{"with clear", WorklistFilter{IncludeClear: true}, []string{"top", "queried", "newer", "a", "b", "clear"}},
		{"open", WorklistFilter{Status: ItemOpen}, []string{"top", "newer", "a", "b"}},
		{"queried", WorklistFilter{Status: ItemQueried}, []string{"queried"}},
		{"stale", WorklistFilter{MinAge: 5 * time.Hour}, []string{"queried", "newer", "a", "b"}},
		{"fresh", WorklistFilter{MaxAge: 5 * time.Hour}, []string{"top"}},
		{"limit", WorklistFilter{Limit: 2}, []string{"top", "queried"}},
	}
	for _, tc := range tests {
		got := Rank(items, tc.f, now)
		docs := []string{}
		for _, it := range got {
			docs = append(docs, it.Doc)
		}
		if !slices.Equal(docs, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, docs, tc.want)
		}
	}
	if _, err := ParseItemStatus("nope"); err == nil {
		t.Error("bad item status accepted")
	}
}
