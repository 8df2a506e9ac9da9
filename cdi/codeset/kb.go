package codeset

// kb is the intermediate form shared by the release-file parser (LoadDir,
// kbgen) and the artifact codec (Default): the parser produces it, the codec
// writes and reads it byte for byte, and build turns it into a Set. Keeping one
// intermediate form is what guarantees that an upgraded release directory and
// the embedded artifact are interpreted by exactly the same rules.
type kb struct {
	Version  string
	Sources  []string
	Chapters []kbChapter
	Codes    []kbCode // FY order-file (tabular) order
	// CCGroups lists, per MS-DRG PDX exclusion group (dense ids), the sorted
	// indices into Codes of the secondary codes in the group.
	CCGroups [][]int32
	// PDX maps a principal diagnosis (index into Codes) to its group.
	PDX       []kbPDX
	Indexes   [4]*Index // diseases, neoplasm, drug, external cause
	PCS       []PCSCode
	PCSTables []*PCSTable
	PCSCount  int    // len(PCS), known before the blob is decoded
	PCSBlob   []byte // compressed PCS part of an artifact, decoded lazily
	Report    Report
}

// Report counts what the generator did while merging the releases; kbgen
// prints it so an operator can audit an upgrade.
type Report struct {
	OrderCodes, Billable, Headers         int
	TabularDiags, TabularDiagsDeleted     int
	AddendaAdded, AddendaDeleted          int
	SevenChrExpanded, SevenChrNotInOrder  int
	OrderSevenChrUnexplained              int
	IndexRefs, IndexKept                  int
	IndexRepointed, IndexDropped          int
	IndexTermsRemoved                     int
	CodesWithoutSection                   int
	PCSCodes, PCSTables, PCSTableExpanded int
}

type kbChapter struct {
	Num         int
	Title       string
	First, Last string
	Notes       []kbNote
	Sections    []kbSection
}

type kbSection struct {
	ID, First, Last, Title string
	Notes                  []kbNote
}

// note kinds, in the order a coder reads them under a code.
const (
	nkInclusion uint8 = iota + 1
	nkIncludes
	nkNotes
	nkExcludes1
	nkExcludes2
	nkCodeFirst
	nkUseAdditional
	nkCodeAlso
	nkMax
)

type kbNote struct {
	Kind  uint8
	Text  string
	Codes []string // code references parsed from Text (see noteParser)
}

type kbHCC struct{ Model, Cat string }

type kbCode struct {
	Code     string // dotted upper-case
	Title    string
	Billable bool
	MCCAlive bool
	CC       uint8 // 0 none, 1 CC, 2 MCC
	Notes    []kbNote
	SevenChr []SevenChr // own sevenChrDef
	HCC      []kbHCC    // sorted by model then category
}

type kbPDX struct{ Code, Group int32 }

const (
	ixDiseases = iota
	ixNeoplasm
	ixDrug
	ixExternal
)
