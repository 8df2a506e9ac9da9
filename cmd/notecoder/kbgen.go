package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"

	"notecoder/cdi/codeset"
)

func init() {
	register(command{"kbgen", "generate the embedded code-set artifact from official release files", runKbgen})
}

// runKbgen parses an official release directory and writes the compressed,
// deterministic knowledge-base artifact that cdi/codeset embeds.
func runKbgen(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("kbgen", "[--data DIR] [--out FILE]", stderr)
	data := fs.String("data", filepath.Join("..", "shared", "data"), "official release directory (codesets/, drg/, hcc/ or flat)")
	out := fs.String("out", filepath.Join("cdi", "codeset", "kb.bin.gz"), "artifact to write")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return 2
	}
	if len(pos) > 0 {
		fmt.Fprintf(stderr, "kbgen: unexpected argument %q\n", pos[0])
		return 2
	}
	var buf bytes.Buffer
	rep, err := codeset.Generate(*data, &buf)
	if err != nil {
		fmt.Fprintf(stderr, "kbgen: %v\n", err)
		return 1
	}
	// Write via a temporary file so a failed run never leaves a truncated
	// artifact behind.
	tmp := *out + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintf(stderr, "kbgen: %v\n", err)
		return 1
	}
	if err := os.Rename(tmp, *out); err != nil {
		os.Remove(tmp)
		fmt.Fprintf(stderr, "kbgen: %v\n", err)
		return 1
	}
	v := reflect.ValueOf(rep)
	for i := 0; i < v.NumField(); i++ {
		fmt.Fprintf(stdout, "%-26s %d\n", v.Type().Field(i).Name, v.Field(i).Int())
	}
	fmt.Fprintf(stdout, "wrote %s (%d bytes)\n", *out, buf.Len())
	return 0
}
