package main

import (
	"flag"
	"io"
	"reflect"
	"testing"
)

func TestParseInterspersed(t *testing.T) {
	cases := []struct {
		args []string
		pos  []string
		json bool
	}{
		{[]string{"I50.23", "--json"}, []string{"I50.23"}, true},
		{[]string{"--json", "I50.23"}, []string{"I50.23"}, true},
		{[]string{"I50.23"}, []string{"I50.23"}, false},
		{[]string{"-", "--json"}, []string{"-"}, true},
		{[]string{"--", "--json"}, []string{"--json"}, false},
		{[]string{"a", "--json", "b"}, []string{"a", "b"}, true},
	}
	for _, c := range cases {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		j := fs.Bool("json", false, "")
		pos, err := parseInterspersed(fs, c.args)
		if err != nil {
			t.Fatalf("%v: %v", c.args, err)
		}
		if !reflect.DeepEqual(pos, c.pos) && !(len(pos) == 0 && len(c.pos) == 0) {
			t.Errorf("%v: positional %v, want %v", c.args, pos, c.pos)
		}
		if *j != c.json {
			t.Errorf("%v: json %v, want %v", c.args, *j, c.json)
		}
	}
}

func TestUnknownCommand(t *testing.T) {
	if got := run([]string{"nope"}, io.Discard, io.Discard); got != 2 {
		t.Fatalf("exit %d, want 2", got)
	}
}
