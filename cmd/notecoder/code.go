package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"text/tabwriter"
	"unicode/utf8"

	"notecoder/cdi/coder"
	"notecoder/cdi/model"
)

func init() {
	register(command{"code", "code a clinical note to ICD-10-CM (table, --json, or --jsonl batch)", runCode})
}

// maxJSONLLine bounds one --jsonl input line so a runaway producer cannot
// exhaust memory; longer lines get an error line and are skipped.
const maxJSONLLine = 64 << 20

// Errors reported on --jsonl lines that could not be coded.
var (
	errBadJSON     = errors.New("bad_json")
	errMissingText = errors.New("missing_text")
	errBadUTF8     = errors.New("invalid_utf8")
	errTooLong     = errors.New("line_too_long")
)

func runCode(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("code", "[--setting inpatient|outpatient] [--json|--jsonl] [--codeset-dir DIR] [--cpuprofile FILE] [FILE|-]", stderr)
	setting := fs.String("setting", "outpatient", "encounter setting: inpatient or outpatient")
	asJSON := fs.Bool("json", false, "print one JSON object {codes, prompts, findings}")
	asJSONL := fs.Bool("jsonl", false, "read JSON lines {id,text,context} from stdin, write one result line per input line")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the whole run (code set load included) to FILE, for finding where batch coding spends its time")
	load := addCodesetFlag(fs)
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return 2
	}
	if *setting != string(model.Inpatient) && *setting != string(model.Outpatient) {
		fmt.Fprintf(stderr, "code: --setting must be inpatient or outpatient, not %q\n", *setting)
		return 2
	}
	if *asJSON && *asJSONL {
		fmt.Fprintln(stderr, "code: --json and --jsonl are exclusive")
		return 2
	}
	if len(pos) > 1 {
		fmt.Fprintln(stderr, "code: at most one input file")
		return 2
	}
	stopProfile, err := startCPUProfile(*cpuProfile)
	if err != nil {
		fmt.Fprintln(stderr, "code: --cpuprofile:", err)
		return 1
	}
	defer stopProfile()
	cs, err := load()
	if err != nil {
		fmt.Fprintf(stderr, "code: loading code set: %v\n", err)
		return 1
	}
	eng, err := newEngine(cs)
	if err != nil {
		fmt.Fprintf(stderr, "code: %v\n", err)
		return 1
	}
	ctx := model.Context{Setting: model.Setting(*setting)}
	if *asJSONL {
		in := io.Reader(os.Stdin)
		if len(pos) == 1 && pos[0] != "-" {
			f, err := os.Open(pos[0])
			if err != nil {
				fmt.Fprintf(stderr, "code: %v\n", err)
				return 1
			}
			defer f.Close()
			in = f
		}
		if err := codeJSONL(eng, in, stdout, ctx, runtime.GOMAXPROCS(0)); err != nil {
			fmt.Fprintf(stderr, "code: %v\n", err)
			return 1
		}
		return 0
	}
	var note []byte
	if len(pos) == 0 || pos[0] == "-" {
		note, err = io.ReadAll(os.Stdin)
	} else {
		note, err = os.ReadFile(pos[0])
	}
	if err != nil {
		fmt.Fprintf(stderr, "code: %v\n", err)
		return 1
	}
	if !utf8.Valid(note) {
		fmt.Fprintf(stderr, "code: %v: the note is not valid UTF-8\n", errBadUTF8)
		return 1
	}
	res := eng.Code(string(note), ctx)
	if *asJSON {
		out := struct {
			Codes    []model.Code    `json:"codes"`
			Prompts  []model.Prompt  `json:"prompts"`
			Findings []model.Finding `json:"findings"`
		}{res.Codes, res.Prompts, res.Findings}
		if out.Findings == nil {
			out.Findings = []model.Finding{}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			fmt.Fprintf(stderr, "code: %v\n", err)
			return 1
		}
		return 0
	}
	printTable(stdout, string(note), res)
	return 0
}

