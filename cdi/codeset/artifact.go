package codeset

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"reflect"
	"strings"
	"unsafe"
)

// Artifact format (all integers unsigned varints, strings as indices into
// the string table, lists as a count followed by the items):
//
//	"NCKB" formatVersion
//	stringCount { len bytes }...
//	body (kb fields in declaration order, see encodeKB)
//
// The string table is ordered by first use while encoding the body and the
// gzip header carries no name or time, so the same kb always produces the
// same bytes.
const (
	artifactMagic   = "NCKB"
	artifactVersion = 1
)

type encoder struct {
	body  []byte
	ids   map[string]uint64
	table []string
}

func (e *encoder) u(v uint64) { e.body = binary.AppendUvarint(e.body, v) }
func (e *encoder) i(v int)    { e.u(uint64(v)) }
func (e *encoder) b(v byte)   { e.body = append(e.body, v) }
func (e *encoder) s(v string) {
	id, ok := e.ids[v]
	if !ok {
		id = uint64(len(e.table))
		e.ids[v] = id
		e.table = append(e.table, v)
	}
	e.u(id)
}
func (e *encoder) ss(v []string) {
	e.i(len(v))
	for _, x := range v {
		e.s(x)
	}
}
func (e *encoder) notes(ns []kbNote) {
	e.i(len(ns))
	for _, n := range ns {
		e.b(n.Kind)
		e.s(n.Text)
		e.ss(n.Codes)
	}
}
func (e *encoder) axis(a *PCSAxis) {
	e.i(a.Pos)
	e.s(a.Title)
	e.s(a.Definition)
	e.i(len(a.Values))
	for _, v := range a.Values {
		e.b(v.Char)
		e.s(v.Label)
	}
}
func (e *encoder) term(t *Term) {
	e.i(t.Level)
	e.s(t.Title)
	e.ss(t.Nemod)
	e.s(t.Code)
	e.s(t.Manif)
	e.ss(t.See)
	e.ss(t.SeeAlso)
	e.ss(t.Cells)
	e.i(len(t.Children))
	for _, c := range t.Children {
		e.term(c)
	}
}

// reportFields lists Report's int fields so the codec stays in step with the
// struct without hand-written lists.
func reportFields(r *Report) []*int {
	v := reflect.ValueOf(r).Elem()
	out := make([]*int, v.NumField())
	for i := range out {
		out[i] = v.Field(i).Addr().Interface().(*int)
	}
	return out
}

// encodeKB writes the deterministic gzip-compressed artifact.
func encodeKB(k *kb, w io.Writer) error {
	e := &encoder{ids: map[string]uint64{}}
	e.s(k.Version)
	e.ss(k.Sources)
	e.i(len(k.Chapters))
	for _, ch := range k.Chapters {
		e.i(ch.Num)
		e.s(ch.Title)
		e.s(ch.First)
		e.s(ch.Last)
		e.notes(ch.Notes)
		e.i(len(ch.Sections))
		for _, sec := range ch.Sections {
			e.s(sec.ID)
			e.s(sec.First)
			e.s(sec.Last)
			e.s(sec.Title)
			e.notes(sec.Notes)
		}
	}
	e.i(len(k.Codes))
	codes := make([]string, len(k.Codes))
	for i := range k.Codes {
		codes[i] = k.Codes[i].Code
	}
	par := parents(codes)
	for i, c := range k.Codes {
		e.s(c.Code)
		// A title that extends its parent's ("..., initial encounter for
		// closed fracture") is stored as the suffix only.
		var f byte
		title := c.Title
		if p := par[i]; p >= 0 && strings.HasPrefix(title, k.Codes[p].Title+", ") {
			f |= 16
			title = title[len(k.Codes[p].Title)+2:]
		}
		e.s(title)
		if c.Billable {
			f |= 1
		}
		if c.MCCAlive {
			f |= 2
		}
		f |= c.CC << 2
		e.b(f)
		e.notes(c.Notes)
		e.i(len(c.SevenChr))
		for _, sc := range c.SevenChr {
			e.b(sc.Char)
			e.s(sc.Meaning)
		}
		e.i(len(c.HCC))
		for _, h := range c.HCC {
			e.s(h.Model)
			e.s(h.Cat)
		}
	}
	e.i(len(k.CCGroups))
	for _, g := range k.CCGroups {
		e.i(len(g))
		prev := int32(0)
		for _, x := range g {
			e.u(uint64(x - prev))
			prev = x
		}
	}
	e.i(len(k.PDX))
	prev := int32(0)
	for _, p := range k.PDX {
		e.u(uint64(p.Code - prev))
		prev = p.Code
		e.u(uint64(p.Group))
	}
	for _, ix := range k.Indexes {
		e.ss(ix.Columns)
		e.i(len(ix.Terms))
		for _, t := range ix.Terms {
			e.term(t)
		}
	}
	// ICD-10-PCS goes into its own compressed blob, decoded on first use,
	// so loading the diagnosis code set does not pay for procedures.
	pe := &encoder{ids: map[string]uint64{}}
	pe.encodePCS(k)
	var pb bytes.Buffer
	if err := pe.finish(&pb); err != nil {
		return err
	}
	e.i(len(k.PCS))
	e.i(pb.Len())
	e.body = append(e.body, pb.Bytes()...)
	for _, f := range reportFields(&k.Report) {
		e.i(*f)
	}
	return e.finish(w)
}

