package server

import (
	"encoding/json"

	"notecoder/protocol"
)

// encode returns the frame for a server message.
func encode(m protocol.Message) []byte { return appendFrame(nil, m) }

// appendFrame appends the JSON frame of m, with its "type" first, to dst.
func appendFrame(dst []byte, m protocol.Message) []byte {
	body, err := json.Marshal(m)
	if err != nil {
		panic("notecoder: encoding " + m.MessageType() + ": " + err.Error())
	}
	dst = append(dst, `{"type":"`...)
	dst = append(dst, m.MessageType()...)
	dst = append(dst, '"')
	if len(body) > 2 {
		dst = append(dst, ',')
	}
	return append(dst, body[1:]...)
}
