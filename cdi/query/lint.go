package query

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"notecoder/cdi/model"
)

// Standard option labels every multiple-choice query carries, as the
// ACDIS/AHIMA "Guidelines for Achieving a Compliant Query Practice" (2022
// update) ask: the physician must always be free to give another answer or to
// say the question cannot be settled clinically.
const (
	OptionOther        = "Other (please specify)"
	OptionUndetermined = "Clinically undetermined"
)

// Finding is one compliance lint result, about the question or one option.
type Finding struct {
	// Code is a stable machine name (payment_wording, too_few_options, ...).
	Code string `json:"code"`
	// Field is "question", "options" or "options[i]".
	Field   string `json:"field"`
	Message string `json:"message"`
}

// String renders the finding as "code: message", the form kept in
// Query.Warnings.
func (f Finding) String() string { return f.Code + ": " + f.Message }

// LintError is returned by New when the lint refuses a draft. It carries
// every finding so the REST handler can answer 422 with all of them at once.
type LintError struct {
	Errors   []Finding `json:"errors"`
	Warnings []Finding `json:"warnings"`
}

// Error lists the refusing findings.
func (e *LintError) Error() string {
	parts := make([]string, len(e.Errors))
	for i, f := range e.Errors {
		parts[i] = f.String()
	}
	return ErrRefused.Error() + ": " + strings.Join(parts, "; ")
}

// Is makes errors.Is(err, ErrRefused) true for a *LintError.
func (e *LintError) Is(target error) bool { return target == ErrRefused }

// WithStandardOptions returns opts (trimmed) with OptionOther and
// OptionUndetermined appended when no option already means the same thing.
func WithStandardOptions(opts []model.Option) []model.Option {
	out := make([]model.Option, 0, len(opts)+2)
	hasOther, hasUnd := false, false
	for _, o := range opts {
		o.Label = strings.TrimSpace(o.Label)
		o.Code = strings.TrimSpace(o.Code)
		hasOther = hasOther || isOther(o.Label)
		hasUnd = hasUnd || isUndetermined(o.Label)
		out = append(out, o)
	}
	if !hasOther {
		out = append(out, model.Option{Label: OptionOther})
	}
	if !hasUnd {
		out = append(out, model.Option{Label: OptionUndetermined})
	}
	return out
}

