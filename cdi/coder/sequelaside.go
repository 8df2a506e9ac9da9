package coder

import (
	"slices"
	"strings"

	"notecoder/cdi/model"
)

// sequelaSide gives an injury coded as a sequela (7th character S) with
// its side unspecified the side of the residual condition the note codes:
// "post-traumatic osteoarthritis of the right ankle, sequela of old
// trimalleolar fracture" is the right lower leg's fracture (S82.851S), the
// residual being where the injury was (I.C.19.a: the sequela code names
// the injury that caused it). Only when the note's residuals name one side;
// the sibling is the code whose title says that side where this one says
// "unspecified". The note-level step runs on every keystroke and a note
// seldom codes such a sequela: it is looked for before any title is read.
func (e *Engine) sequelaSide(codes []model.Code) {
	if !slices.ContainsFunc(codes, unsidedSequela) {
		return
	}
	side, sides := "", 0
	for _, c := range codes {
		if c.Assertion != model.Present || c.Code[0] == 'S' || c.Code[0] == 'T' || chapter20(c.Code) {
			continue
		}
		if s := sideWord(c.Title); s != "" && s != side {
			side = s
			sides++
		}
	}
	if sides != 1 {
		return
	}
	for i := range codes {
		c := &codes[i]
		if !unsidedSequela(*c) {
			continue
		}
		// (Each "unspecified" in turn: "Burn of unspecified degree of
		// unspecified forearm" leaves its side open in the second.)
		for at := strings.Index(c.Title, "unspecified"); at >= 0; {
			want := c.Title[:at] + side + c.Title[at+len("unspecified"):]
			if e.sideSibling(c, want) {
				break
			}
			next := strings.Index(c.Title[at+1:], "unspecified")
			if next < 0 {
				break
			}
			at += 1 + next
		}
	}
}

// sideSibling recodes c to the code of its 6th-character siblings titled
// want, reporting whether there was one.
func (e *Engine) sideSibling(c *model.Code, want string) bool {
	for d := byte('0'); d <= '9'; d++ {
		if d == c.Code[6] {
			continue
		}
		code := c.Code[:6] + string(d) + c.Code[7:]
		if t := e.title(code); t == want {
			c.Code, c.Title = code, t
			c.Why += "; the side of the residual the note codes"
			return true
		}
	}
	return false
}

// unsidedSequela reports an injury code of a sequela (S or T, 7th character
// S) whose title leaves something unspecified: the codes sequelaSide may give
// a side.
func unsidedSequela(c model.Code) bool {
	return len(c.Code) == 8 && c.Code[7] == 'S' && (c.Code[0] == 'S' || c.Code[0] == 'T') && strings.Contains(c.Title, "unspecified")
}
