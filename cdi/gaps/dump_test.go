package gaps_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"notecoder/cdi/coder"
	"notecoder/cdi/codeset"
	"notecoder/cdi/gaps"
	"notecoder/cdi/model"
)

func TestDump(t *testing.T) {
	src := os.Getenv("GAPS_DUMP")
	if src == "" {
		t.Skip()
	}
	cs, _ := codeset.Default()
	eng, _ := coder.New(cs)
	g, err := gaps.New(cs, gaps.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(src, "|") {
		note := "ASSESSMENT:\n" + line + "\n"
		res := eng.Code(note, model.Context{Setting: model.Inpatient})
		fmt.Printf("== %s\n", line)
		for _, f := range res.Findings {
			fmt.Printf("   F %s %s %q\n", f.Code, f.Assertion, f.Title)
		}
		for _, p := range g.Prompts(note, model.Context{Setting: model.Inpatient}, &res) {
			fmt.Printf("   P [%s] %s %s | %v | %+v key=%s\n", p.Kind, p.Code, p.Message, p.Options, p.Impact, p.Key)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	src := os.Getenv("GAPS_RT")
	if src == "" {
		t.Skip()
	}
	cs, _ := codeset.Default()
	eng, _ := coder.New(cs)
	g, _ := gaps.New(cs, gaps.Options{NoIndicators: true})
	ctx := model.Context{Setting: model.Inpatient}
	for _, line := range strings.Split(src, "|") {
		note := "ASSESSMENT:\n" + line + "\n"
		res := eng.Code(note, ctx)
		for _, p := range g.Prompts(note, ctx, &res) {
			for _, o := range p.Options {
				if o.Code == "" {
					continue
				}
				n2 := gaps.InsertOption(note, p, o)
				r2 := eng.Code(n2, ctx)
				got := []string{}
				hit := false
				for _, c := range r2.Codes {
					got = append(got, c.Code)
					hit = hit || c.Code == o.Code
				}
				mark := "ok "
				if !hit {
					mark = "BAD"
				}
				fmt.Printf("%s %-9s %q -> %v\n", mark, o.Code, strings.TrimSpace(n2[12:]), got)
			}
		}
	}
}
