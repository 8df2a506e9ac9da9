package codeset

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// build turns the intermediate form into the queryable Set: dotted codes,
// parent links, chapters and sections, inherited notes and 7th characters,
// and the lean look-up structures.
func build(k *kb) *Set {
	n := len(k.Codes)
	s := &Set{version: k.Version, sources: k.Sources, report: k.Report}
	slab := make([]Code, n)
	s.codes = make([]*Code, n)
	s.byKey = make(map[string]*Code, n)
	keys := make([]string, n)
	for i := range k.Codes {
		keys[i] = k.Codes[i].Code
	}
	par := parents(keys)

	// Sections sorted by first category for range look-up.
	type secRef struct {
		ch  *kbChapter
		sec *kbSection
	}
	var secs []secRef
	for ci := range k.Chapters {
		for si := range k.Chapters[ci].Sections {
			secs = append(secs, secRef{&k.Chapters[ci], &k.Chapters[ci].Sections[si]})
		}
	}
	sort.SliceStable(secs, func(a, b int) bool { return secs[a].sec.First < secs[b].sec.First })
	// Section and chapter notes, shared by every category in them.
	type inherited struct{ lists [nkMax][]Note }
	secNotes := map[*kbSection]*inherited{}
	chNotes := map[*kbChapter]*inherited{}
	notesFor := func(ns []kbNote, from string, base *inherited) *inherited {
		out := &inherited{}
		if base != nil {
			out.lists = base.lists
		}
		var own [nkMax][]Note
		for _, kn := range ns {
			own[kn.Kind] = append(own[kn.Kind], Note{Text: kn.Text, Codes: kn.Codes, From: from})
		}
		for kind := range own {
			if len(own[kind]) > 0 {
				out.lists[kind] = append(own[kind], out.lists[kind]...)
			}
		}
		return out
	}
	hccIntern := map[string]map[string]string{}
	eff := make([]*inherited, n)
	for i := range k.Codes {
		kc := &k.Codes[i]
		c := &slab[i]
		s.codes[i] = c
		c.idx = int32(i)
		c.Code = kc.Code
		c.Title = kc.Title
		c.Billable = kc.Billable
		c.MCCOnlyIfAlive = kc.MCCAlive
		switch kc.CC {
		case 1:
			c.CC = "CC"
		case 2:
			c.CC = "MCC"
		}
		s.byKey[kc.Code] = c
		var base *inherited
		if p := par[i]; p >= 0 {
			pc := &slab[p]
			c.Parent = pc.Code
			c.Chapter, c.ChapterTitle, c.Section, c.SectionTitle = pc.Chapter, pc.ChapterTitle, pc.Section, pc.SectionTitle
			base = eff[p]
			c.SevenChr = pc.SevenChr
		} else {
			cat := kc.Code
			j := sort.Search(len(secs), func(j int) bool { return secs[j].sec.First > cat }) - 1
			if j >= 0 {
				sr := secs[j]
				if cat > sr.sec.Last {
					s.report.CodesWithoutSection++
				}
				c.Chapter, c.ChapterTitle = sr.ch.Num, sr.ch.Title
				c.Section, c.SectionTitle = sr.sec.ID, sr.sec.Title
				cn := chNotes[sr.ch]
				if cn == nil {
					cn = notesFor(sr.ch.Notes, "chapter "+strconv.Itoa(sr.ch.Num), nil)
					chNotes[sr.ch] = cn
				}
				sn := secNotes[sr.sec]
				if sn == nil {
					sn = notesFor(sr.sec.Notes, sr.sec.ID, cn)
					secNotes[sr.sec] = sn
				}
				base = sn
			}
		}
		if len(kc.Notes) > 0 {
			eff[i] = notesFor(kc.Notes, c.Code, base)
			for _, kn := range kc.Notes {
				switch kn.Kind {
				case nkInclusion, nkIncludes:
					c.Inclusion = append(c.Inclusion, kn.Text)
				case nkNotes:
					c.Notes = append(c.Notes, kn.Text)
				}
			}
		} else {
			eff[i] = base
		}
		if e := eff[i]; e != nil {
			c.Excludes1 = e.lists[nkExcludes1]
			c.Excludes2 = e.lists[nkExcludes2]
			c.CodeFirst = e.lists[nkCodeFirst]
			c.UseAdditional = e.lists[nkUseAdditional]
			c.CodeAlso = e.lists[nkCodeAlso]
		}
		if len(kc.SevenChr) > 0 {
			c.SevenChr = kc.SevenChr
		}
		if par[i] >= 0 && len(kc.Code) == 8 && len(keys[par[i]]) < 7 {
			slab[par[i]].Placeholder = true
		}
		if len(kc.HCC) > 0 {
			var sb strings.Builder
			for _, h := range kc.HCC {
				sb.WriteString(h.Model + "=" + h.Cat + "|")
			}
			m, ok := hccIntern[sb.String()]
			if !ok {
				m = map[string]string{}
				for _, h := range kc.HCC {
					if old, dup := m[h.Model]; dup {
						m[h.Model] = old + "," + h.Cat
					} else {
						m[h.Model] = h.Cat
					}
				}
				hccIntern[sb.String()] = m
			}
			c.HCC = m
		}
	}
	// Children in one backing slice.
	s.kidOff = make([]int32, n+1)
	cnt := make([]int32, n)
	for i := range par {
		if par[i] >= 0 {
			cnt[par[i]]++
		}
	}
	for i := 0; i < n; i++ {
		s.kidOff[i+1] = s.kidOff[i] + cnt[i]
	}
	s.kids = make([]*Code, s.kidOff[n])
	fill := make([]int32, n)
	copy(fill, s.kidOff[:n])
	for i := range par {
		if p := par[i]; p >= 0 {
			s.kids[fill[p]] = s.codes[i]
			fill[p]++
		}
	}
	// MS-DRG CC exclusions.
	s.pdxGroup = make([]int32, n)
	for i := range s.pdxGroup {
		s.pdxGroup[i] = -1
	}
	for _, p := range k.PDX {
		if int(p.Code) < n && int(p.Group) < len(k.CCGroups) {
			s.pdxGroup[p.Code] = p.Group
		}
	}
	s.ccGroups = k.CCGroups
	s.index, s.neoplasm, s.drug, s.external = k.Indexes[0], k.Indexes[1], k.Indexes[2], k.Indexes[3]
	for _, ix := range k.Indexes {
		ix.byMain = map[string][]*Term{}
		for _, t := range ix.Terms {
			lt := strings.ToLower(t.Title)
			ix.byMain[lt] = append(ix.byMain[lt], t)
			if strings.IndexByte(lt, ',') < 0 {
				continue
			}
			for _, a := range strings.Split(lt, ",") {
				a = strings.TrimSpace(a)
				if l := ix.byMain[a]; a != "" && a != lt && (len(l) == 0 || l[len(l)-1] != t) {
					ix.byMain[a] = append(l, t)
				}
			}
		}
	}
	if k.PCSBlob != nil {
		s.pcsBlob = k.PCSBlob
	} else {
		s.setPCS(k.PCS, k.PCSTables)
		s.pcsOnce.Do(func() {})
	}
	pcsCount := k.PCSCount
	if k.PCSBlob == nil {
		pcsCount = len(k.PCS)
	}
	st := Stats{Version: k.Version, Sources: k.Sources, Codes: n, PCSCodes: pcsCount}
	for _, c := range s.codes {
		if c.Billable {
			st.Billable++
		}
		if c.Parent == "" {
			st.Categories++
		}
	}
	for _, ix := range k.Indexes {
		var count func(ts []*Term)
		count = func(ts []*Term) {
			for _, t := range ts {
				st.IndexTerms++
				count(t.Children)
			}
		}
		count(ix.Terms)
	}
	s.stats = st
	return s
}

