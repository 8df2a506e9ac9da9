// Package protocol is the notecoder wire protocol v1: the message types that
// travel over the WebSocket at /v1/ws (and the JSON bodies of the CDI REST
// API), a fast inbound parser, allocation-lean encoders for the hot outbound
// frames, one sentinel error per wire error code, and the position mapper
// that converts between the client's offsets (UTF-16, UTF-8 or code points)
// and the byte offsets used everywhere inside the server.
//
// PROTOCOL.md next to this file is the normative specification; the types
// here follow it field for field and a test checks that every example in it
// parses and round-trips.
//
// The package is imported by the server and by the client SDKs only. It uses
// cdi/model for the shapes that mean the same thing on the wire and inside
// (Context, Option, Impact) and defines its own Span because wire offsets are
// in the negotiated encoding, not bytes.
package protocol
