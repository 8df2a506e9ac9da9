package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"notecoder/cdi/text"
)

func init() {
	register(command{"eval", "measure the coder (--codiesp, --notes) or the section classifier (--mtsdialog) on a gold file", runEval})
}

func runEval(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("eval", "--codiesp FILE.jsonl[.gz] | --notes FILE.jsonl [--detail] | --mtsdialog FILE.csv [FILE.csv...]", stderr)
	mts := fs.String("mtsdialog", "", "MTS-Dialog CSV (columns section_header, section_text); more CSV files may follow as arguments")
	codiesp := fs.String("codiesp", "", "CodiEsp JSONL (id, split, text, dx_codes), optionally gzip-compressed")
	notes := fs.String("notes", "", "notes gold JSONL written for the project (id, set, text, context, gold, accept), e.g. testdata/usnotes.jsonl")
	detail := fs.Bool("detail", false, "with --notes: list each note's wrong and missing codes")
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return 2
	}
	given := 0
	for _, f := range []string{*mts, *codiesp, *notes} {
		if f != "" {
			given++
		}
	}
	switch {
	case given > 1:
		fmt.Fprintln(stderr, "notecoder eval: give one of --codiesp, --notes or --mtsdialog")
		return 2
	case *notes != "":
		if len(rest) > 0 {
			fmt.Fprintln(stderr, "notecoder eval: unexpected arguments after --notes FILE")
			return 2
		}
		return evalNotes(*notes, *detail, stdout, stderr)
	case *mts != "":
		return evalMTSDialog(append([]string{*mts}, rest...), stdout, stderr)
	case *codiesp != "":
		if len(rest) > 0 {
			fmt.Fprintln(stderr, "notecoder eval: unexpected arguments after --codiesp FILE")
			return 2
		}
		return evalCodiEsp(*codiesp, stdout, stderr)
	}
	fs.Usage()
	return 2
}

// mtsKinds maps each MTS-Dialog gold class to the section kinds that count
// as a correct answer. MTS-Dialog merges family and social history in one
// class and splits assessment from diagnosis; notecoder's kinds are finer in
// some places and coarser in others, so a class may accept several kinds.
var mtsKinds = map[string][]string{
	"GENHX":         {text.HPI},
	"CC":            {text.ChiefComplaint},
	"PASTMEDICALHX": {text.PMH},
	"PASTSURGICAL":  {text.PSH},
	"FAM/SOCHX":     {text.FamilyHistory, text.SocialHistory},
	"ALLERGY":       {text.Allergies},
	"ROS":           {text.ROS},
	"MEDICATIONS":   {text.Medications},
	"ASSESSMENT":    {text.Assessment, text.AssessmentPlan, text.Impression},
	"DIAGNOSIS":     {text.Diagnoses, text.DischargeDiagnoses},
	"EXAM":          {text.Exam},
	"PLAN":          {text.Plan, text.AssessmentPlan},
	"EDCOURSE":      {text.HospitalCourse},
	"DISPOSITION":   {text.Other},
	"IMMUNIZATIONS": {text.Other},
	"IMAGING":       {text.Results},
	"LABS":          {text.Results},
	"PROCEDURES":    {text.HospitalCourse, text.PSH},
	"GYNHX":         {text.PMH},
	"OTHER_HISTORY": {text.PMH, text.SocialHistory, text.FamilyHistory, text.Other},
}

// errMTSFormat is returned for a CSV that lacks the MTS-Dialog columns.
var errMTSFormat = errors.New("not an MTS-Dialog CSV (need columns section_header and section_text)")

type mtsRow struct{ gold, text string }

func readMTS(path string) ([]mtsRow, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, errMTSFormat)
	}
	hi, ti := -1, -1
	for i, h := range head {
		switch strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")) {
		case "section_header":
			hi = i
		case "section_text":
			ti = i
		}
	}
	if hi < 0 || ti < 0 {
		return nil, fmt.Errorf("%s: %w", path, errMTSFormat)
	}
	var rows []mtsRow
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if hi >= len(rec) || ti >= len(rec) {
			continue
		}
		rows = append(rows, mtsRow{gold: strings.ToUpper(strings.TrimSpace(rec[hi])), text: rec[ti]})
	}
	return rows, nil
}

// evalMTSDialog classifies every MTS-Dialog section text with
// text.ClassifyContent (the gold header is not shown to the classifier) and
// prints accuracy per file, overall and per gold class with the most common
// confusions.
func evalMTSDialog(paths []string, stdout, stderr io.Writer) int {
	type classStat struct {
		n, ok int
		wrong map[string]int
	}
	stats := map[string]*classStat{}
	total, correct := 0, 0
	for _, p := range paths {
		rows, err := readMTS(p)
		if err != nil {
			fmt.Fprintf(stderr, "notecoder eval: %v\n", err)
			return 1
		}
		fn, fok := 0, 0
		for _, row := range rows {
			accept, known := mtsKinds[row.gold]
			if !known {
				fmt.Fprintf(stderr, "notecoder eval: %s: unknown gold class %q skipped\n", p, row.gold)
				continue
			}
			pred := text.ClassifyContent(row.text)
			st := stats[row.gold]
			if st == nil {
				st = &classStat{wrong: map[string]int{}}
				stats[row.gold] = st
			}
			st.n++
			fn++
			hit := false
			for _, k := range accept {
				if k == pred {
					hit = true
				}
			}
			if hit {
				st.ok++
				fok++
			} else {
				st.wrong[pred]++
			}
		}
		total += fn
		correct += fok
		fmt.Fprintf(stdout, "%s: %d sections, accuracy %.3f\n", p, fn, ratio(fok, fn))
	}
	fmt.Fprintf(stdout, "overall: %d sections, accuracy %.3f\n\n", total, ratio(correct, total))
	names := make([]string, 0, len(stats))
	for k := range stats {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool { return stats[names[i]].n > stats[names[j]].n })
	fmt.Fprintf(stdout, "%-14s %5s %6s  %-34s %s\n", "gold", "n", "acc", "accepted kinds", "most common wrong predictions")
	for _, g := range names {
		st := stats[g]
		type kv struct {
			k string
			n int
		}
		var w []kv
		for k, n := range st.wrong {
			w = append(w, kv{k, n})
		}
		sort.Slice(w, func(i, j int) bool { return w[i].n > w[j].n || w[i].n == w[j].n && w[i].k < w[j].k })
		var parts []string
		for i, x := range w {
			if i == 3 {
				break
			}
			parts = append(parts, fmt.Sprintf("%s %d", x.k, x.n))
		}
		fmt.Fprintf(stdout, "%-14s %5d %6.3f  %-34s %s\n", g, st.n, ratio(st.ok, st.n), strings.Join(mtsKinds[g], ","), strings.Join(parts, ", "))
	}
	return 0
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
