package coder

import (
	"strings"

	"notecoder/cdi/model"
)

// dropDementiaWithoutBeside removes a dementia code "without behavioral
// disturbance, psychotic disturbance, mood disturbance, and anxiety" (F01.50,
// F02.C0, F03.90: five characters and a final 0) when the same dementia of
// the same severity is also coded with one of them (F01.511, F02.C11): a
// note that names the severity in one sentence ("Alzheimer's disease,
// severe") and the agitation in another ("dementia, severe, with agitation")
// documents one dementia, and the two codes of its subcategory say opposite
// things. Only codes of F01-F03 are read.
func dropDementiaWithoutBeside(codes []model.Code) []model.Code {
	without := false
	for i := range codes {
		if dementiaWithout(codes[i].Code) {
			without = true
			break
		}
	}
	if !without {
		return codes
	}
	return dropWhere(codes, func(c *model.Code) bool {
		if c.Assertion != model.Present || !dementiaWithout(c.Code) {
			return false
		}
		for i := range codes {
			d := &codes[i]
			if d.Assertion == model.Present && len(d.Code) > len(c.Code) && strings.HasPrefix(d.Code, c.Code[:5]) {
				return true
			}
		}
		return false
	})
}

// dementiaWithout reports a code of F01-F03 whose sixth character 0 says no
// behavioral, psychotic, mood or anxiety disturbance (F01.50, F02.C0, F03.90).
func dementiaWithout(code string) bool {
	return len(code) == 6 && code[0] == 'F' && code[1] == '0' && code[2] >= '1' && code[2] <= '3' && code[3] == '.' && code[5] == '0'
}
