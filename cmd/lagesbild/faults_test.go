package main

// The fault suite: the real binary, killed with SIGKILL, behind a proxy that
// refuses and stalls PostgreSQL, and on a disk that fills up. Each test
// asserts that every case the server said it committed is there once, and
// that the register's numbers stay gap-free.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/internal/faulttest"
)

const faultToken = "fault-suite-admin-token-0123456789"

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// binary builds lagesbild once per test run.
func binary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("the fault suite builds and runs the binary; not with -short")
	}
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "lagesbild-bin-")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "lagesbild")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// instance is one running lagesbild serve.
type instance struct {
	t    *testing.T
	cmd  *exec.Cmd
	url  string
	logs *bytes.Buffer
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// start runs the binary on dataDir (and dsn, "" for SQLite) and waits for it to answer.
func start(t *testing.T, dataDir, dsn string, env ...string) *instance {
	t.Helper()
	addr := freeAddr(t)
	cmd := exec.Command(binary(t), "serve", "-addr", addr, "-data-dir", dataDir)
	cmd.Env = append(os.Environ(), "DATABASE_URL="+dsn, "LAGESBILD_ADMIN_TOKEN="+faultToken,
		"LAGESBILD_ALLOW_PRIVATE_FEEDS=1", "LAGESBILD_LOG_LEVEL=warn")
	cmd.Env = append(cmd.Env, env...)
	var logs bytes.Buffer
	cmd.Stderr = &syncWriter{w: &logs}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	in := &instance{t: t, cmd: cmd, url: "http://" + addr, logs: &logs}
	t.Cleanup(func() { in.kill() })
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if resp, err := http.Get(in.url + "/healthz"); err == nil {
			resp.Body.Close()
			return in
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("the server did not answer within 60 s:\n%s", logs.String())
	return nil
}

type syncWriter struct {
	mu sync.Mutex
	w  *bytes.Buffer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

// kill ends the process with SIGKILL: no shutdown, no flush.
func (in *instance) kill() {
	if in.cmd.ProcessState != nil {
		return
	}
	in.cmd.Process.Signal(syscall.SIGKILL) //nolint:errcheck // it may have ended already
	in.cmd.Wait()                          //nolint:errcheck // killed: the status says so
}

var client = &http.Client{Timeout: 15 * time.Second}

// call sends a JSON request as the admin; the status and the body.
func (in *instance) call(method, path, body string, headers ...string) (int, map[string]any, error) {
	req, err := http.NewRequest(method, in.url+path, strings.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Authorization", "Bearer "+faultToken)
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	var v map[string]any
	json.NewDecoder(resp.Body).Decode(&v) //nolint:errcheck // not every answer is an object
	return resp.StatusCode, v, nil
}

// writers create cases with idempotency keys until stop is closed and
// record which keys the server said it committed, with their numbers.
type writers struct {
	mu        sync.Mutex
	committed map[string]string // idempotency key → number
	statuses  map[int]int
	errs      atomic.Int64
	slow      atomic.Int64
}

func newWriters() *writers {
	return &writers{committed: map[string]string{}, statuses: map[int]int{}}
}

func (w *writers) run(in func() *instance, n int, stop <-chan struct{}, wg *sync.WaitGroup, retry bool) {
	for i := range n {
		wg.Go(func() {
			for j := 0; ; j++ {
				select {
				case <-stop:
					return
				default:
				}
				key := fmt.Sprintf("w%d-%d", i, j)
				kind := []string{"press_inquiry", "document_request"}[j%2]
				body := fmt.Sprintf(`{"kind":%q,"subject":"Fråga %s","channel":"phone","requester":{"outlet":"GP"}}`, kind, key)
				for {
					begun := time.Now()
					status, v, err := in().call("POST", "/api/v1/cases", body, "Idempotency-Key", key)
					if time.Since(begun) > 10*time.Second {
						w.slow.Add(1)
					}
					w.mu.Lock()
					w.statuses[status]++
					if status == http.StatusCreated {
						w.committed[key] = fmt.Sprint(v["number"])
					}
					w.mu.Unlock()
					if err != nil {
						w.errs.Add(1)
					}
					if status == http.StatusCreated || !retry {
						break
					}
					select {
					case <-stop:
						return
					case <-time.After(100 * time.Millisecond):
					}
				}
			}
		})
	}
}

// checkRegister asserts that every committed case is there once and that
// each kind's numbers run 1..n without a gap.
func checkRegister(t *testing.T, in *instance, committed map[string]string) {
	t.Helper()
	var all []map[string]any
	for page := 1; ; page++ {
		status, v, err := in.call("GET", fmt.Sprintf("/api/v1/cases?size=500&page=%d&sort=received", page), "")
		if err != nil || status != http.StatusOK {
			t.Fatalf("list cases: %d %v", status, err)
		}
		page, _ := v["cases"].([]any)
		for _, c := range page {
			all = append(all, c.(map[string]any))
		}
		if len(page) < 500 {
			break
		}
	}
	seen := map[string]int{}
	seqs := map[string][]int{}
	for _, c := range all {
		number := fmt.Sprint(c["number"])
		seen[number]++
		parts := strings.Split(number, "-")
		seq, err := strconv.Atoi(parts[len(parts)-1])
		if err != nil {
			t.Fatalf("number %q", number)
		}
		prefix := strings.Join(parts[:len(parts)-1], "-")
		seqs[prefix] = append(seqs[prefix], seq)
	}
	for number, n := range seen {
		if n > 1 {
			t.Errorf("number %s %d times", number, n)
		}
	}
	for key, number := range committed {
		if seen[number] != 1 {
			t.Errorf("case %s (%s) was committed and is gone", key, number)
		}
	}
	for prefix, s := range seqs {
		slices.Sort(s)
		for i, seq := range s {
			if seq != i+1 {
				t.Errorf("%s: numbers %v have a gap at %d", prefix, s[max(0, i-2):min(len(s), i+3)], i+1)
				break
			}
		}
	}
	t.Logf("%d cases, %d committed answers, numbers gap-free per kind", len(all), len(committed))
}

// testSchema makes a fresh schema in the test PostgreSQL and returns a URL
// that uses it, through addr when given.
func testSchema(t *testing.T, addr string) string {
	t.Helper()
	return dbtest.ViaAddr(t, dbtest.TestPostgresSchemaURL(t), addr)
}

// feeds lists the feeds as the API shows them.
func (in *instance) feeds() []map[string]any {
	_, v, _ := in.call("GET", "/api/v1/feeds", "")
	fs, _ := v["feeds"].([]any)
	out := make([]map[string]any, 0, len(fs))
	for _, f := range fs {
		out = append(out, f.(map[string]any))
	}
	return out
}

// eachDatabase runs fn on a fresh SQLite data dir ("sqlite", dsn "") and a
// fresh PostgreSQL schema ("postgres"; skipped without the test database).
func eachDatabase(t *testing.T, fn func(t *testing.T, db, dsn string)) {
	t.Run("sqlite", func(t *testing.T) { fn(t, "sqlite", "") })
	t.Run("postgres", func(t *testing.T) { fn(t, "postgres", testSchema(t, "")) })
}

// PostgreSQL refuses, then stalls, then comes back while writers and readers
// run: answers are 201, 200 or 503, never a 500 or a hang; the server
// recovers by itself; nothing committed is lost or doubled.
func TestFaultProxyUnderLoad(t *testing.T) {
	p := faulttest.NewProxy(t, dbtest.TestPostgresAddr(t))
	in := start(t, t.TempDir(), testSchema(t, p.Addr()), "LAGESBILD_DB_TIMEOUT=2s")
	w := newWriters()
	stop := make(chan struct{})
	var wg sync.WaitGroup
	w.run(func() *instance { return in }, 4, stop, &wg, true)
	var readerBad atomic.Int64
	wg.Go(func() {
		for {
			select {
			case <-stop:
				return
			default:
			}
			status, _, err := in.call("GET", "/api/v1/cases?limit=5", "")
			if err != nil || (status != http.StatusOK && status != http.StatusServiceUnavailable) {
				readerBad.Add(1)
			}
			time.Sleep(20 * time.Millisecond)
		}
	})
	for _, phase := range []struct {
		mode faulttest.Mode
		d    time.Duration
	}{{faulttest.Pass, time.Second}, {faulttest.Refuse, 2 * time.Second}, {faulttest.Stall, 4 * time.Second}, {faulttest.Pass, 3 * time.Second}} {
		p.Set(phase.mode)
		time.Sleep(phase.d)
	}
	close(stop)
	wg.Wait()
	p.Set(faulttest.Pass)
	t.Logf("answers: %v", w.statuses)
	if w.statuses[http.StatusInternalServerError] > 0 || w.errs.Load() > 0 || w.slow.Load() > 0 || readerBad.Load() > 0 {
		t.Errorf("%d answers 500, %d errors, %d slower than 10 s, %d bad reads", w.statuses[500], w.errs.Load(), w.slow.Load(), readerBad.Load())
	}
	if w.statuses[http.StatusServiceUnavailable] == 0 {
		t.Errorf("no 503 while the database was away: the proxy did nothing?")
	}
	checkRegister(t, in, w.committed)
}

// kill -9 while cases are being created, on both databases: after a
// restart every committed case is there once and the numbers have no gap.
func TestKillDuringCaseCreation(t *testing.T) {
	eachDatabase(t, func(t *testing.T, db, dsn string) {
		dir := t.TempDir()
		var cur atomic.Pointer[instance]
		cur.Store(start(t, dir, dsn))
		w := newWriters()
		stop := make(chan struct{})
		var wg sync.WaitGroup
		w.run(func() *instance { return cur.Load() }, 4, stop, &wg, false)
		time.Sleep(1500 * time.Millisecond)
		cur.Load().kill()
		close(stop)
		wg.Wait()
		again := start(t, dir, dsn)
		checkRegister(t, again, w.committed)
		if w.statuses[http.StatusCreated] == 0 {
			t.Errorf("nothing was created before the kill: %v", w.statuses)
		}
	})
}

// kill -9 during ingest: after a restart the instance fetches the feeds it
// held at once (its own leases), and no article is stored twice.
func TestKillDuringIngest(t *testing.T) {
	var hits atomic.Int64
	var slow atomic.Bool
	feeds := http.Server{Handler: http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		for i := 0; slow.Load() && i < 400; i++ { // hold the fetch until the kill
			time.Sleep(50 * time.Millisecond)
		}
		rw.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(rw, `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>`)
		for i := range 20 {
			fmt.Fprintf(rw, `<item><guid>%s-%d</guid><title>Nyhet %d om %s</title><link>https://t.example%s/%d</link><pubDate>Tue, 19 Nov 2024 08:00:00 +0100</pubDate></item>`,
				r.URL.Path, i, i, r.URL.Path, r.URL.Path, i)
		}
		fmt.Fprint(rw, `</channel></rss>`)
	})}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go feeds.Serve(ln) //nolint:errcheck // closed at the end
	t.Cleanup(func() { slow.Store(false); feeds.Close() })
	eachDatabase(t, func(t *testing.T, db, dsn string) {
		dir := t.TempDir()
		in := start(t, dir, dsn)
		slow.Store(true)
		hits.Store(0)
		for i := range 6 {
			status, v, err := in.call("POST", "/api/v1/feeds", fmt.Sprintf(`{"url":"http://%s/%s/%d","outlet":"T%d"}`, ln.Addr(), db, i, i))
			if status != http.StatusCreated {
				t.Fatalf("add feed: %d %v %v", status, v, err)
			}
		}
		deadline := time.Now().Add(20 * time.Second)
		for hits.Load() < 4 && time.Now().Before(deadline) { // the scheduler holds leases on them now
			time.Sleep(50 * time.Millisecond)
		}
		in.kill()
		slow.Store(false)
		again := start(t, dir, dsn)
		// Without its own leases back it would wait for them to run out (minutes).
		deadline = time.Now().Add(40 * time.Second)
		for time.Now().Before(deadline) {
			done := 0
			for _, f := range again.feeds() {
				if f["last_status"] == "ok" {
					done++
				}
			}
			if done == 6 {
				break
			}
			time.Sleep(200 * time.Millisecond)
		}
		total := 0.0
		for _, m := range again.feeds() {
			if m["last_status"] != "ok" {
				t.Errorf("feed %v not fetched after the restart: %v", m["url"], m["last_status"])
			}
			total += m["article_count"].(float64)
		}
		if total != 6*20 {
			t.Errorf("%v articles, want 120 (each once)", total)
		}
	})
}

// The disk fills up under a SQLite data dir: writes answer 507 (never 500),
// /healthz says the disk is low, ingest has paused; with room again, cases
// can be registered without a restart.
func TestDiskFull(t *testing.T) {
	dir := mountTmpfs(t, "size=24m")
	in := start(t, dir, "", "LAGESBILD_MIN_FREE_DISK_MB=4")
	w := newWriters()
	status, v, err := in.call("POST", "/api/v1/cases", `{"kind":"press_inquiry","subject":"Före","channel":"phone","requester":{"outlet":"GP"}}`)
	if status != http.StatusCreated {
		t.Fatalf("first case: %d %v %v", status, v, err)
	}
	w.committed["före"] = fmt.Sprint(v["number"])
	filler := filepath.Join(dir, "filler")
	f, err := os.Create(filler)
	if err != nil {
		t.Fatal(err)
	}
	chunk := bytes.Repeat([]byte{'x'}, 1<<20)
	for { // fill the disk to the last block
		if _, err := f.Write(chunk); err != nil {
			break
		}
	}
	f.Close()
	status, health, _ := in.call("GET", "/healthz", "")
	if status != http.StatusServiceUnavailable || health["disk"] != "low" {
		t.Errorf("healthz on a full disk: %d %v", status, health)
	}
	description := strings.Repeat("Lång beskrivning. ", 500)
	got507 := false
	for i := range 200 {
		status, v, err := in.call("POST", "/api/v1/cases", fmt.Sprintf(`{"kind":"press_inquiry","subject":"Fråga %d","description":%q,"channel":"phone","requester":{"outlet":"GP"}}`, i, description), "Idempotency-Key", fmt.Sprint("d", i))
		if err != nil || status == http.StatusInternalServerError {
			t.Fatalf("case %d: %d %v %v", i, status, v, err)
		}
		if status == http.StatusCreated {
			w.committed[fmt.Sprint("d", i)] = fmt.Sprint(v["number"])
		}
		if status == http.StatusInsufficientStorage {
			e, _ := v["error"].(map[string]any)
			if e["code"] != "insufficient_storage" || !strings.Contains(fmt.Sprint(e["message"]), "utrymme") {
				t.Errorf("507 body: %v", v)
			}
			got507 = true
			break
		}
	}
	if !got507 {
		t.Fatalf("the disk never filled up")
	}
	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	var status2 int
	for range 10 {
		if status2, _, _ = in.call("POST", "/api/v1/cases", `{"kind":"press_inquiry","subject":"Efteråt","channel":"phone","requester":{"outlet":"GP"}}`, "Idempotency-Key", "after"); status2 == http.StatusCreated {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	if status2 != http.StatusCreated {
		t.Errorf("with room again: %d", status2)
	}
	if status, health, _ := in.call("GET", "/healthz", ""); status != http.StatusOK {
		t.Errorf("healthz with room again: %d %v", status, health)
	}
	checkRegister(t, in, w.committed)
}
