package ingest_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/ingest"
)

const tinyRSS = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>T</title>` +
	`<item><guid>1</guid><title>Hej</title></item></channel></rss>`

func localFetcher(o ingest.FetchOptions) *ingest.Fetcher {
	o.AllowPrivate = true // the test server is on 127.0.0.1
	return ingest.NewFetcher(o)
}

func fetch(t testing.TB, f *ingest.Fetcher, feed *ingest.Feed) *ingest.FetchResult {
	t.Helper()
	return f.Fetch(context.Background(), feed)
}

func TestFetchSendsUserAgentAndValidators(t *testing.T) {
	var gotUA, gotINM, gotIMS atomic.Value
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotUA.Store(r.UserAgent())
		gotINM.Store(r.Header.Get("If-None-Match"))
		gotIMS.Store(r.Header.Get("If-Modified-Since"))
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Mon, 18 Nov 2024 08:00:00 GMT")
		w.Write([]byte(tinyRSS))
	}))
	defer srv.Close()
	c := newClock()
	f := localFetcher(ingest.FetchOptions{Now: c.Now})
	feed := &ingest.Feed{URL: srv.URL + "/rss"}

	res := fetch(t, f, feed)
	if res.Status != ingest.StatusOK || res.HTTPStatus != 200 || string(res.Body) != tinyRSS || !res.Unconditional {
		t.Fatalf("first fetch: %+v", res)
	}
	if gotUA.Load() != "Lagesbild/1.0 (+mediabevakning)" {
		t.Errorf("User-Agent %q", gotUA.Load())
	}
	if gotINM.Load() != "" || gotIMS.Load() != "" {
		t.Errorf("first fetch sent validators")
	}
	if res.ETag != `"v1"` || res.LastModified != "Mon, 18 Nov 2024 08:00:00 GMT" {
		t.Errorf("validators %q %q", res.ETag, res.LastModified)
	}

	last := c.Now()
	feed.ETag, feed.LastModified, feed.LastUnconditionalAt = res.ETag, res.LastModified, &last
	c.Add(time.Hour)
	res = fetch(t, f, feed)
	if res.Status != ingest.StatusNotModified || res.HTTPStatus != 304 || res.Unconditional || res.Body != nil {
		t.Fatalf("second fetch: %+v", res)
	}
	if gotINM.Load() != `"v1"` || gotIMS.Load() != "Mon, 18 Nov 2024 08:00:00 GMT" {
		t.Errorf("validators sent: %q %q", gotINM.Load(), gotIMS.Load())
	}

	// Past UnconditionalEvery, validators are left out even though known.
	c.Add(ingest.DefaultUnconditionalEvery)
	res = fetch(t, f, feed)
	if res.Status != ingest.StatusOK || !res.Unconditional || gotINM.Load() != "" {
		t.Errorf("periodic unconditional fetch: %+v, If-None-Match %q", res, gotINM.Load())
	}
}

func TestFetchErrorsAndRetryAfter(t *testing.T) {
	c := newClock()
	mux := http.NewServeMux()
	mux.HandleFunc("/429", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "120")
		w.WriteHeader(http.StatusTooManyRequests)
	})
	mux.HandleFunc("/503", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", c.Now().Add(90*time.Minute).Format(http.TimeFormat))
		w.WriteHeader(http.StatusServiceUnavailable)
	})
	mux.HandleFunc("/404", http.NotFound)
	mux.HandleFunc("/loop/a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop/b", http.StatusFound) })
	mux.HandleFunc("/loop/b", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop/a", http.StatusFound) })
	mux.HandleFunc("/chain/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(r.URL.Path, "/chain/%d", &n)
		if n >= 10 {
			w.Write([]byte(tinyRSS))
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/chain/%d", n+1), http.StatusMovedPermanently)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "20000000")
		w.Write([]byte(tinyRSS))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	f := localFetcher(ingest.FetchOptions{Now: c.Now})

	tests := map[string]struct {
		path       string
		status     int
		want       error
		retryAfter time.Duration
	}{
		"429 with Retry-After in seconds": {"/429", 429, ingest.ErrHTTPStatus, 2 * time.Minute},
		"503 with Retry-After as a date":  {"/503", 503, ingest.ErrHTTPStatus, 90 * time.Minute},
		"404":                             {"/404", 404, ingest.ErrHTTPStatus, 0},
		"redirect loop":                   {"/loop/a", 0, ingest.ErrRedirectLoop, 0},
		"more than five redirects":        {"/chain/0", 0, ingest.ErrTooManyRedirects, 0},
		"announced length over the limit": {"/big", 200, ingest.ErrTooLarge, 0},
		"five redirects are still fine":   {"/chain/5", 200, nil, 0},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			res := fetch(t, f, &ingest.Feed{URL: srv.URL + tt.path})
			if tt.want == nil {
				if res.Status != ingest.StatusOK || res.Err != nil || !strings.HasSuffix(res.URL, "/chain/10") {
					t.Errorf("got %+v", res)
				}
				return
			}
			if res.Status != ingest.StatusError || !errors.Is(res.Err, tt.want) {
				t.Errorf("got status %s err %v, want %v", res.Status, res.Err, tt.want)
			}
			if tt.status != 0 && res.HTTPStatus != tt.status {
				t.Errorf("HTTP status %d, want %d", res.HTTPStatus, tt.status)
			}
			if res.RetryAfter != tt.retryAfter {
				t.Errorf("RetryAfter %v, want %v", res.RetryAfter, tt.retryAfter)
			}
		})
	}
}

func TestFetchSlowServerStopsAtTimeout(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		for i := 0; i < 30; i++ { // one byte a second, at most 30 s
			if _, err := w.Write([]byte("<")); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(time.Second):
			}
		}
	}))
	defer srv.Close()
	f := localFetcher(ingest.FetchOptions{Timeout: 1500 * time.Millisecond})
	start := time.Now()
	res := fetch(t, f, &ingest.Feed{URL: srv.URL})
	if res.Status != ingest.StatusError || !errors.Is(res.Err, context.DeadlineExceeded) {
		t.Errorf("got %s %v, want a deadline error", res.Status, res.Err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
}

func TestFetchBodyCap(t *testing.T) {
	var bomb bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&bomb, gzip.BestCompression)
	zeros := make([]byte, 1<<20)
	for i := 0; i < 64; i++ { // 64 MiB inflated, about 64 KB on the wire
		zw.Write(zeros)
	}
	zw.Close()
	var endlessBytes atomic.Int64
	mux := http.NewServeMux()
	mux.HandleFunc("/bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(bomb.Bytes())
	})
	mux.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		chunk := bytes.Repeat([]byte("<item>lång rad</item>\n"), 1000)
		for i := 0; i < 10000; i++ { // bounded: at most ~230 MB
			n, err := w.Write(chunk)
			endlessBytes.Add(int64(n))
			if err != nil {
				return
			}
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	f := localFetcher(ingest.FetchOptions{MaxBodyBytes: 1 << 20})
	for _, path := range []string{"/bomb", "/endless"} {
		t.Run(path, func(t *testing.T) {
			res := fetch(t, f, &ingest.Feed{URL: srv.URL + path})
			if res.Status != ingest.StatusError || !errors.Is(res.Err, ingest.ErrTooLarge) || res.Body != nil {
				t.Errorf("got %s %v, want ErrTooLarge", res.Status, res.Err)
			}
		})
	}
	// The default cap is 10 MiB.
	if got := ingest.NewFetcher(ingest.FetchOptions{}).Options().MaxBodyBytes; got != 10<<20 {
		t.Errorf("default cap %d", got)
	}
}

func TestFetchPrivateAddressGuard(t *testing.T) {
	var hits atomic.Int64
	target := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Write([]byte(tinyRSS))
	}))
	defer target.Close()
	port := mustURL(t, target.URL).Port()

	guarded := ingest.NewFetcher(ingest.FetchOptions{Timeout: 5 * time.Second})
	hosts := map[string]string{
		"loopback literal":         "127.0.0.1",
		"localhost resolves to it": "localhost",
		"decimal":                  "2130706433",
		"octal":                    "0177.0.0.1",
		"octal, one part":          "017700000001",
		"hex, two parts":           "0x7f.1",
		"hex, one part":            "0x7f000001",
		"IPv6 loopback":            "[::1]",
		"IPv4-mapped IPv6":         "[::ffff:127.0.0.1]",
		"IPv4-mapped IPv6 in hex":  "[::ffff:7f00:1]",
		"unspecified":              "0.0.0.0",
		"unspecified, short":       "0",
	}
	for name, host := range hosts {
		t.Run(name, func(t *testing.T) {
			res := fetch(t, guarded, &ingest.Feed{URL: "http://" + host + ":" + port + "/rss"})
			if res.Status != ingest.StatusError || !errors.Is(res.Err, ingest.ErrPrivateAddress) {
				t.Errorf("%s: got %s %v, want ErrPrivateAddress", host, res.Status, res.Err)
			}
		})
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the guarded fetcher reached the server %d times", n)
	}
	// With AllowPrivate, the numeric forms go where the OS would send them.
	open := localFetcher(ingest.FetchOptions{})
	for _, host := range []string{"2130706433", "0x7f.1", "0177.0.0.1"} {
		if res := fetch(t, open, &ingest.Feed{URL: "http://" + host + ":" + port + "/"}); res.Status != ingest.StatusOK {
			t.Errorf("AllowPrivate, %s: %s %v", host, res.Status, res.Err)
		}
	}
}

func TestFetchRedirectToPrivateAddress(t *testing.T) {
	var privateHits atomic.Int64
	private := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		privateHits.Add(1)
		w.Write([]byte(tinyRSS))
	}))
	defer private.Close()
	privatePort := mustURL(t, private.URL).Port()
	mux := http.NewServeMux()
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(tinyRSS)) })
	mux.HandleFunc("/to-local", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, private.URL+"/rss", http.StatusFound)
	})
	mux.HandleFunc("/to-localhost", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://localhost:"+privatePort+"/rss", http.StatusFound)
	})
	mux.HandleFunc("/to-metadata", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
	})
	mux.HandleFunc("/to-private", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://10.0.0.1/rss", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/to-decimal", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://2130706433:"+privatePort+"/rss", http.StatusFound)
	})
	public := httptest.NewServer(mux)
	defer public.Close()
	// The guard is on; only the "public" test server is exempt from it.
	f := ingest.NewFetcher(ingest.FetchOptions{Timeout: 5 * time.Second,
		AllowAddrs: []netip.AddrPort{netip.MustParseAddrPort(mustURL(t, public.URL).Host)}})
	if res := fetch(t, f, &ingest.Feed{URL: public.URL + "/feed"}); res.Status != ingest.StatusOK {
		t.Fatalf("the exempt server: %s %v", res.Status, res.Err)
	}
	for _, path := range []string{"/to-local", "/to-localhost", "/to-metadata", "/to-private", "/to-decimal"} {
		t.Run(path, func(t *testing.T) {
			res := fetch(t, f, &ingest.Feed{URL: public.URL + path})
			if res.Status != ingest.StatusError || !errors.Is(res.Err, ingest.ErrPrivateAddress) {
				t.Errorf("got %s %v, want ErrPrivateAddress", res.Status, res.Err)
			}
		})
	}
	if n := privateHits.Load(); n != 0 {
		t.Errorf("a redirect reached the private server %d times", n)
	}
}

func TestIsPublicIP(t *testing.T) {
	tests := map[string]bool{
		"8.8.8.8": true, "193.10.1.1": true, "2a00:1450:4001::1": true, "::ffff:8.8.8.8": true,
		"64:ff9b::808:808": true, "2002:808:808::1": true,
		"127.0.0.1": false, "127.8.9.1": false, "10.1.2.3": false, "172.16.0.1": false, "172.31.255.255": false,
		"192.168.1.1": false, "100.64.0.1": false, "100.127.255.254": false, "169.254.169.254": false,
		"169.254.1.1": false, "0.0.0.0": false, "224.0.0.1": false, "239.255.255.250": false,
		"255.255.255.255": false, "::": false, "::1": false, "fe80::1": false, "fd00::1": false,
		"fd00:ec2::254": false, "fc00::1": false, "ff02::1": false, "::ffff:127.0.0.1": false,
		"::ffff:10.0.0.1": false, "::ffff:169.254.169.254": false, "::127.0.0.1": false,
		"64:ff9b::7f00:1": false, "2002:7f00:1::": false, "2002:a9fe:a9fe::": false, "fe80::1%eth0": false,
	}
	for s, want := range tests {
		ip := netip.MustParseAddr(s)
		if got := ingest.IsPublicIP(ip); got != want {
			t.Errorf("IsPublicIP(%s) = %v, want %v", s, got, want)
		}
	}
}

func TestParseHostIP(t *testing.T) {
	tests := map[string]string{
		"127.0.0.1": "127.0.0.1", "2130706433": "127.0.0.1", "0177.0.0.1": "127.0.0.1", "0x7f.1": "127.0.0.1",
		"0x7f.0.1": "127.0.0.1", "127.1": "127.0.0.1", "0X7F000001": "127.0.0.1", "017700000001": "127.0.0.1",
		"[::1]": "::1", "::ffff:127.0.0.1": "::ffff:127.0.0.1", "0": "0.0.0.0", "3232235777": "192.168.1.1",
		"exempelposten.se": "", "4294967296": "", "1.2.3.4.5": "", "256.1.1.1": "", "08.1.1.1": "", "0x": "0.0.0.0",
	}
	for host, want := range tests {
		ip, ok := ingest.ParseHostIP(host)
		got := ""
		if ok {
			got = ip.String()
		}
		if got != want {
			t.Errorf("ParseHostIP(%q) = %q, want %q", host, got, want)
		}
	}
}

func mustURL(t testing.TB, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}