// printTable writes the readable default output: one row per code with its
// evidence, then the findings that were not coded (negated, hypothetical).
func printTable(w io.Writer, note string, res model.Result) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CODE\tASSERTION\tSECTION\tCONF\tEVIDENCE\tTITLE")
	for _, c := range res.Codes {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%.2f\t%s\t%s\n", c.Code, c.Assertion, c.Section, c.Confidence, evidenceText(note, c.Evidence), c.Title)
	}
	tw.Flush()
	var skipped []model.Finding
	for _, f := range res.Findings {
		if f.Assertion == model.Negated || f.Assertion == model.Hypothetical {
			skipped = append(skipped, f)
		}
	}
	if len(skipped) > 0 {
		fmt.Fprintln(w, "\nnot coded (negated or hypothetical):")
		tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		for _, f := range skipped {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", f.Code, f.Assertion, evidenceText(note, f.Evidence), f.Title)
		}
		tw.Flush()
	}
	if len(res.Prompts) > 0 {
		fmt.Fprintln(w, "\nprompts:")
		for _, p := range res.Prompts {
			fmt.Fprintf(w, "  [%s] %s: %s\n", p.Kind, p.Code, p.Message)
		}
	}
}

func evidenceText(note string, ev []model.Span) string {
	var parts []string
	for _, s := range ev {
		if s.Start >= 0 && s.End <= len(note) && s.Start < s.End {
			parts = append(parts, strings.Join(strings.Fields(note[s.Start:s.End]), " "))
		}
	}
	out := strings.Join(parts, " … ")
	if len(out) > 60 {
		out = out[:57] + "..."
		for !utf8.ValidString(out) {
			out = out[:len(out)-4] + "..."
		}
	}
	return out
}

// jsonlIn is one --jsonl input line.
type jsonlIn struct {
	ID      json.RawMessage `json:"id"`
	Text    *string         `json:"text"`
	Context *model.Context  `json:"context"`
}

// jsonlCode is a code as it appears on a --jsonl output line: the
// protocol's code item (with a per-line id) plus the audit fields.
type jsonlCode struct {
	ID         string       `json:"id"`
	System     string       `json:"system"`
	Code       string       `json:"code"`
	Title      string       `json:"title"`
	Assertion  string       `json:"assertion"`
	Section    string       `json:"section,omitempty"`
	Evidence   []model.Span `json:"evidence"`
	Confidence float64      `json:"confidence"`
	Why        string       `json:"why,omitempty"`
	Rule       string       `json:"rule,omitempty"`
}

type jsonlOut struct {
	ID      json.RawMessage `json:"id"`
	Codes   []jsonlCode     `json:"codes,omitempty"`
	Prompts []model.Prompt  `json:"prompts,omitempty"`
	Error   string          `json:"error,omitempty"`
}