func (e *encoder) encodePCS(k *kb) {
	e.i(len(k.PCS))
	for _, p := range k.PCS {
		e.s(p.Code)
		e.s(p.Title)
	}
	e.i(len(k.PCSTables))
	for _, t := range k.PCSTables {
		e.s(t.Code)
		e.i(len(t.Axes))
		for i := range t.Axes {
			e.axis(&t.Axes[i])
		}
		e.i(len(t.Rows))
		for _, r := range t.Rows {
			e.i(len(r.Axes))
			for i := range r.Axes {
				e.axis(&r.Axes[i])
			}
		}
	}
}

// finish writes magic, string table and body, gzip-compressed.
func (e *encoder) finish(w io.Writer) error {
	var raw bytes.Buffer
	raw.WriteString(artifactMagic)
	var tmp []byte
	tmp = binary.AppendUvarint(tmp, artifactVersion)
	tmp = binary.AppendUvarint(tmp, uint64(len(e.table)))
	raw.Write(tmp)
	for _, s := range e.table {
		raw.Write(binary.AppendUvarint(nil, uint64(len(s))))
		raw.WriteString(s)
	}
	raw.Write(e.body)
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(raw.Bytes()); err != nil {
		return err
	}
	return zw.Close()
}

// decoder reads the artifact; the first error sticks and every later read
// returns zero values, so decodeKB checks once at the end.
type decoder struct {
	buf   []byte
	p     int
	table []string
	err   error
}

func (d *decoder) fail(msg string) {
	if d.err == nil {
		d.err = fmt.Errorf("codeset: artifact: %s at byte %d: %w", msg, d.p, ErrFormat)
	}
	d.p = len(d.buf)
}

func (d *decoder) u() uint64 {
	v, n := binary.Uvarint(d.buf[d.p:])
	if n <= 0 {
		d.fail("bad varint")
		return 0
	}
	d.p += n
	return v
}

// n reads a count, bounded by the remaining input so corrupt data cannot
// trigger huge allocations.
func (d *decoder) n() int {
	v := d.u()
	if v > uint64(len(d.buf)-d.p) {
		d.fail("count out of range")
		return 0
	}
	return int(v)
}
func (d *decoder) i() int { return int(d.u()) }
func (d *decoder) b() byte {
	if d.p >= len(d.buf) {
		d.fail("truncated")
		return 0
	}
	v := d.buf[d.p]
	d.p++
	return v
}
func (d *decoder) s() string {
	id := d.u()
	if id >= uint64(len(d.table)) {
		d.fail("string id out of range")
		return ""
	}
	return d.table[id]
}
func (d *decoder) ss() []string {
	n := d.n()
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.s()
	}
	return out
}
func (d *decoder) notes() []kbNote {
	n := d.n()
	if n == 0 {
		return nil
	}
	out := make([]kbNote, n)
	for i := range out {
		out[i].Kind = d.b()
		if out[i].Kind == 0 || out[i].Kind >= nkMax {
			d.fail("bad note kind")
		}
		out[i].Text = d.s()
		out[i].Codes = d.ss()
	}
	return out
}
func (d *decoder) axis() PCSAxis {
	a := PCSAxis{Pos: d.i(), Title: d.s(), Definition: d.s()}
	n := d.n()
	a.Values = make([]PCSValue, n)
	for i := range a.Values {
		a.Values[i] = PCSValue{Char: d.b(), Label: d.s()}
	}
	return a
}

