package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func runCLI(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	rc := run(args, &out, &errb)
	return rc, out.String(), errb.String()
}

func TestLookupJSONFlagPositions(t *testing.T) {
	for _, args := range [][]string{
		{"lookup", "I50.23", "--json"},
		{"lookup", "--json", "i5023"},
		{"lookup", "-json", "I5023"},
	} {
		rc, out, errs := runCLI(args...)
		if rc != 0 {
			t.Fatalf("%v: rc %d stderr %s", args, rc, errs)
		}
		var j map[string]any
		if err := json.Unmarshal([]byte(out), &j); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
		hcc, _ := j["hcc"].(map[string]any)
		if j["code"] != "I50.23" || j["billable"] != true || j["cc"] != "MCC" || j["parent"] != "I50.2" || hcc["V28"] != "224" {
			t.Errorf("%v: %v", args, j)
		}
		for _, k := range []string{"useAdditionalCode", "codeFirst", "excludes1", "excludes2", "codeAlso", "sevenChr", "children", "inclusion"} {
			if _, ok := j[k].([]any); !ok {
				t.Errorf("%v: %s is not an array: %v", args, k, j[k])
			}
		}
	}
}

func TestLookupCases(t *testing.T) {
	tests := []struct {
		args     []string
		rc       int
		contains string
		stderr   string
	}{
		{[]string{"lookup", "E11.22", "--json"}, 0, `"N18.3"`, ""},
		{[]string{"lookup", "S52.502", "--json"}, 0, `"billable":false`, ""},
		{[]string{"lookup", "s52502a", "--json"}, 0, `"code":"S52.502A","title":"Unspecified fracture of the lower end of left radius, initial encounter for closed fracture","billable":true`, ""},
		{[]string{"lookup", "A41.54"}, 0, "Sepsis due to Acinetobacter baumannii", ""},
		{[]string{"lookup", "Q99.99", "--json"}, 1, "", "unknown code"},
		{[]string{"lookup", "--json"}, 2, "", "usage"},
		{[]string{"lookup", "I50.23", "--codeset-dir", "/nonexistent"}, 1, "", "release directory"},
	}
	for _, tc := range tests {
		rc, out, errs := runCLI(tc.args...)
		if rc != tc.rc || !strings.Contains(out, tc.contains) || !strings.Contains(errs, tc.stderr) {
			t.Errorf("%v: rc %d out %.200q err %q", tc.args, rc, out, errs)
		}
		if tc.rc != 0 && out != "" {
			t.Errorf("%v: stdout must stay empty on error: %q", tc.args, out)
		}
	}
}

func TestCodesetJSON(t *testing.T) {
	for _, args := range [][]string{{"codeset", "--json"}, {"codeset", "-json"}} {
		rc, out, errs := runCLI(args...)
		if rc != 0 {
			t.Fatalf("rc %d: %s", rc, errs)
		}
		var j struct {
			Version  string `json:"version"`
			Billable int    `json:"billable"`
			PCSCodes int    `json:"pcsCodes"`
		}
		if err := json.Unmarshal([]byte(out), &j); err != nil {
			t.Fatal(err)
		}
		if j.Version != "ICD-10-CM FY2026" || j.Billable != 74719 || j.PCSCodes != 79115 {
			t.Errorf("%+v", j)
		}
	}
	if rc, _, _ := runCLI("codeset", "extra"); rc != 2 {
		t.Errorf("unexpected positional accepted: rc %d", rc)
	}
}

func TestCodesetDirFixture(t *testing.T) {
	rc, out, errs := runCLI("lookup", "--codeset-dir", "../../cdi/codeset/testdata/release", "A41.54", "--json")
	if rc != 0 || !strings.Contains(out, `"cc":"MCC"`) {
		t.Errorf("rc %d out %s err %s", rc, out, errs)
	}
	// The fixture has no I10: the directory, not the embedded set, answered.
	if rc, _, _ := runCLI("lookup", "I10", "--codeset-dir", "../../cdi/codeset/testdata/release"); rc != 1 {
		t.Errorf("I10 found in fixture: rc %d", rc)
	}
}

func TestSearchCLI(t *testing.T) {
	for _, args := range [][]string{
		{"search", "heart failure acute diastolic", "--json"},
		{"search", "--json", "heart", "failure", "acute", "diastolic"},
		{"search", "--limit", "3", "heart failure acute diastolic", "--json"},
	} {
		rc, out, errs := runCLI(args...)
		if rc != 0 {
			t.Fatalf("%v: rc %d %s", args, rc, errs)
		}
		var hits []struct {
			Code string   `json:"code"`
			Path []string `json:"path"`
		}
		if err := json.Unmarshal([]byte(out), &hits); err != nil {
			t.Fatal(err)
		}
		if len(hits) == 0 || hits[0].Code != "I50.31" {
			t.Errorf("%v: %+v", args, hits)
		}
	}
	if rc, _, _ := runCLI("search"); rc != 2 {
		t.Error("empty search accepted")
	}
	if rc, out, _ := runCLI("search", "zzqx"); rc != 1 || out != "" {
		t.Errorf("no-match search: rc %d out %q", rc, out)
	}
}

func TestKbgenFixture(t *testing.T) {
	dir := t.TempDir()
	a, b := dir+"/a.bin.gz", dir+"/b.bin.gz"
	for _, out := range []string{a, b} {
		rc, stdout, errs := runCLI("kbgen", "--data", "../../cdi/codeset/testdata/release", "--out", out)
		if rc != 0 || !strings.Contains(stdout, "IndexRepointed") {
			t.Fatalf("rc %d out %s err %s", rc, stdout, errs)
		}
	}
	ab, _ := os.ReadFile(a)
	bb, _ := os.ReadFile(b)
	if len(ab) == 0 || !bytes.Equal(ab, bb) {
		t.Error("kbgen output differs between runs")
	}
	if rc, _, errs := runCLI("kbgen", "--data", dir, "--out", dir+"/c.bin.gz"); rc != 1 || !strings.Contains(errs, "required file missing") {
		t.Errorf("kbgen on empty dir: rc %d %s", rc, errs)
	}
	if _, err := os.Stat(dir + "/c.bin.gz"); err == nil {
		t.Error("failed kbgen left an artifact")
	}
}
