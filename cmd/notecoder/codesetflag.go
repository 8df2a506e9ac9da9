package main

import (
	"flag"

	"notecoder/cdi/codeset"
)

// addCodesetFlag registers --codeset-dir on a subcommand's flag set and
// returns the loader to call after parsing: the embedded FY2026 code set by
// default, or an operator-supplied official release directory (a newer fiscal
// year) parsed with the generator's own rules. Every subcommand that uses the
// code set should take it through this helper so upgrades work everywhere.
func addCodesetFlag(fs *flag.FlagSet) func() (*codeset.Set, error) {
	dir := fs.String("codeset-dir", "", "official release directory to use instead of the embedded code set")
	return func() (*codeset.Set, error) {
		if *dir == "" {
			return codeset.Default()
		}
		return codeset.LoadDir(*dir)
	}
}