// term decodes a term tree; terms come from one slab to keep allocations low.
func (d *decoder) term(parent *Term, slab *[]Term, depth int) *Term {
	if depth > 64 {
		d.fail("index too deep")
		return &Term{}
	}
	if len(*slab) == 0 {
		*slab = make([]Term, 4096)
	}
	t := &(*slab)[0]
	*slab = (*slab)[1:]
	t.Parent = parent
	t.Level = d.i()
	t.Title = d.s()
	t.Nemod = d.ss()
	t.Code = d.s()
	t.Manif = d.s()
	t.See = d.ss()
	t.SeeAlso = d.ss()
	t.Cells = d.ss()
	if n := d.n(); n > 0 {
		t.Children = make([]*Term, n)
		for i := range t.Children {
			t.Children[i] = d.term(t, slab, depth+1)
		}
	}
	return t
}

// openArtifact decompresses an artifact and reads its string table,
// returning a decoder positioned at the body.
func openArtifact(gz []byte) (*decoder, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("codeset: artifact: %v: %w", err, ErrFormat)
	}
	// The gzip trailer holds the uncompressed size (mod 2^32): read into a
	// buffer of that size at once instead of growing one.
	var raw []byte
	if n := len(gz); n >= 4 {
		if sz := binary.LittleEndian.Uint32(gz[n-4:]); sz < 1<<30 {
			raw = make([]byte, 0, int(sz)+1)
		}
	}
	buf := bytes.NewBuffer(raw)
	if _, err = buf.ReadFrom(zr); err != nil {
		return nil, fmt.Errorf("codeset: artifact: %v: %w", err, ErrFormat)
	}
	raw = buf.Bytes()
	if !bytes.HasPrefix(raw, []byte(artifactMagic)) {
		return nil, fmt.Errorf("codeset: artifact: bad magic: %w", ErrFormat)
	}
	d := &decoder{buf: raw, p: len(artifactMagic)}
	if v := d.u(); v != artifactVersion {
		return nil, fmt.Errorf("codeset: artifact: format version %d, want %d: %w", v, artifactVersion, ErrFormat)
	}
	// The string table aliases the decompressed buffer, which is never
	// modified after this point: one allocation for every string.
	all := unsafe.String(unsafe.SliceData(raw), len(raw))
	ns := d.n()
	d.table = make([]string, ns)
	for i := range d.table {
		l := d.n()
		if d.err != nil {
			return nil, d.err
		}
		d.table[i] = all[d.p : d.p+l]
		d.p += l
	}
	return d, nil
}

func (d *decoder) done() error {
	if d.err != nil {
		return d.err
	}
	if d.p != len(d.buf) {
		return fmt.Errorf("codeset: artifact: %d trailing bytes: %w", len(d.buf)-d.p, ErrFormat)
	}
	return nil
}

// decodePCS decodes the lazily loaded ICD-10-PCS blob.
func decodePCS(gz []byte) ([]PCSCode, []*PCSTable, error) {
	d, err := openArtifact(gz)
	if err != nil {
		return nil, nil, err
	}
	pcs := make([]PCSCode, d.n())
	for i := range pcs {
		pcs[i] = PCSCode{Code: d.s(), Title: d.s()}
	}
	tables := make([]*PCSTable, d.n())
	for i := range tables {
		t := &PCSTable{Code: d.s()}
		t.Axes = make([]PCSAxis, d.n())
		for j := range t.Axes {
			t.Axes[j] = d.axis()
		}
		t.Rows = make([]PCSRow, d.n())
		for j := range t.Rows {
			r := &t.Rows[j]
			r.Axes = make([]PCSAxis, d.n())
			for a := range r.Axes {
				r.Axes[a] = d.axis()
			}
		}
		tables[i] = t
	}
	if err := d.done(); err != nil {
		return nil, nil, err
	}
	return pcs, tables, nil
}

