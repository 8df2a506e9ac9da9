package coder

import (
	"slices"
	"strings"

	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

// appendNew appends code to list unless it is there already.
func appendNew(list []string, code string) []string {
	if slices.Contains(list, code) {
		return list
	}
	return append(list, code)
}

// stayDone records code, the status of a procedure candidate c reads as
// this stay's, in out.StayDone for the note-level step (dropStayStatus).
// Not a dependence (Z99: "on HD", dialysis goes on after the stay), nor a
// procedure whose sentence gives a year or counts the time since it ("CAD
// s/p CABG x3 (2019)", "valve implanted 17 years before": data/status_post.tsv
// elapsed): what the other sections say of it is left to their own reading.
func (e *Engine) stayDone(out *SectionResult, toks []text.Token, c *cand, code string) {
	if strings.HasPrefix(code, "Z99") {
		return
	}
	lo, hi := sentToks(toks, c)
	for j := lo; j < hi; j++ {
		if isYear(toks[j].Text) || toks[j].Kind == text.Word && e.sp.elapsed[e.tokWid(&toks[j])] {
			return
		}
	}
	out.StayDone = appendNew(out.StayDone, code)
}

// dropStayStatus drops a status code (Z95.5, Z96.651, ...) that one section
// of an inpatient note reads as this stay's procedure (SectionResult.StayDone:
// "Orthopaedics progress note - POD 2. 71F s/p R TKA") and another codes from
// a mention nothing dates ("A/P: R knee OA s/p TKA - WBAT"): the same
// procedure told again, which is no status (I.C.21.c.3: status codes are for
// procedures of past encounters). A status some section reads as past
// (StayPast: "stent in 2019") is a second procedure of the same kind and
// stays, and so does one coded from the past medical or surgical history.
func dropStayStatus(codes []model.Code, parts []Part) []model.Code {
	var done, past []string
	for i := range parts {
		done = append(done, parts[i].Res.StayDone...)
		past = append(past, parts[i].Res.StayPast...)
	}
	if len(done) == 0 {
		return codes
	}
	return dropWhere(codes, func(c *model.Code) bool {
		return c.Code[0] == 'Z' && slices.Contains(done, c.Code) && !slices.Contains(past, c.Code) &&
			c.Section != "pmh" && c.Section != "psh"
	})
}
