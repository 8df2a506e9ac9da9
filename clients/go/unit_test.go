package ncclient

import (
	"strings"
	"testing"
	"time"

	"notecoder/protocol"
)

func TestNormalizeURL(t *testing.T) {
	tests := []struct{ in, want, err string }{
		{"127.0.0.1:8080", "ws://127.0.0.1:8080/v1/ws", ""},
		{"http://h:1", "ws://h:1/v1/ws", ""},
		{"https://h/", "wss://h/v1/ws", ""},
		{"ws://h:1/custom", "ws://h:1/custom", ""},
		{"wss://h", "wss://h/v1/ws", ""},
		{"", "", "empty"},
		{"ftp://h", "", "scheme"},
		{"ws://", "", "no host"},
	}
	for _, tc := range tests {
		got, err := NormalizeURL(tc.in)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%q: err %v, want %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("%q: %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}

func TestBackoffDelay(t *testing.T) {
	b := Backoff{Initial: 100 * time.Millisecond, Max: time.Second, Factor: 2, Jitter: 0.5}
	tests := []struct {
		n    int
		r    float64
		want time.Duration
	}{
		{0, 0, 100 * time.Millisecond},
		{1, 0, 200 * time.Millisecond},
		{3, 0, 800 * time.Millisecond},
		{4, 0, time.Second},
		{50, 0, time.Second},
		{0, 0.999999, 50*time.Millisecond + 50*time.Nanosecond},
		{50, 1, 500 * time.Millisecond},
	}
	for _, tc := range tests {
		got := b.Delay(tc.n, tc.r)
		if d := got - tc.want; d < -time.Microsecond || d > time.Microsecond {
			t.Errorf("Delay(%d, %v) = %v, want %v", tc.n, tc.r, got, tc.want)
		}
	}
	if d := (Backoff{}).Delay(0, 0); d != 250*time.Millisecond {
		t.Errorf("default first delay %v", d)
	}
}

func code(id, c string) protocol.CodeItem {
	return protocol.CodeItem{ID: id, Code: c, Evidence: []protocol.Span{{Start: 0, End: 1}}}
}

// TestApplyResultOrder feeds results straight into a Doc (no server) to pin
// the delta rules: before the reset nothing applies, remove then upsert, and
// a result older than the newest applied is ignored.
func TestApplyResultOrder(t *testing.T) {
	type step struct {
		r       protocol.Result
		applied bool
		codes   string // comma-joined codes after the step
	}
	res := func(v int64, reset bool, up []protocol.CodeItem, rm ...string) protocol.Result {
		return protocol.Result{Doc: "d", Version: v, Reset: reset, Codes: protocol.CodeDelta{Upsert: up, Remove: rm}}
	}
	tests := []struct {
		name  string
		open  int64 // version of the open (awaiting its reset)
		local int64 // local version (edits sent after the open)
		steps []step
	}{
		{"reset first", 3, 5, []step{
			{res(3, false, []protocol.CodeItem{code("c-1", "A")}), false, ""},
			{res(2, true, []protocol.CodeItem{code("c-1", "A")}), false, ""},
			{res(3, true, []protocol.CodeItem{code("c-1", "A")}), true, "A"},
			{res(4, false, []protocol.CodeItem{code("c-2", "B")}), true, "A,B"},
			{res(3, false, nil, "c-1"), false, "A,B"},
			{res(5, false, []protocol.CodeItem{code("c-1", "C")}, "c-1", "c-2"), true, "C"},
			{res(6, false, nil, "c-1"), false, "C"},
		}},
		{"remove then upsert same id", 1, 2, []step{
			{res(1, true, []protocol.CodeItem{code("c-1", "A")}), true, "A"},
			{res(2, false, []protocol.CodeItem{code("c-1", "B")}, "c-1"), true, "B"},
			{res(2, false, nil), true, "B"},
		}},
		{"newer reset clears", 1, 4, []step{
			{res(1, true, []protocol.CodeItem{code("c-1", "A")}), true, "A"},
			{res(4, true, []protocol.CodeItem{code("c-9", "Z")}), true, "Z"},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var acks []int64
			c := &Client{opts: Options{OnAck: func(*Doc, int64, time.Duration) {}}}
			d := newDoc(c, "d")
			d.openVersion, d.awaitReset, d.version, d.maxUsed = tc.open, true, tc.local, tc.local
			for v := int64(1); v <= tc.local; v++ {
				d.pending = append(d.pending, sent{v, time.Now()})
			}
			for i, s := range tc.steps {
				r := s.r
				got, as := d.applyResult(&r, time.Now())
				if got != s.applied {
					t.Fatalf("step %d: applied %v, want %v", i, got, s.applied)
				}
				for _, a := range as {
					acks = append(acks, a.Version)
				}
				var cs []string
				for _, c := range d.Codes() {
					cs = append(cs, c.Code)
				}
				if got := strings.Join(cs, ","); got != s.codes {
					t.Fatalf("step %d: codes %q, want %q", i, got, s.codes)
				}
			}
			// Each version acknowledged exactly once, in order.
			for i, v := range acks {
				if v != int64(i+1) {
					t.Fatalf("acks %v", acks)
				}
			}
		})
	}
}