// decodeKB reads an artifact written by encodeKB. The PCS part stays
// compressed in kb.PCSBlob until first use.
func decodeKB(gz []byte) (*kb, error) {
	d, err := openArtifact(gz)
	if err != nil {
		return nil, err
	}
	k := &kb{}
	k.Version = d.s()
	k.Sources = d.ss()
	k.Chapters = make([]kbChapter, d.n())
	for i := range k.Chapters {
		ch := &k.Chapters[i]
		ch.Num = d.i()
		ch.Title, ch.First, ch.Last = d.s(), d.s(), d.s()
		ch.Notes = d.notes()
		ch.Sections = make([]kbSection, d.n())
		for j := range ch.Sections {
			sec := &ch.Sections[j]
			sec.ID, sec.First, sec.Last, sec.Title = d.s(), d.s(), d.s(), d.s()
			sec.Notes = d.notes()
		}
	}
	k.Codes = make([]kbCode, d.n())
	var derived []int32
	for i := range k.Codes {
		c := &k.Codes[i]
		c.Code, c.Title = d.s(), d.s()
		f := d.b()
		if f&16 != 0 {
			derived = append(derived, int32(i))
		}
		c.Billable, c.MCCAlive, c.CC = f&1 != 0, f&2 != 0, (f>>2)&3
		c.Notes = d.notes()
		if n := d.n(); n > 0 {
			c.SevenChr = make([]SevenChr, n)
			for j := range c.SevenChr {
				c.SevenChr[j] = SevenChr{Char: d.b(), Meaning: d.s()}
			}
		}
		if n := d.n(); n > 0 {
			c.HCC = make([]kbHCC, n)
			for j := range c.HCC {
				c.HCC[j] = kbHCC{d.s(), d.s()}
			}
		}
	}
	if len(derived) > 0 {
		codes := make([]string, len(k.Codes))
		for i := range k.Codes {
			codes[i] = k.Codes[i].Code
		}
		par := parents(codes)
		for _, i := range derived {
			p := par[i]
			if p < 0 {
				d.fail("derived title without parent")
				break
			}
			k.Codes[i].Title = k.Codes[p].Title + ", " + k.Codes[i].Title
		}
	}
	nc := int32(len(k.Codes))
	k.CCGroups = make([][]int32, d.n())
	for i := range k.CCGroups {
		g := make([]int32, d.n())
		prev := int32(0)
		for j := range g {
			prev += int32(d.u())
			if prev >= nc || prev < 0 {
				d.fail("code index out of range")
			}
			g[j] = prev
		}
		k.CCGroups[i] = g
	}
	k.PDX = make([]kbPDX, d.n())
	prev := int32(0)
	for i := range k.PDX {
		prev += int32(d.u())
		g := int32(d.u())
		if prev >= nc || prev < 0 || g < 0 || int(g) >= len(k.CCGroups) {
			d.fail("PDX entry out of range")
		}
		k.PDX[i] = kbPDX{prev, g}
	}
	var slab []Term
	for i := range k.Indexes {
		ix := &Index{Columns: d.ss()}
		ix.Terms = make([]*Term, d.n())
		for j := range ix.Terms {
			ix.Terms[j] = d.term(nil, &slab, 0)
		}
		k.Indexes[i] = ix
	}
	k.PCSCount = d.n()
	if n := d.n(); n > 0 && d.p+n <= len(d.buf) {
		k.PCSBlob = d.buf[d.p : d.p+n]
		d.p += n
	} else if n > 0 {
		d.fail("truncated PCS blob")
	}
	for _, f := range reportFields(&k.Report) {
		*f = d.i()
	}
	if err := d.done(); err != nil {
		return nil, err
	}
	return k, nil
}
