package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"notecoder/cdi/codeset"
)

func init() {
	register(command{"lookup", "show one ICD-10-CM code with its notes, CC/MCC and HCC", runLookup})
}

// noteJSON is the wire form of a tabular note in `lookup --json`.
type noteJSON struct {
	Text  string   `json:"text"`
	Codes []string `json:"codes"`
	From  string   `json:"from"`
}

type codeRefJSON struct {
	Code     string `json:"code"`
	Title    string `json:"title"`
	Billable bool   `json:"billable"`
}

type sevenJSON struct {
	Char    string `json:"char"`
	Meaning string `json:"meaning"`
}

// lookupJSON is the `lookup --json` contract: other tools depend on code,
// title, billable, parent, cc, hcc, useAdditionalCode, codeFirst, excludes1.
type lookupJSON struct {
	Code              string            `json:"code"`
	Title             string            `json:"title"`
	Billable          bool              `json:"billable"`
	Parent            string            `json:"parent"`
	Ancestors         []string          `json:"ancestors"`
	Chapter           int               `json:"chapter"`
	ChapterTitle      string            `json:"chapterTitle"`
	Section           string            `json:"section"`
	SectionTitle      string            `json:"sectionTitle"`
	CC                string            `json:"cc"`
	MCCOnlyIfAlive    bool              `json:"mccOnlyIfAlive"`
	HCC               map[string]string `json:"hcc"`
	Inclusion         []string          `json:"inclusion"`
	Notes             []string          `json:"notes"`
	Excludes1         []noteJSON        `json:"excludes1"`
	Excludes2         []noteJSON        `json:"excludes2"`
	CodeFirst         []noteJSON        `json:"codeFirst"`
	UseAdditionalCode []noteJSON        `json:"useAdditionalCode"`
	CodeAlso          []noteJSON        `json:"codeAlso"`
	SevenChr          []sevenJSON       `json:"sevenChr"`
	Placeholder       bool              `json:"placeholder"`
	Children          []codeRefJSON     `json:"children"`
	Version           string            `json:"version"`
}

func notesJSON(ns []codeset.Note) []noteJSON {
	out := make([]noteJSON, 0, len(ns))
	for _, n := range ns {
		codes := n.Codes
		if codes == nil {
			codes = []string{}
		}
		out = append(out, noteJSON{Text: n.Text, Codes: codes, From: n.From})
	}
	return out
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func toLookupJSON(set *codeset.Set, c *codeset.Code) lookupJSON {
	j := lookupJSON{
		Code: c.Code, Title: c.Title, Billable: c.Billable, Parent: c.Parent, Ancestors: []string{},
		Chapter: c.Chapter, ChapterTitle: c.ChapterTitle, Section: c.Section, SectionTitle: c.SectionTitle,
		CC: c.CC, MCCOnlyIfAlive: c.MCCOnlyIfAlive, HCC: map[string]string{},
		Inclusion: orEmpty(c.Inclusion), Notes: orEmpty(c.Notes),
		Excludes1: notesJSON(c.Excludes1), Excludes2: notesJSON(c.Excludes2), CodeFirst: notesJSON(c.CodeFirst),
		UseAdditionalCode: notesJSON(c.UseAdditional), CodeAlso: notesJSON(c.CodeAlso),
		SevenChr: []sevenJSON{}, Placeholder: c.Placeholder, Children: []codeRefJSON{}, Version: set.Version(),
	}
	for p := set.ParentOf(c); p != nil; p = set.ParentOf(p) {
		j.Ancestors = append(j.Ancestors, p.Code)
	}
	for m, h := range c.HCC {
		j.HCC[m] = h
	}
	for _, s := range c.SevenChr {
		j.SevenChr = append(j.SevenChr, sevenJSON{string(s.Char), s.Meaning})
	}
	for _, k := range set.Children(c.Code) {
		j.Children = append(j.Children, codeRefJSON{k.Code, k.Title, k.Billable})
	}
	return j
}

func runLookup(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("lookup", "CODE [--json] [--codeset-dir DIR]", stderr)
	asJSON := fs.Bool("json", false, "print one JSON object")
	load := addCodesetFlag(fs)
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return 2
	}
	if len(pos) != 1 {
		fs.Usage()
		return 2
	}
	set, err := load()
	if err != nil {
		fmt.Fprintf(stderr, "lookup: %v\n", err)
		return 1
	}
	c, ok := set.Lookup(pos[0])
	if !ok {
		shown := codeset.Normalize(pos[0])
		if shown == "" {
			shown = pos[0]
		}
		fmt.Fprintf(stderr, "lookup: unknown code %q in %s\n", shown, set.Version())
		return 1
	}
	j := toLookupJSON(set, c)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(j); err != nil {
			fmt.Fprintf(stderr, "lookup: %v\n", err)
			return 1
		}
		return 0
	}
	kind := "header (not billable)"
	if c.Billable {
		kind = "billable"
	}
	fmt.Fprintf(stdout, "%s  %s\n  %s", c.Code, c.Title, kind)
	if c.CC != "" {
		fmt.Fprintf(stdout, ", MS-DRG %s", c.CC)
	}
	for _, m := range []string{"V28", "V24"} {
		if h, ok := c.HCC[m]; ok {
			fmt.Fprintf(stdout, ", HCC %s %s", m, h)
		}
	}
	fmt.Fprintln(stdout)
	if len(j.Ancestors) > 0 {
		fmt.Fprintf(stdout, "  parents: %s\n", strings.Join(j.Ancestors, " < "))
	}
	fmt.Fprintf(stdout, "  chapter %d %s; section %s %s\n", c.Chapter, c.ChapterTitle, c.Section, c.SectionTitle)
	for _, inc := range c.Inclusion {
		fmt.Fprintf(stdout, "  includes: %s\n", inc)
	}
	for _, n := range c.Notes {
		fmt.Fprintf(stdout, "  note: %s\n", n)
	}
	for _, g := range []struct {
		label string
		notes []codeset.Note
	}{{"code first", c.CodeFirst}, {"use additional code", c.UseAdditional}, {"code also", c.CodeAlso},
		{"excludes1", c.Excludes1}, {"excludes2", c.Excludes2}} {
		for _, n := range g.notes {
			fmt.Fprintf(stdout, "  %s: %s  [%s]\n", g.label, n.Text, n.From)
		}
	}
	if len(c.SevenChr) > 0 {
		fmt.Fprintf(stdout, "  7th character (placeholder X needed: %v):\n", c.Placeholder)
		for _, s := range c.SevenChr {
			fmt.Fprintf(stdout, "    %c  %s\n", s.Char, s.Meaning)
		}
	}
	for _, k := range j.Children {
		fmt.Fprintf(stdout, "  child: %s  %s\n", k.Code, k.Title)
	}
	return 0
}
