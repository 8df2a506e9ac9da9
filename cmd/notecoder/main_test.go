package main

import (
	"flag"
	"io"
	"os"
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

// serve without --dev or --secret-file is the quickstart on a loopback
// address and refused on an address other machines can reach.
func TestLoopbackAddr(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:8080": true, "localhost:8080": true, "[::1]:8080": true, "127.0.0.2:1": true,
		":8080": false, "0.0.0.0:8080": false, "10.0.0.5:8080": false, "[::]:8080": false, "example.com:80": false, "bad": false,
	} {
		if got := loopbackAddr(addr); got != want {
			t.Errorf("loopbackAddr(%q) = %v, want %v", addr, got, want)
		}
	}
}

func TestMemTotal(t *testing.T) {
	if _, err := os.Stat("/proc/meminfo"); err != nil {
		t.Skip("no /proc/meminfo here")
	}
	if m := memTotal(); m < 64<<20 {
		t.Fatalf("memTotal = %d bytes: /proc/meminfo not parsed", m)
	}
}
