package sqlite

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"notecoder/cdi/model"
	"notecoder/cdi/query"
)

// TestCrashLosesNothingAcknowledged runs a child process that creates and
// answers queries as fast as it can, printing each query id only after the
// store acknowledged its answer; the parent kills it with SIGKILL mid-stream
// and checks that every acknowledged answer is in the database.
func TestCrashLosesNothingAcknowledged(t *testing.T) {
	if os.Getenv("NOTECODER_CRASH_CHILD") != "" {
		crashChild(os.Getenv("NOTECODER_CRASH_CHILD"))
		return
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashLosesNothingAcknowledged$")
	cmd.Env = append(os.Environ(), "NOTECODER_CRASH_CHILD="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var acked []string
	sc := bufio.NewScanner(out)
	for sc.Scan() && len(acked) < 150 {
		if id := sc.Text(); len(id) > 2 && id[:2] == "q-" {
			acked = append(acked, id)
		}
	}
	cmd.Process.Kill() // SIGKILL while the child is mid-write
	cmd.Wait()
	if len(acked) < 150 {
		t.Fatalf("child acknowledged only %d answers before exiting", len(acked))
	}
	s, err := Open(context.Background(), path, Options{})
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer s.Close()
	for _, id := range acked {
		q, err := s.GetQuery(context.Background(), "acme", id)
		if err != nil || q.Status != query.Answered {
			t.Fatalf("acknowledged answer %s lost after SIGKILL: %+v, %v", id, q, err)
		}
	}
	evs, _ := s.ListAudit(context.Background(), "acme", query.AuditFilter{Action: query.AuditQueryAnswered, Limit: query.MaxAuditLimit})
	if len(evs) < len(acked) {
		t.Fatalf("%d answered audit events for %d acknowledged answers", len(evs), len(acked))
	}
}

func crashChild(path string) {
	s, err := Open(context.Background(), path, Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	w := bufio.NewWriter(os.Stdout)
	for i := 0; i < 100_000; i++ { // bounded in case the parent died
		now := time.Now()
		q, err := query.New(query.Draft{Tenant: "acme", Doc: fmt.Sprintf("d%d", i), Question: "Please clarify the type of heart failure.",
			Options: []model.Option{{Label: "Systolic"}, {Label: "Diastolic"}}, CreatedBy: "cdi"}, "", now)
		if err == nil {
			err = s.CreateQuery(context.Background(), q)
		}
		if err == nil {
			_, err = s.UpdateQuery(context.Background(), "acme", q.ID, func(q *query.Query) error { return q.AnswerWith(0, "", "dr", now) })
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Fprintln(w, q.ID) // acknowledged only now
		w.Flush()
	}
	os.Exit(0)
}
