package main

import (
	"encoding/json"
	"fmt"
	"io"
	"reflect"

	"notecoder/cdi/codeset"
)

func init() {
	register(command{"codeset", "show the loaded code-set version, counts and load time", runCodeset})
}

// codesetJSON is the `codeset --json` contract (version and billable at least).
type codesetJSON struct {
	Version    string         `json:"version"`
	Billable   int            `json:"billable"`
	Codes      int            `json:"codes"`
	Categories int            `json:"categories"`
	IndexTerms int            `json:"indexTerms"`
	PCSCodes   int            `json:"pcsCodes"`
	LoadTimeMS float64        `json:"loadTimeMs"`
	Sources    []string       `json:"sources"`
	Report     codeset.Report `json:"report"`
}

func runCodeset(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("codeset", "[--json] [--codeset-dir DIR]", stderr)
	asJSON := fs.Bool("json", false, "print one JSON object")
	load := addCodesetFlag(fs)
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return 2
	}
	if len(pos) > 0 {
		fmt.Fprintf(stderr, "codeset: unexpected argument %q\n", pos[0])
		return 2
	}
	set, err := load()
	if err != nil {
		fmt.Fprintf(stderr, "codeset: %v\n", err)
		return 1
	}
	st := set.Stats()
	j := codesetJSON{Version: st.Version, Billable: st.Billable, Codes: st.Codes, Categories: st.Categories,
		IndexTerms: st.IndexTerms, PCSCodes: st.PCSCodes, LoadTimeMS: float64(st.LoadTime.Microseconds()) / 1000,
		Sources: st.Sources, Report: set.Report()}
	if *asJSON {
		if err := json.NewEncoder(stdout).Encode(j); err != nil {
			fmt.Fprintf(stderr, "codeset: %v\n", err)
			return 1
		}
		return 0
	}
	fmt.Fprintf(stdout, "%s\n", j.Version)
	fmt.Fprintf(stdout, "  billable codes   %d\n  codes+headers    %d\n  categories       %d\n  index terms      %d\n  PCS codes        %d\n  load time        %.1f ms\n",
		j.Billable, j.Codes, j.Categories, j.IndexTerms, j.PCSCodes, j.LoadTimeMS)
	fmt.Fprintln(stdout, "  sources:")
	for _, s := range j.Sources {
		fmt.Fprintf(stdout, "    %s\n", s)
	}
	fmt.Fprintln(stdout, "  merge report:")
	v := reflect.ValueOf(j.Report)
	for i := 0; i < v.NumField(); i++ {
		fmt.Fprintf(stdout, "    %-26s %d\n", v.Type().Field(i).Name, v.Field(i).Int())
	}
	return 0
}
