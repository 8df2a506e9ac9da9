package coder

import (
	"testing"

	"notecoder/cdi/model"
)

// FuzzCode codes arbitrary text, seeded with every table case: the note-level
// rules rewrite and drop codes in place (combinations, sequelae, Excludes1),
// and no input may make them panic or give evidence outside the note.
func FuzzCode(f *testing.F) {
	for _, c := range cases {
		f.Add(c.text, c.setting == model.Inpatient)
	}
	f.Add("History of stroke with residual aphasia. Old cerebral infarction with left hemiparesis; prior ICH with dysarthria.", true)
	e := engine(f)
	f.Fuzz(func(t *testing.T, s string, inpatient bool) {
		ctx := model.Context{Setting: model.Outpatient}
		if inpatient {
			ctx.Setting = model.Inpatient
		}
		res := e.Code(s, ctx)
		for _, c := range res.Codes {
			if c.Code == "" || len(c.Evidence) == 0 {
				t.Fatalf("code %+v: empty code or no evidence", c)
			}
			for _, sp := range c.Evidence {
				if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End {
					t.Fatalf("code %s: evidence %+v outside the %d-byte note", c.Code, sp, len(s))
				}
			}
		}
	})
}
