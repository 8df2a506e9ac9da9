package server

import (
	"sync"
	"time"
)

// bucket is a token bucket: rate tokens per second, up to burst. Used per
// connection (owned by its reader, so unlocked) and globally (locked).
type bucket struct {
	rate, burst float64
	tokens      float64
	last        time.Time
}

func newBucket(rate, burst int) bucket {
	return bucket{rate: float64(rate), burst: float64(burst), tokens: float64(burst)}
}

// take spends one token if there is one; otherwise it reports how long until
// the next token.
func (b *bucket) take(now time.Time) (bool, time.Duration) {
	if b.rate <= 0 {
		return true, 0
	}
	if !b.last.IsZero() {
		b.tokens += now.Sub(b.last).Seconds() * b.rate
		if b.tokens > b.burst {
			b.tokens = b.burst
		}
	}
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return true, 0
	}
	return false, time.Duration((1 - b.tokens) / b.rate * float64(time.Second))
}

// sharedBucket is a bucket safe for concurrent use.
type sharedBucket struct {
	mu sync.Mutex
	b  bucket
}

func (s *sharedBucket) take(now time.Time) (bool, time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.take(now)
}
