package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

func init() {
	register(command{"search", "find ICD-10-CM codes for words, the way an encoder does", runSearch})
}

// searchHitJSON is one `search --json` result.
type searchHitJSON struct {
	Code     string   `json:"code"`
	Title    string   `json:"title"`
	Billable bool     `json:"billable"`
	Score    float64  `json:"score"`
	Path     []string `json:"path"`
}

func runSearch(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("search", "TEXT... [--json] [--limit N] [--codeset-dir DIR]", stderr)
	asJSON := fs.Bool("json", false, "print a JSON array of hits")
	limit := fs.Int("limit", 10, "maximum number of hits")
	load := addCodesetFlag(fs)
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return 2
	}
	text := strings.TrimSpace(strings.Join(pos, " "))
	if text == "" {
		fs.Usage()
		return 2
	}
	if *limit <= 0 {
		fmt.Fprintln(stderr, "search: --limit must be positive")
		return 2
	}
	set, err := load()
	if err != nil {
		fmt.Fprintf(stderr, "search: %v\n", err)
		return 1
	}
	hits := set.Search(text, *limit)
	out := make([]searchHitJSON, 0, len(hits))
	for _, h := range hits {
		j := searchHitJSON{Code: h.Code, Title: h.Title, Score: h.Score, Path: h.Path}
		if j.Path == nil {
			j.Path = []string{}
		}
		if c, ok := set.Lookup(h.Code); ok {
			j.Billable = c.Billable
		}
		out = append(out, j)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(out); err != nil {
			fmt.Fprintf(stderr, "search: %v\n", err)
			return 1
		}
		return 0
	}
	if len(out) == 0 {
		fmt.Fprintln(stderr, "search: no match")
		return 1
	}
	for _, h := range out {
		path := ""
		if len(h.Path) > 0 {
			path = "  [index: " + strings.Join(h.Path, ", ") + "]"
		}
		fmt.Fprintf(stdout, "%-9s %6.2f  %s%s\n", h.Code, h.Score, h.Title, path)
	}
	return 0
}
