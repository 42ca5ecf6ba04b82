package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptrace"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// buildBinary builds ./cmd/lagesbild of the module that dir is in, into
// out, and returns the binary's path.
func buildBinary(ctx context.Context, moduleDir, out string) (string, error) {
	bin := filepath.Join(out, "lagesbild")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/lagesbild")
	cmd.Dir = moduleDir
	if b, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build ./cmd/lagesbild: %v\n%s", err, b)
	}
	return bin, nil
}

// moduleRoot finds the directory of go.mod from the working directory up.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the working directory: run from the repository or give -bin")
		}
		dir = parent
	}
}

// server is one running `lagesbild serve`.
type server struct {
	cmd *exec.Cmd
	url string
	// metricsURL serves /metrics: the server itself, or its metrics
	// listener when it has one.
	metricsURL string
	token      string
	logs       *tailBuffer
	http       *http.Client
	done       chan struct{}
	err        error
	pid        int
	mu         sync.Mutex
	ended      bool
}

// startServer runs bin serve over dataDir (and dsn; "" for SQLite) on a free
// loopback port and waits until /healthz answers; metricsAddr, when not
// empty, is its metrics listener.
func startServer(ctx context.Context, bin, dataDir, dsn, token, metricsAddr string) (*server, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	addr := ln.Addr().String()
	ln.Close()
	cmd := exec.Command(bin, "serve", "-addr", addr, "-data-dir", dataDir)
	cmd.Env = append(os.Environ(), "DATABASE_URL="+dsn, "LAGESBILD_ADMIN_TOKEN="+token,
		"LAGESBILD_ALLOW_PRIVATE_FEEDS=1", "LAGESBILD_LOG_LEVEL=warn", "LAGESBILD_METRICS_ADDR="+metricsAddr)
	logs := &tailBuffer{max: 64 << 10}
	cmd.Stdout, cmd.Stderr = logs, logs
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s serve: %w", bin, err)
	}
	s := &server{cmd: cmd, url: "http://" + addr, metricsURL: "http://" + addr, token: token, logs: logs, done: make(chan struct{}), pid: cmd.Process.Pid,
		http: &http.Client{Timeout: 2 * time.Minute, Transport: timingTransport{&http.Transport{MaxIdleConns: 200, MaxIdleConnsPerHost: 200,
			MaxConnsPerHost: 0, IdleConnTimeout: time.Minute}}}}
	if metricsAddr != "" {
		s.metricsURL = "http://" + metricsAddr
	}
	go func() {
		s.err = cmd.Wait()
		close(s.done)
	}()
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		select {
		case <-s.done:
			return nil, fmt.Errorf("lagesbild serve ended at start: %v\n%s", s.err, logs.String())
		case <-ctx.Done():
			s.stop()
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
		if resp, err := s.http.Get(s.url + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return s, nil
			}
		}
	}
	s.stop()
	return nil, fmt.Errorf("lagesbild serve did not answer within 2 minutes:\n%s", logs.String())
}

// stop ends the server with SIGTERM (a graceful shutdown), SIGKILL after 30 s.
func (s *server) stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ended {
		return
	}
	s.ended = true
	s.cmd.Process.Signal(syscall.SIGTERM) //nolint:errcheck // it may have ended
	select {
	case <-s.done:
	case <-time.After(30 * time.Second):
		s.cmd.Process.Kill() //nolint:errcheck // it may have ended
		<-s.done
	}
}

// call sends a JSON request with the admin token and decodes the answer
// into out (when not nil and the status is 2xx). It returns the status.
func (s *server) call(ctx context.Context, method, path string, body, out any) (int, error) {
	return s.do(ctx, s.http, method, path, "Bearer "+s.token, body, out)
}