// CCExcluded reports whether secondary diagnosis code loses its CC/MCC status
// when principal is the principal diagnosis (MS-DRG PDX exclusion list), so
// impact estimates do not count a CC the grouper would ignore.
func (s *Set) CCExcluded(code, principal string) bool {
	c, ok := s.Lookup(code)
	p, ok2 := s.Lookup(principal)
	if !ok || !ok2 {
		return false
	}
	g := s.pdxGroup[p.idx]
	if g < 0 {
		return false
	}
	grp := s.ccGroups[g]
	i := sort.Search(len(grp), func(i int) bool { return grp[i] >= c.idx })
	return i < len(grp) && grp[i] == c.idx
}

// noteParser extracts code references from note text: single codes
// ("(N18.-)" -> "N18", "(I50.4-)" -> "I50.4") and ranges, expanded to the
// codes of the same length in the set ("(P35-P39)" -> P35, P36, ... P39;
// "(N18.1-N18.6)" -> N18.1 ... N18.6).
type noteParser struct {
	byLen map[int][]string // dotted codes by length, sorted
	cache map[string][]string
}

func newNoteParser(dotted []string) *noteParser {
	np := &noteParser{byLen: map[int][]string{}, cache: map[string][]string{}}
	for _, c := range dotted {
		np.byLen[len(c)] = append(np.byLen[len(c)], c)
	}
	for _, l := range np.byLen {
		sort.Strings(l)
	}
	return np
}

