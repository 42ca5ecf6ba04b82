package web

import (
	"fmt"
	"testing"
	"time"
)

func TestThrottleCannotBeFlushed(t *testing.T) {
	now := time.Date(2024, 11, 19, 9, 0, 0, 0, time.UTC)
	th := newLoginThrottle(func() time.Time { return now })
	th.max = 1000
	guesser := loginKeys("admin", "198.51.100.66")
	for range 10 {
		th.fail(guesser)
	}
	before := th.wait(guesser)
	for i := range 20 * th.max { // a flood of one failure each from new addresses
		th.fail(loginKeys(fmt.Sprintf("u%d", i), fmt.Sprintf("203.0.%d.%d", i/256, i%256)))
	}
	if n := len(th.entries); n > th.max {
		t.Errorf("%d entries, want at most %d", n, th.max)
	}
	if after := th.wait(guesser); after != before || after == 0 {
		t.Errorf("the guesser's wait went from %v to %v after the flood", before, after)
	}
}

func TestDelayFor(t *testing.T) {
	tests := map[string]struct {
		n     int
		limit time.Duration
		want  time.Duration
	}{
		"first failures are free": {2, time.Hour, 0},
		"then one second":         {3, time.Hour, time.Second},
		"doubling":                {6, time.Hour, 8 * time.Second},
		"capped":                  {20, 10 * time.Second, 10 * time.Second},
		"no overflow":             {500, 15 * time.Minute, 15 * time.Minute},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := delayFor(tt.n, tt.limit); got != tt.want {
				t.Errorf("delayFor(%d) = %v, want %v", tt.n, got, tt.want)
			}
		})
	}
}
