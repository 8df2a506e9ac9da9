package sqlcore

import (
	"context"
	"errors"
	"testing"

	"notecoder/cdi/query"
)

func TestHubFanOutAndSlowSubscriber(t *testing.T) {
	h := NewHub()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	fast, _ := h.Subscribe(ctx)
	slow, _ := h.Subscribe(ctx)
	ev := query.Event{Tenant: "acme", Kind: query.EventQuery, ID: "q-1"}
	// Fill both buffers exactly; drain only the fast one.
	for range SubscriberBuffer {
		h.Publish(ev)
	}
	for range SubscriberBuffer {
		<-fast
	}
	h.Publish(ev) // overflows slow only
	if got := <-fast; got != ev {
		t.Fatalf("fast got %+v", got)
	}
	n := 0
	for range slow {
		n++
	}
	if n != SubscriberBuffer {
		t.Fatalf("slow subscriber drained %d events before close, want %d", n, SubscriberBuffer)
	}
	// Reset closes the remaining subscriber but keeps the hub usable.
	h.Reset()
	if _, ok := <-fast; ok {
		t.Fatal("Reset left a subscription open")
	}
	again, err := h.Subscribe(ctx)
	if err != nil {
		t.Fatal(err)
	}
	h.Publish(ev)
	if got := <-again; got != ev {
		t.Fatalf("after reset got %+v", got)
	}
	h.Close()
	if _, ok := <-again; ok {
		t.Fatal("Close left a subscription open")
	}
	if _, err := h.Subscribe(ctx); !errors.Is(err, ErrClosed) {
		t.Fatalf("Subscribe after Close: %v", err)
	}
	cancel()
	if _, err := h.Subscribe(ctx); err == nil {
		t.Fatal("Subscribe with a done context succeeded")
	}
}

func TestHubContextCancelCloses(t *testing.T) {
	h := NewHub()
	ctx, cancel := context.WithCancel(context.Background())
	ch, _ := h.Subscribe(ctx)
	cancel()
	for range ch { // ends when the cancel goroutine closes it
	}
	h.Publish(query.Event{Tenant: "t"}) // must not panic on a closed subscriber
}
