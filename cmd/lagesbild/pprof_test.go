package main

import (
	"net"
	"net/http"
	"testing"
	"time"
)

// The server's profiles are served on the metrics listener, which is kept
// off the public address, and never on the public address itself.
func TestProfilesOnlyOnTheMetricsAddress(t *testing.T) {
	clearEnv(t)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	metricsAddr := l.Addr().String()
	l.Close()
	p := startProgram(t, "demo", "-addr", "127.0.0.1:0", "-data-dir", t.TempDir(), "-log-level", "warn",
		"-metrics-addr", metricsAddr)
	var code int
	for range 50 {
		resp, err := http.Get("http://" + metricsAddr + "/debug/pprof/goroutine?debug=1")
		if err == nil {
			code = resp.StatusCode
			resp.Body.Close()
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if code != http.StatusOK {
		t.Errorf("profiles on the metrics address: %d, want 200", code)
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Get(p.url + "/debug/pprof/goroutine?debug=1")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode == http.StatusOK {
		t.Error("profiles on the public address: 200, want them absent")
	}
	if code := p.stop(); code != 0 {
		t.Errorf("demo exited with %d:\n%s", code, p.errs.String())
	}
}

func TestProfilesOnlyOnLoopback(t *testing.T) {
	for addr, want := range map[string]bool{"127.0.0.1:9090": true, "localhost:9090": true, "[::1]:9090": true,
		":9090": false, "0.0.0.0:9090": false, "10.0.0.5:9090": false, "metrics.internal:9090": false} {
		if got := loopback(addr); got != want {
			t.Errorf("loopback(%q) = %v, want %v", addr, got, want)
		}
	}
}
