package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/search"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
	"golang.org/x/crypto/bcrypt"
	"gorm.io/gorm"
)

// configEnv lists every variable the configuration reads.
var configEnv = []string{"LAGESBILD_ADDR", "LAGESBILD_DATA_DIR", "DATABASE_URL", "LAGESBILD_ADMIN_TOKEN",
	"LAGESBILD_ALLOW_PRIVATE_FEEDS", "LAGESBILD_LOG_LEVEL", "LAGESBILD_LOG_FORMAT", "LAGESBILD_AUTHORITY",
	"LAGESBILD_UNITS", "LAGESBILD_SECURE_COOKIES", "LAGESBILD_DB_TIMEOUT", "LAGESBILD_DB_MAX_CONNS", "LAGESBILD_MIN_FREE_DISK_MB", "LAGESBILD_METRICS_ADDR",
	"LAGESBILD_TRUSTED_PROXIES", "LAGESBILD_APPEAL_COURT", "LAGESBILD_REPORT_COMPILED_BY", "LAGESBILD_REPORT_ON_BEHALF_OF",
	"LAGESBILD_IMAP_URL", "LAGESBILD_IMAP_PASSWORD", "LAGESBILD_IMAP_TOKEN_COMMAND", "LAGESBILD_SMTP_ADDR",
	"LAGESBILD_SMTP_DOMAINS", "LAGESBILD_SMTP_TRUSTED", "LAGESBILD_SMTP_RELAY", "LAGESBILD_MAIL_FROM", "LAGESBILD_MAIL_OUTLETS",
	"LAGESBILD_RETENTION", "LAGESBILD_FEES", "LAGESBILD_BASE_URL", "LAGESBILD_DIGEST_AT"}

// clearEnv makes the configuration variables of the machine running the
// tests invisible (an empty variable counts as unset), the numbered
// mailboxes' (LAGESBILD_IMAP_URL_2…) too.
func clearEnv(t testing.TB) {
	t.Helper()
	for _, name := range configEnv {
		t.Setenv(name, "")
	}
	for _, kv := range os.Environ() {
		if name, _, _ := strings.Cut(kv, "="); strings.HasPrefix(name, "LAGESBILD_IMAP_") {
			t.Setenv(name, "")
		}
	}
}

// TestConfigEnvIsComplete: every variable the program's code names is in
// configEnv, so that no test picks up the developer's own settings.
func TestConfigEnvIsComplete(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	literal := regexp.MustCompile(`"((?:LAGESBILD_|DATABASE_URL)[A-Z0-9_]*)"`)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range literal.FindAllStringSubmatch(string(src), -1) {
			name := m[1]
			if strings.HasSuffix(name, "_") || strings.HasPrefix(name, "LAGESBILD_TEST_") {
				continue // a prefix of numbered variables (cleared by prefix), or a test's own
			}
			if !slices.Contains(configEnv, name) {
				t.Errorf("%s reads %s, which clearEnv does not clear: add it to configEnv", f, name)
			}
		}
	}
}