func norm(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

func isOther(label string) bool {
	l := norm(label)
	return l == "other" || strings.HasPrefix(l, "other (") || strings.HasPrefix(l, "other:") ||
		strings.HasPrefix(l, "other -") || l == "other, please specify"
}

func isUndetermined(label string) bool {
	l := norm(label)
	return strings.Contains(l, "undetermined") || strings.Contains(l, "unable to determine") ||
		strings.Contains(l, "cannot be determined") || strings.Contains(l, "clinically unable")
}

// isClinical reports whether an option is a clinical answer rather than one of
// the standard escape options.
func isClinical(label string) bool {
	l := norm(label)
	return l != "" && !isOther(label) && !isUndetermined(label) && l != "none of the above" && l != "unknown"
}

// paymentWords find wording about money, which a query must never contain:
// it tells the physician which answer pays more. "CC" is matched only in
// upper case because "cc" is also a volume ("500 cc").
var paymentWords = []*regexp.Regexp{
	regexp.MustCompile(`(?i)\b(ms-|apr-)?drgs?\b`),
	regexp.MustCompile(`(?i)\bmccs?\b`),
	regexp.MustCompile(`\bCCs?\b`),
	regexp.MustCompile(`(?i)\bcomplications? (and|or|&) comorbidit`),
	regexp.MustCompile(`(?i)\bhccs?\b`),
	regexp.MustCompile(`(?i)\breimburs\w*`),
	regexp.MustCompile(`(?i)\bpayments?\b|\bpay(s|ing)? (more|less)\b|\bpayer\b`),
	regexp.MustCompile(`(?i)\brevenue\b`),
	regexp.MustCompile(`(?i)\bcase[- ]mix\b|\bcmi\b`),
	regexp.MustCompile(`(?i)\bbill(s|ed|ing|able)?\b`),
	regexp.MustCompile(`(?i)\brisk[- ]adjust\w*|\braf score\b`),
	regexp.MustCompile(`(?i)\b(financial|dollars?)\b|\$\s?\d`),
	regexp.MustCompile(`(?i)\b(relative weight|expected los|severity of illness|soi/rom)\b`),
}

// agreementPhrases ask the physician to agree with a conclusion the query
// already drew: leading by definition (ACDIS/AHIMA), so refused.
var agreementPhrases = regexp.MustCompile(`(?i)\b(would you agree|do you agree|don'?t you (think|agree)|wouldn'?t you|isn'?t (it|this|that) (likely|possible|probable)|can you confirm (that )?(the )?patient has|confirm the diagnosis of)\b`)

// directivePhrases tell the physician to document rather than ask for
// clarification. Alone they are a warning; followed by a single named answer
// they are refused as leading.
var directivePhrases = regexp.MustCompile(`(?i)\b(please (document|add|chart)|consider (documenting|adding)|(should|needs? to|must) be documented|document(ing)? the diagnosis of|in order to (capture|code|support))\b`)

// yesNoLabels are the clinical labels of a yes/no query.
var yesNoLabels = map[string]bool{"yes": true, "no": true, "y": true, "n": true}

// numberRE finds numeric clinical values in a question (128, 2.1, 1,200, 35%).
// A number glued to a letter ("I50.23", "B12") is a code or a name, not a
// value, and is skipped.
var numberRE = regexp.MustCompile(`(?:^|[^A-Za-z0-9.,])(\d[\d,]*(?:\.\d+)?)`)

// quotedRE finds text quoted from the record.
var quotedRE = regexp.MustCompile(`"([^"]{3,200})"|“([^”]{3,200})”`)

// indicatorTerms are clinical indicators a query commonly cites (labs, vitals,
// imaging, treatments). A term cited in the question but absent from the note
// is a warning: queries must rest on indicators in the record.
var indicatorTerms = []string{
	"bnp", "nt-probnp", "troponin", "lactate", "lactic acid", "wbc", "white count", "bands", "procalcitonin",
	"creatinine", "bun", "gfr", "egfr", "sodium", "potassium", "hemoglobin", "hgb", "hematocrit", "platelets",
	"albumin", "bmi", "ejection fraction", "lvef", "inr", "glucose", "a1c", "hba1c", "bilirubin", "ammonia",
	"blood culture", "urine culture", "sputum culture", "chest x-ray", "cxr", "ct scan", "mri", "echo",
	"echocardiogram", "spo2", "oxygen saturation", "respiratory rate", "heart rate", "blood pressure",
	"map", "temperature", "fever", "intubat", "bipap", "vasopressor", "iv antibiotics", "iv furosemide",
	"lasix", "diuresis", "transfusion", "abg", "pco2", "po2", "ph ",
}

// Lint checks q against the compliance rules for provider queries (ACDIS/AHIMA
// "Guidelines for Achieving a Compliant Query Practice", 2022 update) and
// returns refusing errors and non-blocking warnings. noteText is the current
// text of the document, used to check that cited indicators are in the record
// (pass "" when unknown: the indicator checks are then skipped).
//
// Refused: an empty or oversized question, fewer than two clinical options,
// malformed or duplicate options, wording about payment (DRG, MCC, CC, HCC,
// reimbursement, payment, revenue, case mix, billing, risk adjustment),
// asking for agreement ("would you agree"), and naming a single one of the
// clinical answers in the question (or directing it be documented) — the
// textbook leading query.
//
// Warned: directive wording without a named answer ("please document"),
// yes/no questions (allowed only to confirm a diagnosis already documented,
// establish cause and effect, or resolve conflicting documentation such as
// POA), clinical indicators cited in the question that are not in the note,
// and a question that cites no clinical indicator at all.
func Lint(q *Query, noteText string) (errs []Finding, warnings []Finding) {
	refuse := func(code, field, format string, a ...any) {
		errs = append(errs, Finding{Code: code, Field: field, Message: fmt.Sprintf(format, a...)})
	}
	warn := func(code, field, format string, a ...any) {
		warnings = append(warnings, Finding{Code: code, Field: field, Message: fmt.Sprintf(format, a...)})
	}
	question := strings.TrimSpace(q.Question)
	switch {
	case question == "":
		refuse("empty_question", "question", "the question is empty")
	case len(question) > MaxQuestionBytes || !utf8.ValidString(question):
		refuse("question_too_long", "question", "the question must be valid UTF-8 of at most %d bytes", MaxQuestionBytes)
	}
	if len(q.Options) > MaxOptions {
		refuse("too_many_options", "options", "at most %d options are allowed", MaxOptions)
	}

	// Options: shape, duplicates, clinical count.
	clinical := 0
	seen := map[string]int{}
	var clinicalLabels []string
	for i, o := range q.Options {
		field := fmt.Sprintf("options[%d]", i)
		l := norm(o.Label)
		switch {
		case l == "":
			refuse("empty_option", field, "option %d has no label", i)
			continue
		case len(o.Label) > MaxOptionBytes || !utf8.ValidString(o.Label):
			refuse("option_too_long", field, "option %d must be valid UTF-8 of at most %d bytes", i, MaxOptionBytes)
		}
		if j, dup := seen[l]; dup {
			refuse("duplicate_option", field, "option %d repeats option %d (%q)", i, j, o.Label)
			continue
		}
		seen[l] = i
		if isClinical(o.Label) {
			clinical++
			clinicalLabels = append(clinicalLabels, l)
		}
	}
	if clinical < 2 {
		refuse("too_few_options", "options",
			"a query needs at least two clinically reasonable options besides %q and %q (it has %d)",
			OptionOther, OptionUndetermined, clinical)
	}

	// Payment wording anywhere the physician reads.
	check := func(field, text string) {
		for _, re := range paymentWords {
			if m := re.FindString(text); m != "" {
				refuse("payment_wording", field,
					"%q refers to payment or reimbursement impact; a query must not mention money", strings.TrimSpace(m))
				return
			}
		}
	}
	check("question", question)
	for i, o := range q.Options {
		check(fmt.Sprintf("options[%d]", i), o.Label)
	}

	// Leading wording.
	if m := agreementPhrases.FindString(question); m != "" {
		refuse("leading_agreement", "question",
			"%q asks the physician to agree with a conclusion; ask an open clinical question instead", m)
	}
	lq := norm(question)
	var named []string
	for _, l := range clinicalLabels {
		if !yesNoLabels[l] && len(l) >= 4 && containsPhrase(lq, l) {
			named = append(named, l)
		}
	}
	directive := directivePhrases.FindString(question)
	switch {
	case len(named) == 1 && clinical >= 2:
		refuse("leading_single_diagnosis", "question",
			"the question names only one of the answers (%q); present the options without favouring one", named[0])
	case directive != "" && len(named) > 0:
		refuse("leading_directive", "question",
			"%q directs the physician to document a named diagnosis; ask for clarification instead", directive)
	case directive != "":
		warn("directive_wording", "question",
			"%q directs documentation; prefer \"please clarify\" and let the physician choose", directive)
	}

	// Yes/no queries are allowed only in narrow cases.
	if clinical == 2 && len(clinicalLabels) == 2 && yesNoLabels[clinicalLabels[0]] && yesNoLabels[clinicalLabels[1]] {
		warn("yes_no_query", "options",
			"yes/no queries are allowed only to confirm a diagnosis already documented, establish cause and effect, "+
				"or resolve conflicting documentation (e.g. present on admission); never for a new diagnosis "+
				"supported only by clinical indicators")
	}

	// Clinical indicators must come from the record.
	if question != "" && noteText != "" {
		lint := indicatorWarnings(question, noteText)
		warnings = append(warnings, lint...)
	}
	return errs, warnings
}

// containsPhrase reports whether phrase occurs in s on word boundaries.
func containsPhrase(s, phrase string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], phrase)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(phrase)
		if (start == 0 || !isWordByte(s[start-1])) && (end == len(s) || !isWordByte(s[end])) {
			return true
		}
		i = start + 1
	}
}

