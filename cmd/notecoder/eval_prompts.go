package main

import (
	"encoding/json"
	"fmt"
	"io"

	"notecoder/cdi/coder"
	"notecoder/cdi/codeset"
	"notecoder/cdi/gaps"
	"notecoder/cdi/model"
)

func init() {
	register(command{name: "eval-prompts", summary: "measure documentation-gap prompt recall on CodiEsp", run: runEvalPrompts})
}

// runEvalPrompts codes every CodiEsp document of a split (inpatient), runs
// the gap engine and prints prompt recall on gold codes that are unspecified
// where a specified sibling exists (gaps.EvalPromptRecall).
func runEvalPrompts(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("eval-prompts", "--codiesp FILE [--split dev|train|all] [--json]", stderr)
	path := fs.String("codiesp", "", "CodiEsp JSONL(.gz) file")
	split := fs.String("split", "dev", "split to measure: dev, train or all")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return 2
	}
	if *path == "" || len(rest) > 0 {
		fs.Usage()
		return 2
	}
	docs, err := readCodiEsp(*path)
	if err != nil {
		fmt.Fprintf(stderr, "eval-prompts: %v\n", err)
		return 1
	}
	cs, err := codeset.Default()
	if err != nil {
		fmt.Fprintf(stderr, "eval-prompts: loading code set: %v\n", err)
		return 1
	}
	eng, err := coder.New(cs)
	if err != nil {
		fmt.Fprintf(stderr, "eval-prompts: %v\n", err)
		return 1
	}
	g, err := gaps.New(cs, gaps.Options{})
	if err != nil {
		fmt.Fprintf(stderr, "eval-prompts: %v\n", err)
		return 1
	}
	eng.Prompts = g.Prompts
	var sel []codiespDoc
	for _, d := range docs {
		if *split == "all" || d.Split == *split {
			sel = append(sel, d)
		}
	}
	if len(sel) == 0 {
		fmt.Fprintf(stderr, "eval-prompts: no documents in split %q\n", *split)
		return 1
	}
	results := codeAll(eng, len(sel), func(i int) (string, model.Context) {
		return sel[i].Text, model.Context{Setting: model.Inpatient}
	})
	out := make([]gaps.RecallDoc, len(sel))
	for i, res := range results {
		out[i] = gaps.RecallDoc{Gold: sel[i].Gold, Findings: res.Findings, Prompts: res.Prompts}
	}
	rep := g.EvalPromptRecall(out)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return 1
		}
		return 0
	}
	fmt.Fprintf(stdout, "split %s: %d docs, %d prompts (%.1f per doc)\n", *split, rep.Docs, rep.Prompts, float64(rep.Prompts)/float64(rep.Docs))
	fmt.Fprintf(stdout, "eligible gold codes (unspecified, specified sibling exists): %d\n", rep.Eligible)
	fmt.Fprintf(stdout, "prompt recall: %d/%d = %.3f\n", rep.Hit, rep.Eligible, rep.Recall)
	fmt.Fprintf(stdout, "common CDI targets (gaps.CDITargets): %d/%d = %.3f\n", rep.TargetHit, rep.TargetEligible, rep.TargetRecall)
	fmt.Fprintf(stdout, "coder read the category: %d; recall when read: %.3f\n", rep.Read, rep.HitWhenRead)
	fmt.Fprintf(stdout, "caught: %v\nmissed: %v\n", rep.Caught, rep.Missed)
	return 0
}