func TestParseFlags(t *testing.T) {
	env := map[string]string{
		"LAGESBILD_ADDR":                "0.0.0.0:9000",
		"LAGESBILD_DATA_DIR":            "/var/lib/lagesbild",
		"DATABASE_URL":                  "postgres://app:pw@db:5432/lagesbild",
		"LAGESBILD_ADMIN_TOKEN":         "token-from-the-environment",
		"LAGESBILD_ALLOW_PRIVATE_FEEDS": "1",
		"LAGESBILD_LOG_LEVEL":           "debug",
		"LAGESBILD_LOG_FORMAT":          "json",
		"LAGESBILD_AUTHORITY":           "Exempelregionen",
		"LAGESBILD_UNITS":               "Fastighet, stöd och service; Närhälsan ;",
		"LAGESBILD_SECURE_COOKIES":      "true",
		"LAGESBILD_DB_TIMEOUT":          "5s",
		"LAGESBILD_DB_MAX_CONNS":        "12",
		"LAGESBILD_MIN_FREE_DISK_MB":    "50",
		"LAGESBILD_METRICS_ADDR":        "127.0.0.1:9090",
	}
	tests := map[string]struct {
		env  map[string]string
		args []string
		want Config
	}{
		"defaults": {
			want: Config{Addr: "127.0.0.1:8080", DataDir: "./data", LogLevel: "info", LogFormat: "text",
				Authority: "myndigheten", DBTimeout: 30 * time.Second, DBMaxConns: lagesbild.DefaultMaxConns(), MinFreeDiskMB: 200, DigestAt: "07:00"},
		},
		"environment beats default": {
			env: env,
			want: Config{Addr: "0.0.0.0:9000", DataDir: "/var/lib/lagesbild", DatabaseURL: "postgres://app:pw@db:5432/lagesbild",
				AdminToken: "token-from-the-environment", AllowPrivateFeeds: true, LogLevel: "debug", LogFormat: "json",
				Authority: "Exempelregionen", Units: []string{"Fastighet, stöd och service", "Närhälsan"}, SecureCookies: true,
				DBTimeout: 5 * time.Second, DBMaxConns: 12, MinFreeDiskMB: 50, MetricsAddr: "127.0.0.1:9090", DigestAt: "07:00"},
		},
		"flag beats environment": {
			env: env,
			args: []string{"-addr", "127.0.0.1:0", "-data-dir", "/tmp/x", "--database-url", "postgres://other@h/db",
				"-admin-token", "token-from-the-flag", "-allow-private-feeds=false", "-log-level", "warn",
				"-log-format", "text", "-authority", "Myndigheten för test", "-units", "Enhet A, Väst;Enhet B",
				"-secure-cookies=false", "-db-timeout", "10s", "-db-max-conns", "40", "-min-free-disk-mb", "0", "-metrics-addr", ""},
			want: Config{Addr: "127.0.0.1:0", DataDir: "/tmp/x", DatabaseURL: "postgres://other@h/db",
				AdminToken: "token-from-the-flag", LogLevel: "warn", LogFormat: "text",
				Authority: "Myndigheten för test", Units: []string{"Enhet A, Väst", "Enhet B"}, DBTimeout: 10 * time.Second,
				DBMaxConns: 40, DigestAt: "07:00"},
		},
		"a malformed variable does not matter when its flag is given": {
			env:  map[string]string{"LAGESBILD_SECURE_COOKIES": "kanske"},
			args: []string{"-secure-cookies"},
			want: Config{Addr: "127.0.0.1:8080", DataDir: "./data", LogLevel: "info", LogFormat: "text",
				Authority: "myndigheten", SecureCookies: true, DBTimeout: 30 * time.Second, DBMaxConns: lagesbild.DefaultMaxConns(),
				MinFreeDiskMB: 200, DigestAt: "07:00"},
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			clearEnv(t)
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			got, err := ParseFlags(tt.args)
			if err != nil {
				t.Fatalf("ParseFlags: %v", err)
			}
			if fmt.Sprintf("%#v", got) != fmt.Sprintf("%#v", tt.want) {
				t.Errorf("got  %#v\nwant %#v", got, tt.want)
			}
			if err := got.Validate(); err != nil {
				t.Errorf("Validate: %v", err)
			}
		})
	}
}

func TestParseFlagsErrors(t *testing.T) {
	tests := map[string]struct {
		env  map[string]string
		args []string
		want string
	}{
		"malformed boolean variable": {env: map[string]string{"LAGESBILD_ALLOW_PRIVATE_FEEDS": "kanske"}, want: "LAGESBILD_ALLOW_PRIVATE_FEEDS"},
		"malformed duration":         {env: map[string]string{"LAGESBILD_DB_TIMEOUT": "30"}, want: "LAGESBILD_DB_TIMEOUT"},
		"malformed number":           {env: map[string]string{"LAGESBILD_MIN_FREE_DISK_MB": "mycket"}, want: "LAGESBILD_MIN_FREE_DISK_MB"},
		"malformed pool size":        {env: map[string]string{"LAGESBILD_DB_MAX_CONNS": "många"}, want: "LAGESBILD_DB_MAX_CONNS"},
		"unknown flag":               {args: []string{"-no-such-flag"}, want: "no-such-flag"},
		"stray argument":             {args: []string{"extra"}, want: "unexpected argument"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			clearEnv(t)
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			_, err := parseFlags("serve", tt.args, serveDefaults, io.Discard)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v, want one naming %s", err, tt.want)
			}
		})
	}
}

