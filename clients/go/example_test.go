package ncclient_test

import (
	"context"
	"fmt"
	"log"
	"time"

	"notecoder/clients/go"
	"notecoder/protocol"
)

// An editor plugin in a few lines: connect, open the note, send each edit,
// and read the codes and prompts once the server has caught up.
func Example() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c, err := ncclient.Dial(ctx, "127.0.0.1:8080", ncclient.Options{
		Token:  "dev", // any token against `notecoder serve --dev`
		Client: "my-plugin/1.0",
		OnAck: func(d *ncclient.Doc, v int64, rtt time.Duration) {
			log.Printf("%s v%d answered in %s", d.ID(), v, rtt)
		},
	})
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()
	d, err := c.Open("enc-88/note-1", "ASSESSMENT:\n", protocol.Context{Setting: "outpatient"})
	if err != nil {
		log.Fatal(err)
	}
	v, err := d.Edit(d.Len(), d.Len(), "Osteoarthritis of the knee.") // UTF-16 offsets by default
	if err != nil {
		log.Fatal(err)
	}
	if err := d.WaitVersion(ctx, v); err != nil {
		log.Fatal(err)
	}
	for _, code := range d.Codes() {
		fmt.Println(code.Code, code.Title)
	}
	for _, p := range d.Prompts() {
		fmt.Println(p.Kind, p.Message)
	}
}
