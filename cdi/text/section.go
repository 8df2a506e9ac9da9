package text

import "notecoder/cdi/model"

// Section kinds returned by Sections, HeaderKind and ClassifyContent. The
// coder applies the guidelines per kind (code from assessment/diagnoses,
// history sections give Z codes, family history gives Z80-Z84).
const (
	ChiefComplaint     = "chief_complaint"
	HPI                = "hpi"
	PMH                = "pmh"
	PSH                = "psh"
	FamilyHistory      = "family_history"
	SocialHistory      = "social_history"
	Medications        = "medications"
	Allergies          = "allergies"
	ROS                = "ros"
	Exam               = "exam"
	Results            = "results"
	Assessment         = "assessment"
	Plan               = "plan"
	AssessmentPlan     = "assessment_plan"
	Impression         = "impression"
	Diagnoses          = "diagnoses"
	DischargeDiagnoses = "discharge_diagnoses"
	// Differential is a "Differential diagnosis:" / "DDx:" list: the
	// alternatives being weighed, each possible until one is confirmed
	// (uncertain: coded as established in an inpatient record, II.H and
	// II.D; not coded in an office note, IV.H).
	Differential   = "differential"
	HospitalCourse = "hospital_course"
	Other          = "other"
)

// Section is one titled part of a note. Header covers the header text (empty
// span at Body.Start when the section has no header); Body runs from after the
// header to the start of the next header.
type Section struct {
	Kind, Title string
	Header      model.Span
	Body        model.Span
}

// Sections splits s into sections at header lines. Text before the first
// header is a section of kind Other with an empty header. Sections are ordered,
// contiguous and cover s exactly.
func Sections(s string) []Section {
	return sections(s)
}

// HeaderKind classifies one line (or header phrase, with or without a trailing
// colon) as a section header. ok is false when the line is not a header;
// kind is Other for a recognised header shape (ALL-CAPS line ending in a
// colon) with an unknown title.
func HeaderKind(line string) (kind string, ok bool) {
	return headerKind(line)
}

// ClassifyContent guesses the section kind of headerless text from keyword
// cues (data/section_cues.tsv); used when a note has no headers and by the
// MTS-Dialog evaluation. It returns Other when no cue fires.
func ClassifyContent(text string) string {
	return classifyContent(text)
}