func TestValidate(t *testing.T) {
	valid := Config{Addr: "127.0.0.1:8080", DataDir: "./data", LogLevel: "info", LogFormat: "text",
		Authority: "myndigheten", Units: []string{"Närhälsan"}, TrustedProxies: []string{"10.0.0.0/8", "192.0.2.1", "::1"},
		DBTimeout: 30 * time.Second, MinFreeDiskMB: 200, MetricsAddr: "127.0.0.1:9090"}
	if err := valid.Validate(); err != nil {
		t.Fatalf("a valid configuration: %v", err)
	}
	tests := map[string]struct {
		change func(*Config)
		want   string
	}{
		"address without port":        {func(c *Config) { c.Addr = "localhost" }, "LAGESBILD_ADDR"},
		"address with a bad port":     {func(c *Config) { c.Addr = "127.0.0.1:99999" }, "LAGESBILD_ADDR"},
		"empty data dir":              {func(c *Config) { c.DataDir = " " }, "LAGESBILD_DATA_DIR"},
		"not a postgres URL":          {func(c *Config) { c.DatabaseURL = "mysql://app:hemligt@db/x" }, "DATABASE_URL"},
		"malformed postgres URL":      {func(c *Config) { c.DatabaseURL = "postgres://app:hemligt@db/%zz" }, "DATABASE_URL"},
		"token with a space":          {func(c *Config) { c.AdminToken = "two words" }, "LAGESBILD_ADMIN_TOKEN"},
		"unknown log level":           {func(c *Config) { c.LogLevel = "loud" }, "LAGESBILD_LOG_LEVEL"},
		"unknown log format":          {func(c *Config) { c.LogFormat = "xml" }, "LAGESBILD_LOG_FORMAT"},
		"empty authority":             {func(c *Config) { c.Authority = "" }, "LAGESBILD_AUTHORITY"},
		"a unit twice":                {func(c *Config) { c.Units = []string{"Närhälsan", "Närhälsan"} }, "LAGESBILD_UNITS"},
		"a proxy that is no address":  {func(c *Config) { c.TrustedProxies = []string{"10.0.0.1", "proxy.local"} }, "LAGESBILD_TRUSTED_PROXIES"},
		"a database timeout of 0":     {func(c *Config) { c.DBTimeout = 0 }, "LAGESBILD_DB_TIMEOUT"},
		"a pool of one connection":    {func(c *Config) { c.DBMaxConns = 1 }, "LAGESBILD_DB_MAX_CONNS"},
		"a base URL without scheme":   {func(c *Config) { c.BaseURL = "lagesbild.region.se" }, "LAGESBILD_BASE_URL"},
		"a digest at 7":               {func(c *Config) { c.DigestAt = "7" }, "LAGESBILD_DIGEST_AT"},
		"a digest at 24:00":           {func(c *Config) { c.DigestAt = "24:00" }, "LAGESBILD_DIGEST_AT"},
		"a negative disk floor":       {func(c *Config) { c.MinFreeDiskMB = -1 }, "LAGESBILD_MIN_FREE_DISK_MB"},
		"metrics address, no port":    {func(c *Config) { c.MetricsAddr = "localhost" }, "LAGESBILD_METRICS_ADDR"},
		"a retention rule of no kind": {func(c *Config) { c.Retention = "brev=12" }, "LAGESBILD_RETENTION"},
		"a fee in words":              {func(c *Config) { c.Fees = "base=femtio" }, "LAGESBILD_FEES"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			c := valid
			tt.change(&c)
			err := c.Validate()
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Validate() = %v, want an error naming %s", err, tt.want)
			}
			if err != nil && strings.Contains(err.Error(), "hemligt") {
				t.Errorf("the message repeats the password: %v", err)
			}
		})
	}
}

