package gaps

import (
	"strings"

	"notecoder/cdi/model"
)

// InsertOption returns note with the option's label written next to the
// prompt's evidence, the way an editor applies a one-click answer: words that
// qualify the condition go before the first evidence span ("right" +
// "osteoarthritis of the knee"), phrases that link it go after the last one
// ("sepsis" + "due to escherichia coli"), and in a label with a comma the part
// before the comma goes before and the rest after ("right, subsequent
// encounter"). Labels are chosen so that the coder then reads the option's
// code; the tests check this round trip. Escape answers (no code) and prompts
// without evidence return note unchanged.
func InsertOption(note string, p model.Prompt, o model.Option) string {
	if o.Code == "" || len(p.Evidence) == 0 {
		return note
	}
	first, last := p.Evidence[0], p.Evidence[0]
	for _, e := range p.Evidence {
		if e.Start < first.Start {
			first = e
		}
		if e.End > last.End {
			last = e
		}
	}
	if first.Start < 0 || last.End > len(note) || first.Start > last.End {
		return note
	}
	// a sub-stage replaces the stage already written ("stage 3" -> "stage 3b")
	if strings.HasPrefix(o.Label, "stage ") {
		ev := note[first.Start:last.End]
		if i := strings.LastIndex(strings.ToLower(ev), "stage "); i >= 0 {
			j := i + len("stage ")
			k := j
			for k < len(ev) && ev[k] != ' ' && ev[k] != ',' && ev[k] != '.' {
				k++
			}
			return note[:first.Start] + ev[:i] + o.Label + ev[k:] + note[last.End:]
		}
	}
	before, after := o.Label, ""
	if i := strings.Index(o.Label, ", "); i >= 0 {
		before, after = o.Label[:i], o.Label[i+2:]
	}
	for _, p := range []string{"with ", "without ", "due to ", "in "} {
		if strings.HasPrefix(before, p) {
			before, after = "", strings.TrimSpace(o.Label)
			break
		}
		if i := strings.Index(before, " "+p); i >= 0 && after == "" {
			before, after = before[:i], before[i+1:]
			break
		}
	}
	var b strings.Builder
	b.WriteString(note[:first.Start])
	if before != "" {
		b.WriteString(before)
		b.WriteByte(' ')
	}
	b.WriteString(note[first.Start:last.End])
	if after != "" {
		if strings.HasPrefix(after, "with") || strings.HasPrefix(after, "due") || strings.HasPrefix(after, "in ") {
			b.WriteByte(' ')
		} else {
			b.WriteString(", ")
		}
		b.WriteString(after)
	}
	b.WriteString(note[last.End:])
	return b.String()
}
