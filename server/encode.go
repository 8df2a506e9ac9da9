package server

import (
	"notecoder/protocol"
)

// encode returns the frame for a server message.
func encode(m protocol.Message) []byte { return appendFrame(nil, m) }

// appendFrame appends the JSON frame of m to dst with the protocol's encoders
// (hand-written for results and errors, the hot frames).
func appendFrame(dst []byte, m protocol.Message) []byte {
	out, err := protocol.Encode(dst, m)
	if err != nil {
		// Only a message the server built wrongly fails to encode.
		panic("notecoder: encoding " + m.MessageType() + ": " + err.Error())
	}
	return out
}
