package codeset

import (
	"errors"
	"sync"
)

var (
	defaultOnce sync.Once
	defaultSet  *Set
	defaultErr  error
)

// Default returns the embedded knowledge base, decoded once and shared by all
// callers; safe for concurrent use.
func Default() (*Set, error) {
	defaultOnce.Do(func() {
		defaultSet, defaultErr = nil, errors.New("codeset: embedded artifact not generated yet")
	})
	return defaultSet, defaultErr
}

// LoadDir builds a Set from an operator-supplied official release directory
// holding the same file names and formats as the embedded release (flat, or
// with codesets/, drg/ and hcc/ subdirectories), e.g. a newer fiscal year.
func LoadDir(dir string) (*Set, error) {
	return nil, errors.New("codeset: LoadDir not implemented yet")
}

// CCExcluded reports whether secondary diagnosis code loses its CC/MCC status
// when principal is the principal diagnosis (MS-DRG v43 PDX exclusion list).
func (s *Set) CCExcluded(code, principal string) bool {
	g, ok := s.ccGroup[key(code)]
	if !ok {
		return false
	}
	for _, x := range s.pdxExcl[key(principal)] {
		if x == g {
			return true
		}
	}
	return false
}

type searcher struct{}

// Search is encoder-style, index-driven look-up: it returns the best codes
// for free text such as "heart failure acute diastolic", best first.
func (s *Set) Search(text string, limit int) []Hit { return nil }