// codeJSONL codes every input line with a pool of workers and writes exactly
// one output line per input line, in input order. A line that cannot be coded
// yields {"id":...,"error":...}; the process goes on.
func codeJSONL(eng *coder.Engine, in io.Reader, out io.Writer, def model.Context, workers int) error {
	if workers < 1 {
		workers = 1
	}
	type job struct {
		seq  int
		line []byte
		err  error
	}
	type done struct {
		seq int
		b   []byte
	}
	jobs := make(chan job, workers*2)
	results := make(chan done, workers*2)
	// slots bounds the lines in flight so the reorder buffer stays small
	// even when one note is much slower than the others.
	slots := make(chan struct{}, workers*8)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- done{j.seq, codeLine(eng, j.line, j.err, def)}
			}
		}()
	}
	var readErr error
	go func() {
		defer close(jobs)
		br := bufio.NewReaderSize(in, 1<<20)
		for seq := 0; ; seq++ {
			line, err := readLine(br)
			if err == io.EOF && line == nil {
				return
			}
			if err != nil && err != io.EOF && !errors.Is(err, errTooLong) {
				readErr = err
				return
			}
			slots <- struct{}{}
			jobs <- job{seq: seq, line: line, err: func() error {
				if errors.Is(err, errTooLong) {
					return err
				}
				return nil
			}()}
			if err == io.EOF {
				return
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()
	bw := bufio.NewWriterSize(out, 1<<16)
	pending := map[int][]byte{}
	next := 0
	var werr error
	for r := range results {
		pending[r.seq] = r.b
		for {
			b, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			if werr == nil {
				if _, err := bw.Write(b); err != nil {
					werr = err
				}
			}
			next++
			<-slots
		}
	}
	if err := bw.Flush(); werr == nil {
		werr = err
	}
	if readErr != nil {
		return readErr
	}
	return werr
}

// readLine reads one line without its line ending; a line longer than
// maxJSONLLine is consumed and reported as errTooLong. It returns (nil,
// io.EOF) at the end of input and (line, io.EOF) for a last unterminated line.
func readLine(br *bufio.Reader) ([]byte, error) {
	var buf []byte
	tooLong := false
	for {
		frag, err := br.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(frag) > maxJSONLLine {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, frag...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil && err != io.EOF {
			return nil, err
		}
		if tooLong {
			return []byte{}, errTooLong
		}
		if err == io.EOF {
			if len(buf) == 0 {
				return nil, io.EOF
			}
			return bytes.TrimRight(buf, "\r\n"), io.EOF
		}
		return bytes.TrimRight(buf, "\r\n"), nil
	}
}

// codeLine codes one --jsonl line and returns its output line (with the
// trailing newline).
func codeLine(eng *coder.Engine, line []byte, lineErr error, def model.Context) []byte {
	var o jsonlOut
	o.ID = json.RawMessage("null")
	fail := func(err error, detail string) []byte {
		o.Codes, o.Prompts = nil, nil
		o.Error = err.Error()
		if detail != "" {
			o.Error += ": " + detail
		}
		b, _ := json.Marshal(o)
		return append(b, '\n')
	}
	if lineErr != nil {
		return fail(lineErr, fmt.Sprintf("lines are limited to %d bytes", maxJSONLLine))
	}
	if !utf8.Valid(line) {
		// Still try to echo the id so the caller can match the error.
		var in jsonlIn
		if json.Unmarshal(bytes.ToValidUTF8(line, []byte("\uFFFD")), &in) == nil && len(in.ID) > 0 {
			o.ID = in.ID
		}
		return fail(errBadUTF8, "the line is not valid UTF-8")
	}
	var in jsonlIn
	if err := json.Unmarshal(line, &in); err != nil {
		// A field of the wrong type still lets the rest decode: echo the
		// id so the caller can match the error to its line.
		if len(in.ID) > 0 {
			o.ID = in.ID
		}
		return fail(errBadJSON, badJSONDetail(line, err))
	}
	if len(in.ID) > 0 {
		o.ID = in.ID
	}
	if in.Text == nil {
		return fail(errMissingText, `the object has no string "text"`)
	}
	ctx := def
	if in.Context != nil {
		if in.Context.Setting != "" {
			if in.Context.Setting != model.Inpatient && in.Context.Setting != model.Outpatient {
				return fail(errBadJSON, "context.setting must be inpatient or outpatient")
			}
			ctx.Setting = in.Context.Setting
		}
		ctx.Age, ctx.Sex, ctx.PrincipalDx = in.Context.Age, in.Context.Sex, in.Context.PrincipalDx
	}
	res := eng.Code(*in.Text, ctx)
	o.Codes = make([]jsonlCode, len(res.Codes))
	for i, c := range res.Codes {
		o.Codes[i] = jsonlCode{ID: fmt.Sprintf("c-%d", i+1), System: c.System, Code: c.Code, Title: c.Title,
			Assertion: string(c.Assertion), Section: c.Section, Evidence: c.Evidence, Confidence: c.Confidence,
			Why: c.Why, Rule: c.Rule}
	}
	o.Prompts = res.Prompts
	b, err := json.Marshal(struct {
		ID      json.RawMessage `json:"id"`
		Codes   []jsonlCode     `json:"codes"`
		Prompts []model.Prompt  `json:"prompts"`
	}{o.ID, o.Codes, nonNilPrompts(o.Prompts)})
	if err != nil {
		return fail(errBadJSON, "cannot encode the result")
	}
	return append(b, '\n')
}

// badJSONDetail says what is wrong with a line that did not decode. A
// well-formed object with a field of the wrong type ("context":"inpatient")
// names the field and the expected shape, so a batch author is not told that
// a valid JSON object is not one.
func badJSONDetail(line []byte, err error) string {
	var te *json.UnmarshalTypeError
	if !json.Valid(line) {
		return "the line is not valid JSON"
	}
	if !errors.As(err, &te) || te.Field == "" {
		return "the line is not a JSON object"
	}
	want := te.Type.Kind().String()
	switch te.Type.Kind() {
	case reflect.Struct:
		want = "an object"
		if te.Field == "context" {
			want = `an object such as {"setting":"inpatient"}`
		}
	case reflect.String:
		want = "a string"
	case reflect.Int, reflect.Int64, reflect.Float64:
		want = "a number"
	}
	return fmt.Sprintf("field %q must be %s, not %s", te.Field, want, te.Value)
}

func nonNilPrompts(p []model.Prompt) []model.Prompt {
	if p == nil {
		return []model.Prompt{}
	}
	return p
}
