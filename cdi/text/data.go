package text

import (
	"embed"
	"strings"
)

//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// mustData returns an embedded data file. The files are part of the binary, so
// a missing one is a build defect and panics at first use (covered by tests).
func mustData(name string) string {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		panic("text: missing embedded data file " + name)
	}
	return string(b)
}

// splitTSV splits a data file into tab-separated fields per line, skipping
// blank lines and lines starting with '#'. Fields are trimmed.
func splitTSV(s string) [][]string {
	var out [][]string
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimRight(line, "\r")
		if t := strings.TrimSpace(line); t == "" || t[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		out = append(out, f)
	}
	return out
}
