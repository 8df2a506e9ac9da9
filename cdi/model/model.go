// Package model holds the result types shared by the clinical packages under
// cdi/ (coder, gaps) and their consumers (incremental, server, the CLI). It is a
// leaf package so that every cdi package can use the same shapes without import
// cycles; it has no behaviour beyond small helpers.
//
// All offsets in this package are byte offsets into the UTF-8 text that was
// coded. Converting to a client's encoding happens at the protocol edge.
package model

// Span is a half-open byte range [Start, End) into the coded text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Shift returns the span moved by delta bytes; used when a section's results are
// placed back into the whole note.
func (s Span) Shift(delta int) Span { return Span{s.Start + delta, s.End + delta} }

// Setting is the encounter setting; it changes how uncertain diagnoses are coded
// (ICD-10-CM guidelines Section II.H vs Section IV.H).
type Setting string

// Settings accepted on the wire and on the command line.
const (
	Outpatient Setting = "outpatient"
	Inpatient  Setting = "inpatient"
)

// Context is what the caller knows about the encounter besides the text.
type Context struct {
	Setting Setting `json:"setting,omitempty"`
	Age     int     `json:"age,omitempty"`
	Sex     string  `json:"sex,omitempty"`
	// PrincipalDx, when known, lets impact respect MS-DRG CC exclusions.
	PrincipalDx string `json:"principalDx,omitempty"`
}

// Key returns a compact string identifying the context for cache keys: two
// contexts with the same key code any text identically.
func (c Context) Key() string {
	s := string(c.Setting)
	if s == "" {
		s = string(Outpatient)
	}
	return s + "|" + c.Sex + "|" + itoa(c.Age) + "|" + c.PrincipalDx
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// Assertion says how a finding was read in the text.
type Assertion string

// Assertion values. Present, Possible, Historical and Family appear on the wire
// for reported codes; Negated and Hypothetical findings are never reported as
// codes but are kept in the findings list for audit and gap suppression.
const (
	Present      Assertion = "present"
	Possible     Assertion = "possible"
	Historical   Assertion = "historical"
	Family       Assertion = "family"
	Negated      Assertion = "negated"
	Hypothetical Assertion = "hypothetical"
)

// Code is one code the note supports for reporting, after the guidelines are
// applied.
type Code struct {
	System     string    `json:"system"` // "ICD-10-CM" or "ICD-10-PCS"
	Code       string    `json:"code"`   // dotted, upper-case
	Title      string    `json:"title"`
	Assertion  Assertion `json:"assertion"`
	Section    string    `json:"section,omitempty"`
	Evidence   []Span    `json:"evidence"`
	Confidence float64   `json:"confidence"`
	// Why explains the code for audit: the index path or the guideline rule.
	Why string `json:"why,omitempty"`
	// Rule names the rule family ("index", "combination:diabetes-ckd", ...) so
	// feedback statistics can be kept per rule.
	Rule string `json:"rule,omitempty"`
	// Marks are facts the engine that made the code keeps about it for its
	// own note-level steps, as bits it defines (coder's markRefRow, ...).
	// Never sent: Why tells a reader the same in words, and the steps must
	// not parse words out of an audit text.
	Marks uint16 `json:"-"`
}

// Finding is one clinical mention as read from the text, before the reporting
// guidelines decide whether it becomes a Code. Gap analysis works on findings.
type Finding struct {
	Code      string    `json:"code"` // best code reached for the mention (may be non-billable)
	Title     string    `json:"title"`
	Assertion Assertion `json:"assertion"`
	Section   string    `json:"section,omitempty"`
	Evidence  []Span    `json:"evidence"`
	// Scope is the sentence or list item the mention was read in; gap analysis
	// looks for settling words (laterality, acuity, stage) inside it.
	Scope Span   `json:"scope"`
	Why   string `json:"why,omitempty"`
}

// Option is one answer to a prompt or query.
type Option struct {
	Label string `json:"label"`
	Code  string `json:"code,omitempty"`
}

// Impact is what resolving a prompt changes for CDI ranking.
type Impact struct {
	CurrentCC string `json:"currentCC"` // "", "CC" or "MCC"
	BestCC    string `json:"bestCC"`
	HCCBefore string `json:"hccBefore,omitempty"` // CMS-HCC V28 category of the current code
	HCCAfter  string `json:"hccAfter,omitempty"`  // best V28 category among the options
	// Score orders prompts: higher is more important. It is derived from the
	// fields above so ranking is the same everywhere.
	Score float64 `json:"score"`
}

// Prompt is a documentation-gap or clinical-indicator question.
type Prompt struct {
	Kind     string   `json:"kind"` // laterality, acuity, type, stage, severity, episode, organism, linkage, specificity
	Code     string   `json:"code"`
	Message  string   `json:"message"`
	Options  []Option `json:"options"`
	Evidence []Span   `json:"evidence"`
	Impact   Impact   `json:"impact"`
	// Key identifies the finding the prompt is about, stable across edits that
	// do not change the finding; dismissals are remembered by it.
	Key string `json:"key"`
}

// Result is what coding a piece of text yields.
type Result struct {
	Codes    []Code    `json:"codes"`
	Prompts  []Prompt  `json:"prompts"`
	Findings []Finding `json:"findings,omitempty"`
}