func TestConfigKeepsSecretsOutOfLogs(t *testing.T) {
	cfg := Config{Addr: "127.0.0.1:8080", DataDir: "d", DatabaseURL: "postgres://app:db-password@h/x",
		AdminToken: "the-admin-token-value", LogLevel: "info", LogFormat: "text", Authority: "a"}
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("starting", "config", cfg)
	for _, out := range []string{buf.String(), fmt.Sprint(cfg), fmt.Sprintf("%v %+v", cfg, cfg)} {
		if strings.Contains(out, "db-password") || strings.Contains(out, "the-admin-token-value") {
			t.Errorf("a secret got out: %s", out)
		}
	}
	if !strings.Contains(buf.String(), `"admin_token_set":true`) {
		t.Errorf("log line lacks admin_token_set: %s", buf.String())
	}
}

// TestMigrateAndDemo runs the migrate command and then the demo seeding, on
// SQLite and (with LAGESBILD_TEST_DATABASE_URL) on PostgreSQL.
func TestMigrateAndDemo(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) {
		clearEnv(t)
		dir := t.TempDir()
		out := runOK(t, "migrate", "-data-dir", dir, "-log-level", "warn")
		for _, m := range allMigrations() {
			if !strings.Contains(out, "applied "+m.ID) {
				t.Errorf("migrate did not report %s:\n%s", m.ID, out)
			}
		}
		if out := runOK(t, "migrate", "-data-dir", dir, "-log-level", "warn"); !strings.Contains(out, "0 step(s) applied now") {
			t.Errorf("second migrate:\n%s", out)
		}
		db, err := lagesbild.Open(context.Background(), "", dir)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { lagesbild.Close(db) })
		checkDemo(t, db)
	})
	t.Run("postgres", func(t *testing.T) {
		db := dbtest.OpenTestPostgres(t, nil) // an empty schema: migrate it as the commands do
		applied, err := migrateDB(context.Background(), db)
		if err != nil {
			t.Fatal(err)
		}
		if len(applied) != len(allMigrations()) {
			t.Errorf("applied %v, want every step", applied)
		}
		checkDemo(t, db)
	})
}

