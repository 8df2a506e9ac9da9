// Package js embeds the notecoder JavaScript SDK (notecoder.js and its
// TypeScript declarations) so that the server can hand it to browsers at
// /sdk/ without a build step or a CDN; see notecoder/clients/web.
package js

import (
	"embed"
	"io/fs"
)

//go:embed notecoder.js notecoder.d.ts
var files embed.FS

// FS returns the SDK files (notecoder.js, notecoder.d.ts) at its root. The
// demo page imports the SDK from here, the same file plugin developers use,
// so the page can never drift from the published SDK.
func FS() fs.FS { return files }
