package codeset

import (
	"strings"
	"sync"
	"testing"
)

func embeddedSet(t testing.TB) *Set {
	t.Helper()
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestEmbeddedDoneWhen(t *testing.T) {
	s := embeddedSet(t)
	st := s.Stats()
	if st.Billable != 74719 || st.Codes != 98186 || st.PCSCodes != 79115 || s.Version() != "ICD-10-CM FY2026" {
		t.Fatalf("stats %+v", st)
	}
	tests := []struct {
		in, code string
		billable bool
	}{
		{"I50.23", "I50.23", true}, {"i5023", "I50.23", true}, {"I5023", "I50.23", true},
		{"S52.502A", "S52.502A", true}, {"S52.502", "S52.502", false}, {"A41.54", "A41.54", true},
		{"E11.22", "E11.22", true}, {"I50", "I50", false}, {"T36.0X1A", "T36.0X1A", true},
	}
	for _, tc := range tests {
		c, ok := s.Lookup(tc.in)
		if !ok || c.Code != tc.code || c.Billable != tc.billable {
			t.Errorf("Lookup(%q) = %+v %v", tc.in, c, ok)
		}
	}
	i5023, _ := s.Lookup("I50.23")
	if i5023.CC != "MCC" || i5023.HCC["V28"] != "224" || i5023.HCC["V24"] != "85" || i5023.Chapter != 9 || i5023.Section != "I30-I5A" {
		t.Errorf("I50.23: CC %q HCC %v chapter %d section %s", i5023.CC, i5023.HCC, i5023.Chapter, i5023.Section)
	}
	a4154, _ := s.Lookup("A41.54")
	if a4154.Title != "Sepsis due to Acinetobacter baumannii" || a4154.Parent != "A41.5" {
		t.Errorf("A41.54 %+v", a4154)
	}
	for _, code := range []string{"A00.5", "I50.99", "", "hello"} {
		if _, ok := s.Lookup(code); ok {
			t.Errorf("Lookup(%q) found", code)
		}
	}
	e1122, _ := s.Lookup("E11.22")
	found := false
	for _, n := range e1122.UseAdditional {
		for _, c := range n.Codes {
			if strings.HasPrefix(c, "N18") && n.From == "E11.22" {
				found = true
			}
		}
	}
	if !found {
		t.Errorf("E11.22 use additional code for N18: %+v", e1122.UseAdditional)
	}
	// 7th characters and the placeholder rule.
	s502a, _ := s.Lookup("S52.502A")
	if len(s502a.SevenChr) == 0 || s502a.SevenChr[0].Char != 'A' || !strings.Contains(s502a.SevenChr[0].Meaning, "closed fracture") {
		t.Errorf("S52.502A 7th chars %+v", s502a.SevenChr)
	}
	if s335, _ := s.Lookup("S33.5"); !s335.Placeholder {
		t.Error("S33.5 should need X placeholders")
	}
	if s52502, _ := s.Lookup("S52.502"); s52502.Placeholder {
		t.Error("S52.502 is 6 characters: no placeholder")
	}
	kids := s.Children("S52.502")
	if len(kids) != 16 || kids[0].Code != "S52.502A" {
		t.Errorf("children of S52.502: %d", len(kids))
	}
	// Every 7-character code below a category with 7th-character definitions
	// ends in one of its parent's 7th characters.
	for _, c := range s.All() {
		if len(c.Code) != 8 || len(c.SevenChr) == 0 {
			continue
		}
		p := s.ParentOf(c)
		if p == nil || len(p.SevenChr) == 0 {
			continue
		}
		ok := false
		for _, sc := range c.SevenChr {
			ok = ok || sc.Char == c.Code[7]
		}
		if !ok {
			t.Errorf("%s: 7th character not in %v", c.Code, c.SevenChr)
			break
		}
	}
	if !s.CCExcluded("I50.23", "I50.9") || s.CCExcluded("I50.23", "S52.502A") {
		t.Error("CC exclusion of I50.23 under heart-failure PDX")
	}
	if p, ok := s.PCS("0DTJ4ZZ"); !ok || !strings.Contains(p.Title, "Appendix") {
		t.Errorf("PCS 0DTJ4ZZ %+v", p)
	}
}

func TestEmbeddedIndex(t *testing.T) {
	s := embeddedSet(t)
	tests := []struct {
		ix   *Index
		path []string
		code string
	}{
		{s.Index(), []string{"Failure", "heart", "diastolic", "acute"}, "I50.31"},
		{s.Index(), []string{"Failure", "heart", "with", "decompensation", "systolic"}, "I50.23"},
		{s.Index(), []string{"Osteoarthritis", "knee"}, "M17.9"},
		{s.ExternalIndex(), []string{"Fall, falling", "from, off, out of", "bed"}, "W06"},
	}
	for _, tc := range tests {
		term := tc.ix.Navigate(tc.path...)
		if term == nil || term.Code != tc.code {
			t.Errorf("%v -> %+v, want %s", tc.path, term, tc.code)
		}
	}
	heart := s.Index().Navigate("Failure", "heart")
	if heart == nil || len(heart.Nemod) == 0 || heart.Level != 1 {
		t.Fatalf("Failure, heart: %+v", heart)
	}
	edema := s.Index().Navigate("Failure", "heart", "with", "acute pulmonary edema")
	if edema == nil || len(edema.See) == 0 {
		t.Fatalf("see reference missing: %+v", edema)
	}
	if r := s.Index().Resolve(edema.See[0]); r == nil || r.Code == "" {
		t.Errorf("see %q does not resolve", edema.See[0])
	}
	if m := s.Index().Find("Aberrant"); len(m) == 0 || len(m[0].SeeAlso) == 0 {
		t.Errorf("see also on Aberrant: %+v", m)
	}
	if cols := s.DrugTable().Columns; len(cols) != 6 || !strings.HasPrefix(cols[0], "Poisoning") {
		t.Errorf("drug columns %v", cols)
	}
	if row := s.DrugTable().Navigate("1-propanol"); row == nil || row.Cells[0] != "T51.3X1" {
		t.Errorf("drug row %+v", row)
	}
	if cols := s.NeoplasmTable().Columns; len(cols) != 6 || cols[0] != "Malignant Primary" {
		t.Errorf("neoplasm columns %v", cols)
	}
}

func TestEmbeddedSearch(t *testing.T) {
	s := embeddedSet(t)
	tests := []struct {
		q, want string
	}{
		{"heart failure acute diastolic", "I50.31"},
		{"acute on chronic systolic heart failure", "I50.23"},
		{"osteoarthritis knee right", "M17.11"},
		{"type 2 diabetes with ckd", "E11.22"},
		{"fracture left radius shaft", "S52.302"},
		{"sepsis acinetobacter baumannii", "A41.54"},
		{"copd exacerbation", "J44.1"},
		{"essential hypertension", "I10"},
	}
	for _, tc := range tests {
		hits := s.Search(tc.q, 5)
		if len(hits) == 0 || hits[0].Code != tc.want {
			t.Errorf("Search(%q) = %+v, want %s first", tc.q, hits, tc.want)
		}
	}
	if h := s.Search("heart failure acute diastolic", 3); len(h) != 3 || len(h[0].Path) == 0 || h[0].Path[0] != "Failure, failed" {
		t.Errorf("limit/path: %+v", h)
	}
	if h := s.Search("   ", 5); len(h) != 0 {
		t.Errorf("blank query: %+v", h)
	}
	if h := s.Search("zzqx", 5); len(h) != 0 {
		t.Errorf("nonsense query: %+v", h)
	}
}

func TestDefaultConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := Default()
			if err != nil {
				t.Error(err)
				return
			}
			s.Search("heart failure", 3)
			s.PCS("0DTJ4ZZ")
			s.Lookup("i5023")
		}()
	}
	wg.Wait()
}

// TestNavigatePrefersWholeTitle: a step names the subterm whose whole title
// it is before one that lists it among alternatives ("Hypotension,
// orthostatic" I95.1, not "neurogenic, orthostatic" G90.3).
func TestNavigatePrefersWholeTitle(t *testing.T) {
	cs, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	got := cs.Index().Navigate("Hypotension", "orthostatic")
	if got == nil || got.Code != "I95.1" {
		t.Fatalf("Hypotension > orthostatic = %+v, want I95.1", got)
	}
}