func checkDemo(t *testing.T, db *gorm.DB) {
	t.Helper()
	ctx := context.Background()
	opts := tracker.Options{Authority: demoAuthority, Units: demoUnits, PasswordCost: bcrypt.MinCost}
	start := time.Now()
	res, err := seedDemo(ctx, db, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("seeded %d cases and %d actions in %v", res.cases, res.actions, time.Since(start))
	if !res.seeded || res.cases < 40 || res.cases > 60 || len(res.logins) != len(demoUsers) {
		t.Fatalf("seeded=%v cases=%d logins=%d", res.seeded, res.cases, len(res.logins))
	}
	store := tracker.NewStore(db, opts)

	for _, kind := range tracker.Kinds {
		for _, status := range tracker.Statuses(kind) {
			cs, n, err := store.Cases(ctx, tracker.CaseFilter{Kind: kind, Status: status, Limit: tracker.MaxPageSize})
			if err != nil {
				t.Fatal(err)
			}
			if n == 0 {
				t.Errorf("no %s case is %s", kind, status)
			}
			if status.NeedsLegalGround() {
				delivered := false
				for _, c := range cs {
					if c.LegalGround == "" || c.AppealInstruction == "" {
						t.Errorf("%s %s without legal ground or appeal instruction", c.Number, status)
					}
					delivered = delivered || (c.DeliveredAt != nil && c.AppealDeadline != nil)
				}
				if status == tracker.StatusRefused && !delivered {
					t.Errorf("no refusal has a delivered decision")
				}
			}
		}
	}
	for name, f := range map[string]tracker.CaseFilter{
		"overdue":    {Overdue: true},
		"due today":  {DueToday: true},
		"unassigned": {Unassigned: true, Open: true},
		"topic":      {Topic: "Aurora"},
	} {
		if _, n, err := store.Cases(ctx, f); err != nil || n == 0 {
			t.Errorf("no %s case (err %v)", name, err)
		}
	}

	all, total, err := store.Cases(ctx, tracker.CaseFilter{Limit: tracker.MaxPageSize})
	if err != nil {
		t.Fatal(err)
	}
	if int(total) != res.cases {
		t.Errorf("register holds %d cases, seeding said %d", total, res.cases)
	}
	now, linked := time.Now(), 0
	for _, c := range all {
		if c.ReceivedAt.After(now) || c.ReceivedAt.Before(now.AddDate(0, 0, -15)) {
			t.Errorf("%s received %v, not in the last two weeks", c.Number, c.ReceivedAt)
		}
		if c.ParentID != nil {
			linked++
		}
	}
	if linked == 0 {
		t.Error("no document request was spawned by a press inquiry")
	}
	closed, _, err := store.Cases(ctx, tracker.CaseFilter{Status: tracker.StatusClosed, Limit: 1})
	if err != nil || len(closed) == 0 {
		t.Fatalf("no closed case: %v", err)
	}
	events, err := store.Events(ctx, closed[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(events) < 3 || events[0].Type != tracker.EventCreated || !sortedByTime(events) {
		t.Errorf("audit trail of %s: %+v", closed[0].Number, events)
	}

	actions, err := report.NewStore(db, store, report.Options{}).Actions(ctx, "", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []report.ActionKind{report.ActionPressRelease, report.ActionExternalNews, report.ActionInternalNews} {
		if !slices.ContainsFunc(actions, func(a report.Action) bool { return a.Kind == k }) {
			t.Errorf("no %s action", k)
		}
	}

	linnea, err := store.User(ctx, "linnea")
	if err != nil || linnea.Delegations != delegatedUnit {
		t.Errorf("linnea: %+v, %v", linnea, err)
	}
	for _, u := range demoUsers {
		if _, err := store.Authenticate(ctx, u.username, demoPassword(u.username)); err != nil {
			t.Errorf("demo login %s: %v", u.username, err)
		}
	}

	again, err := seedDemo(ctx, db, opts)
	if err != nil || again.seeded {
		t.Errorf("second seeding: seeded=%v err=%v, want it skipped", again.seeded, err)
	}
}

func sortedByTime(es []tracker.Event) bool {
	return slices.IsSortedFunc(es, func(a, b tracker.Event) int { return a.At.Compare(b.At) })
}

// TestDemoIsDeterministic seeds two databases at the same moment and
// expects the same register.
func TestDemoIsDeterministic(t *testing.T) {
	at := time.Date(2024, 11, 19, 16, 45, 0, 0, tracker.Stockholm)
	opts := tracker.Options{Now: func() time.Time { return at }, Units: demoUnits, PasswordCost: bcrypt.MinCost}
	var dumps [2]string
	for i := range dumps {
		db := dbtest.OpenTestSQLite(t, allMigrations())
		if _, err := seedDemo(context.Background(), db, opts); err != nil {
			t.Fatal(err)
		}
		var rows []struct {
			Number, Status, Subject, Assignee, Unit string
			ReceivedAt, DueAt                       time.Time
		}
		if err := db.Table("cases").Order("id").Find(&rows).Error; err != nil {
			t.Fatal(err)
		}
		var events int64
		if err := db.Table("case_events").Count(&events).Error; err != nil {
			t.Fatal(err)
		}
		dumps[i] = fmt.Sprintf("%d events %+v", events, rows)
	}
	if dumps[0] != dumps[1] {
		t.Errorf("two seedings differ:\n%s\n%s", dumps[0], dumps[1])
	}
}

// TestDemoServes runs the whole demo command on a free port, asks
// /healthz, and stops it as a signal would.
// program is the whole binary running in the test process.
type program struct {
	url  string
	out  *syncBuffer
	errs *syncBuffer
	stop func() int // cancels and waits; returns the exit code
}

// startProgram runs lagesbild with args until the test ends and returns once
// it prints the URL it serves on.
func startProgram(t testing.TB, args ...string) *program {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	p := &program{out: &syncBuffer{}, errs: &syncBuffer{}}
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, args, streams{in: strings.NewReader(""), out: pw, err: p.errs})
		pw.Close()
	}()
	urls := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			line := sc.Text()
			p.out.WriteString(line + "\n")
			if i := strings.Index(line, "http://"); i >= 0 {
				select {
				case urls <- line[i:]:
				default:
				}
			}
		}
	}()
	select {
	case p.url = <-urls:
	case code := <-done:
		cancel()
		t.Fatalf("%s ended with %d before serving:\n%s", args[0], code, p.errs.String())
	case <-time.After(30 * time.Second):
		cancel()
		t.Fatalf("%s did not start:\n%s", args[0], p.errs.String())
	}
	stopped := false
	code := 0
	p.stop = func() int {
		if stopped {
			return code
		}
		stopped = true
		cancel()
		select {
		case code = <-done:
		case <-time.After(30 * time.Second):
			t.Errorf("%s did not shut down", args[0])
			code = -1
		}
		return code
	}
	t.Cleanup(func() { p.stop() })
	return p
}