func (s *server) do(ctx context.Context, c *http.Client, method, path, auth string, body, out any) (int, error) {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return 0, err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, s.url+path, rd)
	if err != nil {
		return 0, err
	}
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	// Which connection a request went out on, told with a failure: twice in
	// about twenty runs the ingest's first POST /api/v1/feeds met
	// "connection reset by peer", unexplained (bench/RESULTS.md).
	var conn httptrace.GotConnInfo
	req = req.WithContext(httptrace.WithClientTrace(req.Context(), &httptrace.ClientTrace{
		GotConn: func(info httptrace.GotConnInfo) { conn = info },
	}))
	connErr := func(err error) error {
		if conn.Conn == nil {
			return fmt.Errorf("%w (no connection)", err)
		}
		return fmt.Errorf("%w (local %s, reused %v, idle %s before it)", err, conn.Conn.LocalAddr(), conn.Reused, conn.IdleTime)
	}
	resp, err := c.Do(req)
	if err != nil {
		return 0, connErr(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return resp.StatusCode, connErr(err)
	}
	if resp.StatusCode/100 != 2 {
		return resp.StatusCode, &httpError{status: resp.StatusCode, method: method, path: path, body: truncate(string(b), 300)}
	}
	if out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			return resp.StatusCode, fmt.Errorf("%s %s: %w", method, path, err)
		}
	}
	return resp.StatusCode, nil
}

type httpError struct {
	status       int
	method, path string
	body         string
}

func (e *httpError) Error() string {
	return fmt.Sprintf("%s %s: %d %s", e.method, e.path, e.status, e.body)
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

var csrfField = regexp.MustCompile(`name="csrf_token" value="([^"]+)"`)

// login signs username in through the login form and returns a client
// that carries the session (the triage page is a page, not an API call).
func (s *server) login(ctx context.Context, username, password string) (*http.Client, error) {
	jar, err := cookiejar.New(nil)
	if err != nil {
		return nil, err
	}
	c := &http.Client{Jar: jar, Timeout: s.http.Timeout, Transport: s.http.Transport,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, s.url+"/login", nil)
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	m := csrfField.FindSubmatch(page)
	if m == nil {
		return nil, fmt.Errorf("login page without a csrf_token (status %d)", resp.StatusCode)
	}
	form := url.Values{"username": {username}, "password": {password}, "csrf_token": {html.UnescapeString(string(m[1]))}}
	req, _ = http.NewRequestWithContext(ctx, http.MethodPost, s.url+"/login", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", s.url)
	req.Header.Set("Referer", s.url+"/login")
	resp, err = c.Do(req)
	if err != nil {
		return nil, err
	}
	io.Copy(io.Discard, resp.Body) //nolint:errcheck // only the cookie matters
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther {
		return nil, fmt.Errorf("login as %s: status %d", username, resp.StatusCode)
	}
	return c, nil
}

// page GETs a page with a logged-in client and reads it whole.
func (s *server) page(ctx context.Context, c *http.Client, path string) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.url+path, nil)
	if err != nil {
		return 0, err
	}
	resp, err := c.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	_, err = io.Copy(io.Discard, resp.Body)
	return resp.StatusCode, err
}

// indexLag reads lagesbild_index_lag_articles from /metrics: how many
// articles the database has and the search index has not (by id).
func (s *server) indexLag(ctx context.Context) (int64, error) {
	return s.gauge(ctx, "lagesbild_index_lag_articles")
}

// gauge reads a metric without labels from /metrics.
func (s *server) gauge(ctx context.Context, name string) (int64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.metricsURL+"/metrics", nil)
	if err != nil {
		return 0, err
	}
	resp, err := s.http.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), name+" "); ok {
			f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			return int64(f), err
		}
	}
	if err := sc.Err(); err != nil {
		return 0, err
	}
	return 0, fmt.Errorf("%w: %s (status %d)", errNoMetric, name, resp.StatusCode)
}

// errNoMetric: /metrics lacks the series (a binary from before it).
var errNoMetric = errors.New("/metrics has no such series")

// tailBuffer keeps the last max bytes written to it (the server's log).
type tailBuffer struct {
	mu  sync.Mutex
	b   []byte
	max int
}

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.b = append(t.b, p...)
	if len(t.b) > t.max {
		t.b = t.b[len(t.b)-t.max:]
	}
	return len(p), nil
}

func (t *tailBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(t.b)
}
