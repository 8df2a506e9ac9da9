package protocol

import (
	"encoding/json"
	"fmt"
)

// MarshalJSON methods make encoding/json write every message with its `type`
// field first, so json.Marshal(msg) is a complete frame. The hot types reuse
// the hand-written appenders; the others embed a method-less copy of the
// struct next to the type field.

// MarshalJSON writes the frame (type first).
func (m Result) MarshalJSON() ([]byte, error) { return EncodeResult(nil, &m), nil }

// MarshalJSON writes the frame (type first).
func (m Error) MarshalJSON() ([]byte, error) { return EncodeError(nil, &m), nil }

// MarshalJSON writes the frame (type first).
func (m OK) MarshalJSON() ([]byte, error) { return EncodeOK(nil, m.Ref), nil }

// MarshalJSON writes the frame (type first).
func (m Pong) MarshalJSON() ([]byte, error) { return EncodePong(nil, m.Ref), nil }

// MarshalJSON writes the frame (type first); text and changes are exclusive.
func (m Change) MarshalJSON() ([]byte, error) { return Encode(nil, &m) }

// MarshalJSON writes the frame (type first).
func (m Hello) MarshalJSON() ([]byte, error) {
	type plain Hello
	return json.Marshal(struct {
		Type string `json:"type"`
		plain
	}{TypeHello, plain(m)})
}

// MarshalJSON writes the frame (type first).
func (m Open) MarshalJSON() ([]byte, error) {
	type plain Open
	return json.Marshal(struct {
		Type string `json:"type"`
		plain
	}{TypeOpen, plain(m)})
}

// MarshalJSON writes the frame (type first).
func (m Close) MarshalJSON() ([]byte, error) {
	type plain Close
	return json.Marshal(struct {
		Type string `json:"type"`
		plain
	}{TypeClose, plain(m)})
}

// MarshalJSON writes the frame (type first).
func (m Feedback) MarshalJSON() ([]byte, error) {
	type plain Feedback
	return json.Marshal(struct {
		Type string `json:"type"`
		plain
	}{TypeFeedback, plain(m)})
}

// MarshalJSON writes the frame (type first). Option is always written, since
// 0 is a valid index.
func (m Answer) MarshalJSON() ([]byte, error) {
	type plain Answer
	return json.Marshal(struct {
		Type string `json:"type"`
		plain
	}{TypeAnswer, plain(m)})
}

// MarshalJSON writes the frame (type first).
func (m Subscribe) MarshalJSON() ([]byte, error) {
	type plain Subscribe
	return json.Marshal(struct {
		Type string `json:"type"`
		plain
	}{TypeSubscribe, plain(m)})
}

// MarshalJSON writes the frame (type first).
func (m Unsubscribe) MarshalJSON() ([]byte, error) {
	type plain Unsubscribe
	return json.Marshal(struct {
		Type string `json:"type"`
		plain
	}{TypeUnsubscribe, plain(m)})
}

// MarshalJSON writes the frame (type first).
func (m Ping) MarshalJSON() ([]byte, error) {
	type plain Ping
	return json.Marshal(struct {
		Type string `json:"type"`
		plain
	}{TypePing, plain(m)})
}

// MarshalJSON writes the frame (type first).
func (m Welcome) MarshalJSON() ([]byte, error) {
	type plain Welcome
	return json.Marshal(struct {
		Type string `json:"type"`
		plain
	}{TypeWelcome, plain(m)})
}

// MarshalJSON writes the frame (type first).
func (m QueryPush) MarshalJSON() ([]byte, error) {
	type plain QueryPush
	return json.Marshal(struct {
		Type string `json:"type"`
		plain
	}{TypeQuery, plain(m)})
}

// MarshalJSON writes the frame (type first). A nil Items is written as [].
func (m Worklist) MarshalJSON() ([]byte, error) {
	type plain Worklist
	if m.Items == nil {
		m.Items = []WorklistItem{}
	}
	return json.Marshal(struct {
		Type string `json:"type"`
		plain
	}{TypeWorklist, plain(m)})
}

// DecodeServer decodes a server -> client frame (welcome, result, error, ok,
// query, worklist, pong) with encoding/json, for the Go SDK and for tests.
// It returns ErrBadJSON for malformed JSON and ErrUnknownType for a type a
// client does not expect; fields a newer server adds are ignored.
func DecodeServer(frame []byte) (Message, error) {
	var head struct {
		Type *string `json:"type"`
	}
	if err := json.Unmarshal(frame, &head); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadJSON, err)
	}
	if head.Type == nil {
		return nil, fmt.Errorf("%w: missing \"type\"", ErrUnknownType)
	}
	var m Message
	switch *head.Type {
	case TypeWelcome:
		m = new(Welcome)
	case TypeResult:
		m = new(Result)
	case TypeError:
		m = new(Error)
	case TypeOK:
		m = new(OK)
	case TypeQuery:
		m = new(QueryPush)
	case TypeWorklist:
		m = new(Worklist)
	case TypePong:
		m = new(Pong)
	default:
		return nil, fmt.Errorf("%w: %q is not a server message", ErrUnknownType, *head.Type)
	}
	if err := json.Unmarshal(frame, m); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrBadMessage, *head.Type, err)
	}
	return m, nil
}
