package ncclient

import "notecoder/protocol"

// decodeServer decodes one server frame.
func decodeServer(data []byte) (protocol.Message, error) { return protocol.DecodeServer(data) }
