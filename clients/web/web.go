// Package web embeds the demo plugin page that `notecoder serve` serves at /:
// a note editor wired to the real-time socket through the JS SDK, with live
// codes, prompts, one-click answers and, for CDI specialists, the worklist and
// the query form. There is no build step: the files are served as written.
package web

import (
	"embed"
	"errors"
	"io"
	"io/fs"
	"slices"
	"strings"
	"time"

	"notecoder/clients/js"
)

//go:embed index.html app.js style.css
var page embed.FS

// SDKDir is the directory, under the root of FS, that holds the JS SDK
// (sdk/notecoder.js, sdk/notecoder.d.ts); the page imports /sdk/notecoder.js.
const SDKDir = "sdk"

// FS returns the page's files for http.FileServerFS: index.html, app.js and
// style.css at the root, and the JS SDK under sdk/. The SDK lives in its own
// package (clients/js) because go:embed cannot reach a sibling directory.
func FS() fs.FS { return overlay{root: page, dir: SDKDir, sub: js.FS()} }

// overlay is root with the file system sub mounted at the directory dir.
type overlay struct {
	root fs.FS
	dir  string
	sub  fs.FS
}

func (o overlay) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	switch {
	case name == o.dir:
		f, err := o.sub.Open(".")
		if err != nil {
			return nil, err
		}
		return renamedDir{File: f, name: o.dir}, nil
	case strings.HasPrefix(name, o.dir+"/"):
		f, err := o.sub.Open(name[len(o.dir)+1:])
		if err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) {
				pe.Path = name
			}
			return nil, err
		}
		return f, nil
	case name == ".":
		f, err := o.root.Open(".")
		if err != nil {
			return nil, err
		}
		return &rootDir{File: f, o: o}, nil
	}
	return o.root.Open(name)
}

// renamedDir is the mounted directory, reporting its mount name in Stat.
type renamedDir struct {
	fs.File
	name string
}

func (d renamedDir) Stat() (fs.FileInfo, error) {
	fi, err := d.File.Stat()
	if err != nil {
		return nil, err
	}
	return dirInfo{FileInfo: fi, name: d.name}, nil
}

func (d renamedDir) ReadDir(n int) ([]fs.DirEntry, error) {
	rd, ok := d.File.(fs.ReadDirFile)
	if !ok {
		return nil, &fs.PathError{Op: "readdir", Path: d.name, Err: errors.New("not a directory")}
	}
	return rd.ReadDir(n)
}

type dirInfo struct {
	fs.FileInfo
	name string
}

func (i dirInfo) Name() string { return i.name }

// rootDir is the root directory listing: the page's entries plus the mount.
type rootDir struct {
	fs.File
	o       overlay
	entries []fs.DirEntry
	read    bool
	off     int
}

func (d *rootDir) ReadDir(n int) ([]fs.DirEntry, error) {
	if !d.read {
		d.read = true
		es, err := fs.ReadDir(d.o.root, ".")
		if err != nil {
			return nil, err
		}
		es = slices.DeleteFunc(es, func(e fs.DirEntry) bool { return e.Name() == d.o.dir })
		es = append(es, fs.FileInfoToDirEntry(dirInfo{FileInfo: mountInfo{name: d.o.dir}, name: d.o.dir}))
		slices.SortFunc(es, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
		d.entries = es
	}
	rest := d.entries[d.off:]
	if n <= 0 {
		d.off = len(d.entries)
		return rest, nil
	}
	if len(rest) == 0 {
		return nil, io.EOF
	}
	if n > len(rest) {
		n = len(rest)
	}
	d.off += n
	return rest[:n], nil
}

// mountInfo describes the mount point directory in the root listing.
type mountInfo struct{ name string }

func (m mountInfo) Name() string       { return m.name }
func (m mountInfo) Size() int64        { return 0 }
func (m mountInfo) Mode() fs.FileMode  { return fs.ModeDir | 0o555 }
func (m mountInfo) ModTime() time.Time { return time.Time{} }
func (m mountInfo) IsDir() bool        { return true }
func (m mountInfo) Sys() any           { return nil }