func isWordByte(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

func indicatorWarnings(question, noteText string) []Finding {
	var out []Finding
	note := norm(noteText)
	noteDigits := strings.ReplaceAll(note, ",", "")
	cited := 0
	for _, m := range quotedRE.FindAllStringSubmatch(question, -1) {
		quote := m[1] + m[2]
		cited++
		if !strings.Contains(note, norm(quote)) {
			out = append(out, Finding{Code: "indicator_not_in_note", Field: "question",
				Message: fmt.Sprintf("the quoted text (%d characters) is not in the note", utf8.RuneCountInString(quote))})
		}
	}
	for _, m := range numberRE.FindAllStringSubmatch(question, -1) {
		n := strings.TrimRight(m[1], ",")
		cited++
		v := strings.ReplaceAll(n, ",", "")
		if !containsNumber(noteDigits, v) {
			out = append(out, Finding{Code: "indicator_not_in_note", Field: "question",
				Message: fmt.Sprintf("the value %s cited in the question is not in the note", n)})
		}
	}
	lq := norm(question) + " "
	for _, term := range indicatorTerms {
		if containsPhrase(lq, strings.TrimSpace(term)) {
			cited++
			if !containsPhrase(note+" ", strings.TrimSpace(term)) {
				out = append(out, Finding{Code: "indicator_not_in_note", Field: "question",
					Message: fmt.Sprintf("the indicator %q cited in the question is not in the note", strings.TrimSpace(term))})
			}
		}
	}
	if cited == 0 {
		out = append(out, Finding{Code: "no_clinical_indicators", Field: "question",
			Message: "the question cites no clinical indicator from the record (values, findings, treatments)"})
	}
	return out
}

// containsNumber reports whether the number v occurs in s not as part of a
// longer number (so "12" is not found in "128").
func containsNumber(s, v string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], v)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(v)
		before := start > 0 && (s[start-1] >= '0' && s[start-1] <= '9' || s[start-1] == '.')
		after := end < len(s) && (s[end] >= '0' && s[end] <= '9' ||
			s[end] == '.' && end+1 < len(s) && s[end+1] >= '0' && s[end+1] <= '9')
		if !before && !after {
			return true
		}
		i = start + 1
	}
}

