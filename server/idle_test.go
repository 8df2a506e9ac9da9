package server

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/gorilla/websocket"

	"notecoder/protocol"
	"notecoder/server/auth"
)

// memReporter answers each "mem" line on stdin with the process's heap and
// stack bytes in use after two full collections (test child only: the
// parent measures a server without its own clients in the numbers).
func memReporter() {
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		if sc.Text() != "mem" {
			continue
		}
		runtime.GC()
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		fmt.Printf("mem %d %d\n", ms.HeapInuse, ms.StackInuse)
	}
}

// TestIdleConnectionMemory holds idle authenticated sessions (hello, no
// document) on a server process and checks what each costs it in heap and
// goroutine stacks after GC: the target is at most 32 KB per connection.
func TestIdleConnectionMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a server process")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "NOTECODER_CHILD_SERVER=1", "NOTECODER_CHILD_MEM=1",
		"NOTECODER_CHILD_DB="+filepath.Join(t.TempDir(), "idle.db"))
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	outPipe, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	out := bufio.NewReader(outPipe)
	line, err := out.ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "listening ") {
		t.Fatalf("child did not start: %q %v", line, err)
	}
	addr := strings.TrimSpace(strings.TrimPrefix(line, "listening "))
	mem := func() uint64 {
		t.Helper()
		fmt.Fprintln(in, "mem")
		l, err := out.ReadString('\n')
		var heap, stack uint64
		if err == nil {
			_, err = fmt.Sscanf(l, "mem %d %d", &heap, &stack)
		}
		if err != nil {
			t.Fatalf("child memory report %q: %v", l, err)
		}
		return heap + stack
	}

	signer, _ := auth.NewSigner(testSecret)
	tok := token(t, signer, "acme", "dr", "physician")
	d := websocket.Dialer{Subprotocols: []string{protocol.Subprotocol}, ReadBufferSize: 256, WriteBufferSize: 256}
	dial := func() *websocket.Conn {
		conn, _, err := d.Dial("ws://"+addr+protocol.Path, nil)
		if err != nil {
			t.Fatalf("dial: %v", err)
		}
		if err := conn.WriteJSON(map[string]any{"type": "hello", "token": tok}); err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := conn.ReadJSON(&m); err != nil || m["type"] != "welcome" {
			t.Fatalf("no welcome: %v %v", m, err)
		}
		return conn
	}
	// Warm the server's pools and lazy state with a few sessions first.
	for i := 0; i < 20; i++ {
		dial().Close()
	}
	before := mem()
	const n = 500
	conns := make([]*websocket.Conn, 0, n)
	for i := 0; i < n; i++ {
		conns = append(conns, dial())
	}
	after := mem()
	per := float64(int64(after)-int64(before)) / n
	t.Logf("%d idle sessions: heap + stacks %.1f KB per connection (%d -> %d bytes)", n, per/1024, before, after)
	if !raceEnabled && per > 32<<10 {
		t.Errorf("idle connection costs %.1f KB of heap and stacks, want <= 32 KB", per/1024)
	}
	for _, c := range conns {
		c.Close()
	}
}