func TestDemoServes(t *testing.T) {
	clearEnv(t)
	p := startProgram(t, "demo", "-addr", "127.0.0.1:0", "-data-dir", t.TempDir(), "-log-level", "warn",
		"-admin-token", "demo-test-admin-token-0123456789")
	url := p.url

	resp, err := http.Get(url + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), `"ok"`) {
		t.Errorf("GET /healthz = %d %s", resp.StatusCode, body)
	}
	req, _ := http.NewRequest("GET", url+"/api/v1/cases?overdue=true", nil)
	req.Header.Set("Authorization", "Bearer demo-test-admin-token-0123456789")
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("GET /api/v1/cases with LAGESBILD_ADMIN_TOKEN = %d", resp.StatusCode)
	}

	if code := p.stop(); code != 0 {
		t.Errorf("demo exited with %d:\n%s", code, p.errs.String())
	}
	if !strings.Contains(p.out.String(), "Demoinloggningar") {
		t.Errorf("no demo logins printed:\n%s", p.out.String())
	}
}

func TestUserAndTokenCommands(t *testing.T) {
	clearEnv(t)
	dir := t.TempDir()
	code, out, errOut := runCmd(t, "correct horse battery\n", "user", "add", "--data-dir", dir, "--username", "ulla",
		"--name", "Ulla Presstjänst", "--role", "press_officer", "--delegations", "*", "--password-stdin")
	if code != 0 || strings.Contains(out, "shown once") {
		t.Fatalf("user add = %d\n%s\n%s", code, out, errOut)
	}
	code, out, errOut = runCmd(t, "", "user", "add", "--data-dir", dir, "--username", "greta", "--role", "analyst",
		"--email", "greta@region.example")
	if code != 0 || !strings.Contains(out, "password (shown once): ") {
		t.Fatalf("user add with a generated password = %d\n%s\n%s", code, out, errOut)
	}
	if code, _, errOut := runCmd(t, "", "user", "add", "--data-dir", dir, "--username", "bo", "--role", "analyst",
		"--email", "bo@"); code == 0 || !strings.Contains(errOut, "Ange en giltig e-postadress") {
		t.Errorf("user add with a bad address = %d\n%s", code, errOut)
	}
	if out := runOK(t, "user", "email", "--data-dir", dir, "--username", "ulla", "--email", "ulla@region.example"); !strings.Contains(out, "ulla@region.example") {
		t.Errorf("user email:\n%s", out)
	}
	if code, _, _ := runCmd(t, "", "user", "email", "--data-dir", dir, "--username", "ulla"); code != 2 {
		t.Errorf("user email without --email = %d, want 2", code)
	}
	if code, _, _ := runCmd(t, "", "user", "add", "--data-dir", dir, "--role", "analyst"); code != 2 {
		t.Errorf("user add without --username = %d, want 2", code)
	}
	out = runOK(t, "user", "list", "--data-dir", dir)
	for _, want := range []string{"ulla", "press_officer", "*", "greta", "analyst", "greta@region.example", "ulla@region.example"} {
		if !strings.Contains(out, want) {
			t.Errorf("user list lacks %q:\n%s", want, out)
		}
	}
	runOK(t, "user", "passwd", "--data-dir", dir, "--username", "greta")
	token := strings.TrimSpace(runOK(t, "token", "create", "--data-dir", dir, "--username", "ulla", "--name", "skript"))

	db, err := lagesbild.Open(context.Background(), "", dir)
	if err != nil {
		t.Fatal(err)
	}
	defer lagesbild.Close(db)
	store := tracker.NewStore(db, tracker.Options{})
	if u, err := store.UserByToken(context.Background(), token); err != nil || u.Username != "ulla" {
		t.Errorf("token %q: %+v %v", token, u, err)
	}
	if _, err := store.Authenticate(context.Background(), "ulla", "correct horse battery"); err != nil {
		t.Errorf("password from stdin: %v", err)
	}

	// token list shows the token without its secret; revoke ends it.
	out = runOK(t, "token", "list", "--data-dir", dir)
	if !strings.Contains(out, "ulla") || !strings.Contains(out, "skript") || strings.Contains(out, token) {
		t.Errorf("token list:\n%s", out)
	}
	ts, err := store.Tokens(context.Background(), tracker.System)
	if err != nil || len(ts) != 1 {
		t.Fatalf("tokens: %+v %v", ts, err)
	}
	runOK(t, "token", "revoke", "--data-dir", dir, "--id", fmt.Sprint(ts[0].ID))
	if _, err := store.UserByToken(context.Background(), token); !errors.Is(err, tracker.ErrBadCredentials) {
		t.Errorf("revoked token: %v", err)
	}
	if code, _, errOut := runCmd(t, "", "token", "revoke", "--data-dir", dir, "--id", fmt.Sprint(ts[0].ID)); code != 1 || !strings.Contains(errOut, "no token") {
		t.Errorf("revoke twice = %d %s", code, errOut)
	}
	if code, _, _ := runCmd(t, "", "token", "revoke", "--data-dir", dir); code != 2 {
		t.Errorf("revoke without --id = %d, want 2", code)
	}

	// user disable ends the user's tokens at once.
	token = strings.TrimSpace(runOK(t, "token", "create", "--data-dir", dir, "--username", "ulla", "--name", "skript 2", "--expires", "2099-12-31"))
	runOK(t, "user", "disable", "--data-dir", dir, "--username", "ulla")
	if _, err := store.UserByToken(context.Background(), token); !errors.Is(err, tracker.ErrBadCredentials) {
		t.Errorf("disabled user's token: %v", err)
	}
	if _, err := store.Authenticate(context.Background(), "ulla", "correct horse battery"); !errors.Is(err, tracker.ErrBadCredentials) {
		t.Errorf("disabled user's password: %v", err)
	}
	if code, _, errOut := runCmd(t, "", "user", "disable", "--data-dir", dir, "--username", "nobody"); code != 1 || !strings.Contains(errOut, "no user") {
		t.Errorf("disable nobody = %d %s", code, errOut)
	}
	evs, err := store.AuditEvents(context.Background(), 10, tracker.System)
	if err != nil || len(evs) < 5 || evs[0].Type != "user_updated" || evs[0].Actor != "system" {
		t.Errorf("audit trail: %+v %v", evs, err)
	}
}

