package web

import (
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

func TestFSIsAValidFileSystem(t *testing.T) {
	if err := fstest.TestFS(FS(), "index.html", "app.js", "style.css", "sdk/notecoder.js", "sdk/notecoder.d.ts"); err != nil {
		t.Fatal(err)
	}
}

func TestFSServesPageAndSDK(t *testing.T) {
	srv := httptest.NewServer(http.FileServerFS(FS()))
	defer srv.Close()
	cases := []struct {
		path        string
		status      int
		contentType string
		contains    string
	}{
		{"/", http.StatusOK, "text/html", `id="note"`},
		{"/app.js", http.StatusOK, "javascript", "/sdk/notecoder.js"},
		{"/style.css", http.StatusOK, "text/css", ""},
		{"/sdk/notecoder.js", http.StatusOK, "javascript", "export class Client"},
		{"/sdk/notecoder.d.ts", http.StatusOK, "", "export declare class Client"},
		{"/sdk/missing.js", http.StatusNotFound, "", ""},
		{"/web.go", http.StatusNotFound, "", ""},
		{"/e2e/run.sh", http.StatusNotFound, "", ""},
	}
	for _, c := range cases {
		t.Run(c.path, func(t *testing.T) {
			res, err := http.Get(srv.URL + c.path)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			body, _ := io.ReadAll(res.Body)
			if res.StatusCode != c.status {
				t.Fatalf("status %d, want %d", res.StatusCode, c.status)
			}
			if ct := res.Header.Get("Content-Type"); !strings.Contains(ct, c.contentType) {
				t.Errorf("content type %q, want %q", ct, c.contentType)
			}
			if !strings.Contains(string(body), c.contains) {
				t.Errorf("body lacks %q", c.contains)
			}
		})
	}
}

func TestRootListingHasMount(t *testing.T) {
	es, err := fs.ReadDir(FS(), ".")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	if got := strings.Join(names, ","); got != "app.js,index.html,sdk,style.css" {
		t.Fatalf("root listing %s", got)
	}
}