// fill parses the code references of every note once, at generation time,
// so loading the artifact needs no text parsing.
func (np *noteParser) fill(codes []kbCode, chapters []kbChapter) {
	do := func(ns []kbNote) {
		for i := range ns {
			ns[i].Codes = np.parse(ns[i].Text)
		}
	}
	for i := range codes {
		do(codes[i].Notes)
	}
	for i := range chapters {
		do(chapters[i].Notes)
		for j := range chapters[i].Sections {
			do(chapters[i].Sections[j].Notes)
		}
	}
}

var refRe = regexp.MustCompile(`([A-Z](?:[0-9][0-9A-Z]|[A-Z][0-9])(?:\.[0-9A-Z]{0,4})?)-([A-Z](?:[0-9][0-9A-Z]|[A-Z][0-9])(?:\.[0-9A-Z]{0,4})?)|([A-Z](?:[0-9][0-9A-Z]|[A-Z][0-9])(?:\.[0-9A-Z]{0,4})?)-?`)

func cleanRef(r string) string {
	r = strings.TrimRight(r, ".-")
	if strings.IndexByte(r, '.') >= 0 {
		r = strings.TrimRight(r, "X")
		r = strings.TrimRight(r, ".")
	}
	return Normalize(r)
}

func isAlnum(b byte) bool {
	return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9'
}

func (np *noteParser) parse(text string) []string {
	if v, ok := np.cache[text]; ok {
		return v
	}
	var out []string
	seen := map[string]bool{}
	addOne := func(c string) {
		if c != "" && !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	for _, m := range refRe.FindAllStringSubmatchIndex(text, -1) {
		if m[0] > 0 && isAlnum(text[m[0]-1]) {
			continue
		}
		if e := m[1]; e < len(text) && isAlnum(text[e]) {
			continue
		}
		if m[6] >= 0 {
			addOne(cleanRef(text[m[6]:m[7]]))
			continue
		}
		first, last := cleanRef(text[m[2]:m[3]]), cleanRef(text[m[4]:m[5]])
		if first != "" && len(first) == len(last) && first <= last {
			l := np.byLen[len(first)]
			i := sort.SearchStrings(l, first)
			n := 0
			for ; i < len(l) && l[i] <= last; i++ {
				addOne(l[i])
				n++
			}
			if n > 0 {
				continue
			}
		}
		addOne(first)
		addOne(last)
	}
	np.cache[text] = out
	return out
}

func (s *Set) setPCS(pcs []PCSCode, tables []*PCSTable) {
	s.pcs = pcs
	sort.Slice(s.pcs, func(a, b int) bool { return s.pcs[a].Code < s.pcs[b].Code })
	s.pcsTables = make(map[string]*PCSTable, len(tables))
	for _, t := range tables {
		s.pcsTables[t.Code] = t
	}
}

// loadPCS decodes the ICD-10-PCS part of an artifact on first use.
func (s *Set) loadPCS() {
	s.pcsOnce.Do(func() {
		pcs, tables, err := decodePCS(s.pcsBlob)
		if err != nil {
			s.pcsErr = err
			return
		}
		s.setPCS(pcs, tables)
		s.pcsBlob = nil
	})
}

// PCSErr reports a failure to decode the ICD-10-PCS part (nil when fine);
// PCS and PCSTable then find nothing.
func (s *Set) PCSErr() error {
	s.loadPCS()
	return s.pcsErr
}