func TestEnsureAdminToken(t *testing.T) {
	db := dbtest.OpenTestSQLite(t, allMigrations())
	store := tracker.NewStore(db, tracker.Options{PasswordCost: bcrypt.MinCost})
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	ctx := context.Background()
	const token = "an-admin-token-for-the-test"
	for range 2 { // idempotent
		if err := ensureAdminToken(ctx, store, token, logger); err != nil {
			t.Fatal(err)
		}
	}
	u, err := store.UserByToken(ctx, token)
	if err != nil || u.Username != "admin" || u.Role != tracker.RoleAdmin || u.PasswordHash != "" {
		t.Errorf("token user: %+v %v", u, err)
	}
	var n int64
	if err := db.Table("api_tokens").Count(&n).Error; err != nil || n != 1 {
		t.Errorf("%d tokens (%v), want 1", n, err)
	}
	// A restart with a new value: the old token stops working.
	if err := ensureAdminToken(ctx, store, "the-next-admin-token-value", logger); err != nil {
		t.Fatal(err)
	}
	if _, err := store.UserByToken(ctx, token); !errors.Is(err, tracker.ErrBadCredentials) {
		t.Errorf("old admin token after a new LAGESBILD_ADMIN_TOKEN: %v", err)
	}
	if u, err := store.UserByToken(ctx, "the-next-admin-token-value"); err != nil || u.Username != "admin" {
		t.Errorf("new admin token: %+v %v", u, err)
	}
}

