package codeset

import (
	"bytes"
	"encoding/xml"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const fixture = "testdata/release"

func TestGenerateDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if _, err := Generate(fixture, &a); err != nil {
		t.Fatal(err)
	}
	if _, err := Generate(fixture, &b); err != nil {
		t.Fatal(err)
	}
	if a.Len() == 0 || !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatalf("artifact not byte-identical across runs (%d vs %d bytes)", a.Len(), b.Len())
	}
}

// fixtureSets returns the fixture loaded both ways: straight from the
// release files and through the artifact, which must agree.
func fixtureSets(t *testing.T) map[string]*Set {
	t.Helper()
	dir, err := LoadDir(fixture)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := Generate(fixture, &buf); err != nil {
		t.Fatal(err)
	}
	art, err := LoadArtifact(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return map[string]*Set{"dir": dir, "artifact": art}
}

func TestFixtureMerge(t *testing.T) {
	for name, s := range fixtureSets(t) {
		t.Run(name, func(t *testing.T) {
			st := s.Stats()
			if st.Billable != 10 || st.Codes != 19 || st.Categories != 4 || st.PCSCodes != 1 {
				t.Errorf("stats = %+v", st)
			}
			if s.Version() != "ICD-10-CM FY2026" {
				t.Errorf("version %q", s.Version())
			}
			tests := []struct {
				code, title, parent string
				billable, known     bool
			}{
				{"A41.54", "Sepsis due to Acinetobacter baumannii", "A41.5", true, true}, // added by addenda, not in tabular
				{"A41.59", "", "", false, false},                                         // deleted
				{"D13.9", "Benign neoplasm of ill-defined sites within the digestive system", "D13", false, true},
				{"D13.91", "Familial adenomatous polyposis", "D13.9", true, true},
				{"S33.5XXA", "Sprain of ligaments of lumbar spine, initial encounter", "S33.5", true, true},
				{"s335xxd", "Sprain of ligaments of lumbar spine, subsequent encounter", "S33.5", true, true},
				{"S33.5", "Sprain of ligaments of lumbar spine", "S33", false, true},
			}
			for _, tc := range tests {
				c, ok := s.Lookup(tc.code)
				if ok != tc.known {
					t.Errorf("%s known=%v", tc.code, ok)
					continue
				}
				if !ok {
					continue
				}
				if c.Title != tc.title || c.Parent != tc.parent || c.Billable != tc.billable {
					t.Errorf("%s = %q parent %q billable %v", tc.code, c.Title, c.Parent, c.Billable)
				}
			}
			a, _ := s.Lookup("A41.54")
			if a.Chapter != 1 || a.Section != "A30-A49" || len(a.CodeFirst) != 1 || a.CodeFirst[0].From != "A41" {
				t.Errorf("A41.54 inherits chapter/section/notes: %+v", a)
			}
			if len(a.UseAdditional) != 1 || a.UseAdditional[0].From != "chapter 1" || a.UseAdditional[0].Codes[0] != "Z16" {
				t.Errorf("chapter note not inherited: %+v", a.UseAdditional)
			}
			if a.CC != "MCC" || a.HCC["V28"] != "2" || a.HCC["V24"] != "2" {
				t.Errorf("A41.54 CC %q HCC %v (v43.0 column)", a.CC, a.HCC)
			}
			s335, _ := s.Lookup("S33.5")
			if !s335.Placeholder || len(s335.SevenChr) != 3 || s335.SevenChr[2].Char != 'S' {
				t.Errorf("S33.5 placeholder %v sevenChr %+v", s335.Placeholder, s335.SevenChr)
			}
			kids := s.Children("S33.5")
			if len(kids) != 3 || kids[0].Code != "S33.5XXA" {
				t.Errorf("children of S33.5: %d", len(kids))
			}
			i23, _ := s.Lookup("I50.23")
			if i23.CC != "MCC" || i23.HCC["V28"] != "224" || len(i23.HCC) != 2 {
				t.Errorf("I50.23 CC %q HCC %v", i23.CC, i23.HCC)
			}
			if len(i23.Excludes1) != 1 || i23.Excludes1[0].Codes[0] != "I50.4" || len(i23.Excludes2) != 2 || i23.Excludes2[1].Codes[0] != "D13" {
				t.Errorf("I50.23 excludes %+v / %+v", i23.Excludes1, i23.Excludes2)
			}
			if got := s.Children("I50.2"); len(got) != 1 || len(got[0].Inclusion) != 0 {
				t.Errorf("children of I50.2 %+v", got)
			}
			if p, _ := s.Lookup("I50.2"); len(p.Inclusion) != 1 {
				t.Errorf("I50.2 inclusion %v", p.Inclusion)
			}
		})
	}
}

func TestFixtureReport(t *testing.T) {
	var buf bytes.Buffer
	rep, err := Generate(fixture, &buf)
	if err != nil {
		t.Fatal(err)
	}
	want := Report{OrderCodes: 19, Billable: 10, Headers: 9, TabularDiags: 13, TabularDiagsDeleted: 1,
		AddendaAdded: 5, AddendaDeleted: 3, SevenChrExpanded: 3, IndexRefs: 8, IndexKept: 4,
		IndexRepointed: 3, IndexDropped: 1, IndexTermsRemoved: 1, PCSCodes: 1, PCSTables: 1, PCSTableExpanded: 1}
	if rep != want {
		t.Errorf("report\n got %+v\nwant %+v", rep, want)
	}
}

func TestFixtureIndex(t *testing.T) {
	for name, s := range fixtureSets(t) {
		t.Run(name, func(t *testing.T) {
			ix := s.Index()
			tests := []struct {
				path []string
				code string
			}{
				{[]string{"Failure", "heart", "diastolic", "acute"}, "I50.31"},
				{[]string{"failed", "heart", "systolic", "acute on chronic"}, "I50.23"},
				{[]string{"Sepsis", "Gram-negative"}, "A41.58"},                         // re-pointed: same title re-added
				{[]string{"Neoplasm, benign, digestive", "ill-defined site"}, "D13.9-"}, // re-pointed: subdivided
				{[]string{"Sprain", "lumbar spine"}, "S33.5"},
				// Essential words printed between two nonessential
				// modifiers ("and (on) chronic (congestive)") stay in the
				// title.
				{[]string{"Failure", "heart", "systolic", "acute", "and chronic"}, "I50.23"},
			}
			for _, tc := range tests {
				term := ix.Navigate(tc.path...)
				if term == nil || term.Code != tc.code {
					t.Errorf("%v -> %+v, want %s", tc.path, term, tc.code)
				}
			}
			if ix.Navigate("Short", "stature, genetic") != nil {
				t.Error("term pointing at a deleted code without replacement should be dropped")
			}
			heart := ix.Navigate("Failure", "heart")
			if heart == nil || len(heart.Nemod) != 2 || heart.Nemod[1] != "sudden" || heart.Level != 1 {
				t.Fatalf("nemod/level: %+v", heart)
			}
			if and := ix.Navigate("Failure", "heart", "systolic", "acute", "and chronic"); and == nil || len(and.Nemod) != 2 || and.Nemod[0] != "on" || and.Nemod[1] != "congestive" {
				t.Errorf("essential words between modifiers: %+v", and)
			}
			see := ix.Navigate("Failure", "heart", "preserved ejection fraction")
			if see == nil || len(see.See) != 1 {
				t.Fatalf("see: %+v", see)
			}
			if r := ix.Resolve(see.See[0]); r == nil || r.Title != "diastolic" {
				t.Errorf("resolve %q -> %+v", see.See[0], r)
			}
			if m := ix.Find("neoplasm, benign, digestive"); len(m) != 1 || len(m[0].SeeAlso) != 1 {
				t.Errorf("see also: %+v", m)
			}
			neo := s.NeoplasmTable()
			row := neo.Navigate("Neoplasm", "digestive system")
			if len(neo.Columns) != 2 || neo.Columns[1] != "Benign" || row == nil || row.Cells[0] != "" || row.Cells[1] != "D13.9-" {
				t.Errorf("neoplasm table %v %+v", neo.Columns, row)
			}
			if len(s.DrugTable().Terms) != 0 || s.ExternalIndex() == nil {
				t.Error("absent optional tables should be empty, not nil")
			}
		})
	}
}

func TestFixtureCCExclusionAndPCS(t *testing.T) {
	for name, s := range fixtureSets(t) {
		t.Run(name, func(t *testing.T) {
			tests := []struct {
				code, pdx string
				want      bool
			}{
				{"I50.23", "I50.31", true},
				{"I50.31", "i5023", true},
				{"A41.54", "A41.50", true},
				{"A41.54", "A41.58", false}, // group valid only up to v42
				{"I50.23", "A41.50", false},
				{"X99.9", "A41.50", false},
			}
			for _, tc := range tests {
				if got := s.CCExcluded(tc.code, tc.pdx); got != tc.want {
					t.Errorf("CCExcluded(%s, %s) = %v", tc.code, tc.pdx, got)
				}
			}
			p, ok := s.PCS("0016070")
			if !ok || p.Title == "" {
				t.Errorf("PCS 0016070: %+v %v", p, ok)
			}
			if _, ok := s.PCS("0016071"); ok {
				t.Error("invalid PCS code found")
			}
			tb, ok := s.PCSTable("001")
			if !ok || len(tb.Rows) != 1 || tb.Axes[2].Definition == "" || tb.Rows[0].Axes[3].Values[0].Label != "Nasopharynx" {
				t.Errorf("PCS table %+v", tb)
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	if _, err := LoadDir(filepath.Join(t.TempDir(), "nope")); err == nil {
		t.Error("missing directory accepted")
	}
	if _, err := LoadDir(t.TempDir()); !errors.Is(err, ErrMissing) {
		t.Errorf("empty directory: %v", err)
	}
	// A corrupt order file is a format error, not a panic.
	dir := t.TempDir()
	for _, f := range []string{"icd10cm_tabular_2023.xml", "icd10cm_index_2023.xml"} {
		b, err := os.ReadFile(filepath.Join(fixture, f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "icd10cm_order_2026.txt"), []byte("garbage\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadDir(dir); !errors.Is(err, ErrFormat) {
		t.Errorf("corrupt order file: %v", err)
	}
	var buf bytes.Buffer
	if _, err := Generate(fixture, &buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	for name, bad := range map[string][]byte{
		"empty":     nil,
		"not gzip":  []byte("hello"),
		"truncated": good[:len(good)/2],
	} {
		if _, err := LoadArtifact(bad); !errors.Is(err, ErrFormat) {
			t.Errorf("%s artifact: %v", name, err)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"i5023", "I50.23"}, {"I50.23", "I50.23"}, {" e11.22 ", "E11.22"}, {"S52502A", "S52.502A"},
		{"I50", "I50"}, {"qa08", "QA0.8"}, {"Z3A", "Z3A"}, {"XYZ", ""}, {"12", ""}, {"", ""}, {"I50.23.1.2", ""},
	}
	for _, tc := range tests {
		if got := Normalize(tc.in); got != tc.want {
			t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestIndexTitleSplit(t *testing.T) {
	tests := []struct {
		xml, title string
		nemod      []string
	}{
		{`<title>heart<nemod>(acute) (sudden)</nemod></title>`, "heart", []string{"acute", "sudden"}},
		{`<title>and<nemod>(on) chronic (congestive)</nemod></title>`, "and chronic", []string{"on", "congestive"}},
		{`<title>vein<nemod>(peripheral)</nemod> NEC</title>`, "vein NEC", []string{"peripheral"}},
		{`<title>digestive organ<nemod>(s) or tract (complete)  (partial)</nemod> NEC</title>`, "digestive organ or tract NEC", []string{"s", "complete", "partial"}},
		{`<title>auricle<nemod>(ear)</nemod>, congenital</title>`, "auricle, congenital", []string{"ear"}},
		{`<title>gravitational<nemod>(G) forces or states (effect of)</nemod></title>`, "gravitational forces or states", []string{"G", "effect of"}},
		{`<title>Crohn&apos;s disease</title>`, "Crohn's disease", nil},
	}
	for _, tc := range tests {
		var x xTitle
		if err := xml.Unmarshal([]byte(tc.xml), &x); err != nil {
			t.Fatalf("%s: %v", tc.xml, err)
		}
		title, mods := x.split()
		if title != tc.title || strings.Join(mods, "|") != strings.Join(tc.nemod, "|") {
			t.Errorf("%s -> %q %q, want %q %q", tc.xml, title, mods, tc.title, tc.nemod)
		}
	}
}
