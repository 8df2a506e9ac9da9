package coder

import (
	"strings"
	"testing"

	"notecoder/cdi/codeset"
)

// TestAddedIndex checks data/index_add.tsv's grafting: a row's new subterm
// joins a copy of the index, the shared code set is left as loaded, and a
// row naming no reportable code, or an entry that already has a code, is a
// data bug that stops the engine build.
func TestAddedIndex(t *testing.T) {
	cs, err := codeset.Default()
	if err != nil {
		t.Fatal(err)
	}
	di := cs.Index()
	before := len(di.Terms)
	enc := di.Find("Encounter")
	if len(enc) == 0 {
		t.Fatal("no Encounter main term")
	}
	kids := len(enc[0].Children)
	got := addedIndex(cs, di, [][]string{
		{"Encounter > prophylactic measures > HIV pre-exposure", "Z29.81"},
		{"Overgrowth > bacterial (intestinal)", "K63.8219"},
	})
	if len(di.Terms) != before || len(enc[0].Children) != kids {
		t.Fatalf("the shared index changed: %d main terms (was %d), %d Encounter subterms (was %d)", len(di.Terms), before, len(enc[0].Children), kids)
	}
	find := func(ts []*codeset.Term, title string) *codeset.Term {
		for _, x := range ts {
			if strings.EqualFold(x.Title, title) {
				return x
			}
		}
		return nil
	}
	e := find(got, "Encounter")
	p := find(e.Children, "prophylactic measures")
	if h := find(p.Children, "HIV pre-exposure"); h == nil || h.Code != "Z29.81" || h.Parent != p || h.Level != 2 {
		t.Fatalf("grafted entry: %+v", h)
	}
	if o := find(got, "Overgrowth"); o == nil || len(o.Children) != 1 || o.Children[0].Title != "bacterial" || len(o.Children[0].Nemod) != 1 || o.Children[0].Nemod[0] != "intestinal" {
		t.Fatalf("new main term: %+v", o)
	}
	for _, bad := range [][]string{
		{"Encounter > prophylactic measures > HIV pre-exposure"},
		{"Encounter > prophylactic measures > HIV pre-exposure", "Z29.8"}, // a header
		{"Encounter > prophylactic measures > HIV pre-exposure", "Z99.999"},
		{"Encounter > prophylactic measures", "Z29.81"}, // the index codes it Z29.9
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("row %q: no panic", bad)
				}
			}()
			addedIndex(cs, di, [][]string{bad})
		}()
	}
}