func TestUnknownCommand(t *testing.T) {
	if code, _, _ := runCmd(t, "", "frobnicate"); code != 2 {
		t.Errorf("unknown command = %d, want 2", code)
	}
	if code, out, _ := runCmd(t, "", "version"); code != 0 || !strings.HasPrefix(out, "lagesbild ") {
		t.Errorf("version = %d %q", code, out)
	}
}

func runCmd(t testing.TB, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, streams{in: strings.NewReader(stdin), out: &out, err: &errOut})
	return code, out.String(), errOut.String()
}

func runOK(t testing.TB, args ...string) string {
	t.Helper()
	code, out, errOut := runCmd(t, "", args...)
	if code != 0 {
		t.Fatalf("lagesbild %s = %d\n%s\n%s", strings.Join(args, " "), code, out, errOut)
	}
	return out
}

// syncBuffer is a bytes.Buffer safe for a writer and a reader in different goroutines.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) WriteString(s string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.buf.WriteString(s)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// reindex while another process (serve) holds the index fails at once,
// saying what to do, instead of waiting for the index's file locks.
func TestReindexWhileTheIndexIsOpenSaysSo(t *testing.T) {
	clearEnv(t)
	dir := t.TempDir()
	runOK(t, "migrate", "-data-dir", dir, "-log-level", "warn")
	held, err := search.Open(filepath.Join(dir, "index"), nil, search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	code, _, errOut := runCmd(t, "", "reindex", "-data-dir", dir, "-log-level", "warn")
	if code == 0 || !strings.Contains(errOut, "stop lagesbild serve first") {
		t.Errorf("reindex beside an open index = %d, stderr %q", code, errOut)
	}
	held.Close()
	if code, _, errOut := runCmd(t, "", "reindex", "-data-dir", dir, "-log-level", "warn"); code != 0 {
		t.Errorf("reindex after close = %d, stderr %q", code, errOut)
	}
}

// The server collects garbage at twice the heap's growth and within a
// memory limit, unless the environment sets either itself.
func TestServeTunesTheCollectorUnlessTheEnvironmentDoes(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))

	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	tuneGC()
	if got := debug.SetGCPercent(100); got != serveGCPercent {
		t.Errorf("GC percent %d, want %d", got, serveGCPercent)
	}
	if got := debug.SetMemoryLimit(-1); got != serveMemoryLimit {
		t.Errorf("memory limit %d, want %d", got, serveMemoryLimit)
	}

	t.Setenv("GOGC", "50")
	t.Setenv("GOMEMLIMIT", "2GiB")
	debug.SetGCPercent(50)
	debug.SetMemoryLimit(2 << 30)
	tuneGC()
	if got := debug.SetGCPercent(100); got != 50 {
		t.Errorf("GOGC=50 overridden: GC percent %d", got)
	}
	if got := debug.SetMemoryLimit(-1); got != 2<<30 {
		t.Errorf("GOMEMLIMIT overridden: limit %d", got)
	}
}
