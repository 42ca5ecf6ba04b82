package web

import (
	"sync"
	"time"
)

// loginThrottle slows password guessing with a growing delay instead of a
// lock-out. Failures are counted per client address, per username from that
// address, and per username from anywhere. The first two may grow to a long
// wait; the third, which a stranger elsewhere can drive, stays short, so
// nobody can keep a user from logging in.
//
// Memory is bounded: when the table is full, expired entries go first, then
// the entry with the fewest failures among a few sampled, so a flood of new
// addresses cannot wipe the counts that matter.
type loginThrottle struct {
	mu      sync.Mutex
	now     func() time.Time
	entries map[string]*failures
	max     int
}

type failures struct {
	n    int
	last time.Time
}

// throttleKey is one counter and the longest delay it may impose.
type throttleKey struct {
	key      string
	maxDelay time.Duration
}

const (
	freeFailures     = 3                // failures before any delay
	firstDelay       = time.Second      // then 1 s, 2 s, 4 s, … up to the key's cap
	throttleWindow   = 15 * time.Minute // a counter is forgotten this long after its last failure
	maxDelayAddress  = 15 * time.Minute
	maxDelayUsername = 10 * time.Second
	throttleEntries  = 50000
	evictionSample   = 8
)

func newLoginThrottle(now func() time.Time) *loginThrottle {
	return &loginThrottle{now: now, entries: map[string]*failures{}, max: throttleEntries}
}

// loginKeys are the counters a login attempt touches.
func loginKeys(username, ip string) []throttleKey {
	return []throttleKey{
		{"ip:" + ip, maxDelayAddress},
		{"user-ip:" + username + "\x00" + ip, maxDelayAddress},
		{"user:" + username, maxDelayUsername},
	}
}

func delayFor(n int, limit time.Duration) time.Duration {
	if n < freeFailures {
		return 0
	}
	d := firstDelay << min(n-freeFailures, 30)
	return min(d, limit)
}

// wait says how long the caller must wait before the next attempt (0: go on).
func (t *loginThrottle) wait(keys []throttleKey) time.Duration {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.now()
	var w time.Duration
	for _, k := range keys {
		f := t.live(k.key, now)
		if f == nil {
			continue
		}
		w = max(w, f.last.Add(delayFor(f.n, k.maxDelay)).Sub(now))
	}
	return w
}

func (t *loginThrottle) live(key string, now time.Time) *failures {
	f := t.entries[key]
	if f != nil && now.Sub(f.last) > throttleWindow {
		delete(t.entries, key)
		return nil
	}
	return f
}

func (t *loginThrottle) fail(keys []throttleKey) {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.now()
	for _, k := range keys {
		f := t.live(k.key, now)
		if f == nil {
			t.makeRoom(now)
			f = &failures{}
			t.entries[k.key] = f
		}
		f.n++
		f.last = now
	}
}

// succeed forgets the username's counters from this address; the address's
// own counter stays, so one good account does not launder guesses at others.
func (t *loginThrottle) succeed(keys []throttleKey) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, k := range keys[1:] {
		delete(t.entries, k.key)
	}
}

func (t *loginThrottle) makeRoom(now time.Time) {
	if len(t.entries) < t.max {
		return
	}
	for k, f := range t.entries {
		if now.Sub(f.last) > throttleWindow {
			delete(t.entries, k)
		}
	}
	for len(t.entries) >= t.max {
		var victim string
		fewest := -1
		i := 0
		for k, f := range t.entries { // map order is random: a sample
			if fewest < 0 || f.n < fewest {
				victim, fewest = k, f.n
			}
			if i++; i >= evictionSample {
				break
			}
		}
		delete(t.entries, victim)
	}
}
