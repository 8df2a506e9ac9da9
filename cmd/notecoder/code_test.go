package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"notecoder/cdi/codeset"
	"notecoder/cdi/model"
)

// TestCodeJSONLOneLinePerInput checks the batch contract: exactly one output
// line per input line, in input order, whatever the mix of good and bad
// lines and however many workers race, with an error key (a typed code and a
// detail naming what to fix) only on the lines that could not be coded.
func TestCodeJSONLOneLinePerInput(t *testing.T) {
	cs, err := codeset.Default()
	if err != nil {
		t.Fatal(err)
	}
	eng, err := newEngine(cs)
	if err != nil {
		t.Fatal(err)
	}
	bad := []struct{ line, id, err string }{
		{`{"id":"ctx","text":"Fever.","context":"inpatient"}`, `"ctx"`, `bad_json: field "context" must be an object such as {"setting":"inpatient"}, not string`},
		{`{"id":"num","text":5}`, `"num"`, `bad_json: field "text" must be a string, not number`},
		{`{"id":"age","text":"x","context":{"age":"old"}}`, `"age"`, `bad_json: field "context.age" must be a number, not string`},
		{`[1,2]`, `null`, `bad_json: the line is not a JSON object`},
		{`{"id":"cut","text":"Fev`, `null`, `bad_json: the line is not valid JSON`},
		{``, `null`, `bad_json: the line is not valid JSON`},
		{`{"id":"none"}`, `"none"`, `missing_text: the object has no string "text"`},
		{`{"id":"icu","text":"Fever.","context":{"setting":"icu"}}`, `"icu"`, `bad_json: context.setting must be inpatient or outpatient`},
		{"{\"id\":\"utf\",\"text\":\"Fever \xff.\"}", `"utf"`, `invalid_utf8: the line is not valid UTF-8`},
	}
	var in strings.Builder
	type want struct{ id, err string }
	var wants []want
	for i := 0; i < 60; i++ {
		if i%7 == 3 {
			b := bad[(i/7)%len(bad)]
			in.WriteString(b.line + "\n")
			wants = append(wants, want{b.id, b.err})
			continue
		}
		fmt.Fprintf(&in, `{"id":%d,"text":"Assessment: fever and cough, day %d.","context":{"setting":"inpatient"}}`+"\n", i, i)
		wants = append(wants, want{fmt.Sprint(i), ""})
	}
	var out bytes.Buffer
	if err := codeJSONL(eng, strings.NewReader(in.String()), &out, model.Context{Setting: model.Outpatient}, 4); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != len(wants) {
		t.Fatalf("%d output lines for %d input lines", len(lines), len(wants))
	}
	for i, l := range lines {
		var o struct {
			ID    json.RawMessage `json:"id"`
			Codes []struct {
				Code string `json:"code"`
			} `json:"codes"`
			Error *string `json:"error"`
		}
		if err := json.Unmarshal([]byte(l), &o); err != nil {
			t.Fatalf("line %d is not JSON: %v", i, err)
		}
		w := wants[i]
		if string(o.ID) != w.id {
			t.Errorf("line %d: id %s, want %s (order lost?)", i, o.ID, w.id)
		}
		switch {
		case w.err == "" && o.Error != nil:
			t.Errorf("line %d: unexpected error %q", i, *o.Error)
		case w.err != "" && (o.Error == nil || *o.Error != w.err):
			t.Errorf("line %d: error %v, want %q", i, o.Error, w.err)
		case w.err == "":
			got := map[string]bool{}
			for _, c := range o.Codes {
				got[c.Code] = true
			}
			if !got["R50.9"] || !got["R05.9"] {
				t.Errorf("line %d: codes %v, want fever R50.9 and cough R05.9", i, o.Codes)
			}
		}
	}
}

// TestCodeCPUProfile: an operator asks `code --cpuprofile` where a batch
// spends its time; an unwritable path must fail before any coding (exit 1,
// nothing on stdout), and a good path must leave a profile pprof can read.
func TestCodeCPUProfile(t *testing.T) {
	var out, errb bytes.Buffer
	bad := filepath.Join(t.TempDir(), "missing-dir", "cpu.prof")
	if rc := run([]string{"code", "--cpuprofile", bad, "--jsonl", os.DevNull}, &out, &errb); rc != 1 || out.Len() != 0 || !strings.Contains(errb.String(), "--cpuprofile") {
		t.Fatalf("unwritable profile: rc %d, stdout %q, stderr %q", rc, out.String(), errb.String())
	}
	path := filepath.Join(t.TempDir(), "cpu.prof")
	in := filepath.Join(t.TempDir(), "in.jsonl")
	if err := os.WriteFile(in, []byte(`{"id":"a","text":"Acute cystitis."}`+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	errb.Reset()
	if rc := run([]string{"code", "--jsonl", "--cpuprofile", path, in}, &out, &errb); rc != 0 || !strings.Contains(out.String(), `"N30.00"`) {
		t.Fatalf("rc %d, stdout %q, stderr %q", rc, out.String(), errb.String())
	}
	if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
		t.Fatalf("profile %s: %v, %v", path, fi, err)
	}
}