// templates are the question stems per prompt kind. They ask, never direct,
// name no single answer and say nothing about payment.
var templates = map[string]string{
	"laterality":  "The record documents %s. Based on your clinical judgment, please clarify the laterality.",
	"acuity":      "The record documents %s. Based on your clinical judgment, please clarify the acuity.",
	"type":        "The record documents %s. Based on your clinical judgment, please clarify the type.",
	"stage":       "The record documents %s. Based on your clinical judgment, please clarify the stage.",
	"severity":    "The record documents %s. Based on your clinical judgment, please clarify the severity.",
	"episode":     "The record documents %s. Please clarify the episode of care for this condition.",
	"organism":    "The record documents %s. Based on your clinical judgment, please clarify the causative organism, if known.",
	"linkage":     "The record documents %s. Based on your clinical judgment, please clarify whether a relationship exists between the conditions.",
	"specificity": "The record documents %s. Based on your clinical judgment, please clarify the diagnosis further.",
}

// QuestionFor writes the question for a prompt from its kind's template and
// its message (the message names the documented condition, e.g. "Heart
// failure: specify the type and acuity"). Unknown kinds use the specificity
// stem.
func QuestionFor(p model.Prompt) string {
	subject := strings.TrimSpace(p.Message)
	if i := strings.Index(subject, ":"); i > 0 {
		subject = strings.TrimSpace(subject[:i])
	}
	if subject == "" {
		subject = "this condition"
	} else {
		// "Heart failure" reads as "heart failure" mid-sentence; "CHF" stays.
		if len(subject) > 1 && subject[1] >= 'a' && subject[1] <= 'z' {
			subject = strings.ToLower(subject[:1]) + subject[1:]
		}
	}
	t, ok := templates[p.Kind]
	if !ok {
		t = templates["specificity"]
	}
	return fmt.Sprintf(t, subject)
}
