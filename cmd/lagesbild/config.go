package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
)

// Config is the whole configuration of one run. Each value comes from its
// flag, else from its environment variable, else from the default; it is
// checked once by Validate and then passed down as plain values.
type Config struct {
	Addr              string        // LAGESBILD_ADDR
	DataDir           string        // LAGESBILD_DATA_DIR
	DatabaseURL       string        // DATABASE_URL (secret: may hold a password)
	AdminToken        string        // LAGESBILD_ADMIN_TOKEN (secret)
	AllowPrivateFeeds bool          // LAGESBILD_ALLOW_PRIVATE_FEEDS
	LogLevel          string        // LAGESBILD_LOG_LEVEL
	LogFormat         string        // LAGESBILD_LOG_FORMAT
	Authority         string        // LAGESBILD_AUTHORITY
	AppealCourt       string        // LAGESBILD_APPEAL_COURT
	Units             []string      // LAGESBILD_UNITS, separated by ";"
	SecureCookies     bool          // LAGESBILD_SECURE_COOKIES
	TrustedProxies    []string      // LAGESBILD_TRUSTED_PROXIES: addresses or CIDRs, separated by ","
	DBTimeout         time.Duration // LAGESBILD_DB_TIMEOUT: the longest one statement may take
	DBMaxConns        int           // LAGESBILD_DB_MAX_CONNS: PostgreSQL connections at most; 0 is lagesbild.DefaultMaxConns
	MinFreeDiskMB     int           // LAGESBILD_MIN_FREE_DISK_MB: ingest pauses below this much free space in the data dir
	MetricsAddr       string        // LAGESBILD_METRICS_ADDR: empty serves /metrics on Addr
	ReportCompiledBy  string        // LAGESBILD_REPORT_COMPILED_BY
	ReportOnBehalfOf  string        // LAGESBILD_REPORT_ON_BEHALF_OF
	BaseURL           string        // LAGESBILD_BASE_URL: the app's address, for links in alerts and digests
	DigestAt          string        // LAGESBILD_DIGEST_AT: when the morning digest goes out, HH:MM Stockholm time
	Retention         string        // LAGESBILD_RETENTION: culling rules, "document_request=24;press_inquiry=12"
	Fees              string        // LAGESBILD_FEES: fees for copies, "free_from=10;base=50;per_page=2"
	Mail              MailConfig
}

// defaults are the values a command uses when neither flag nor environment
// gives one; only the demo differs from serve.
type defaults struct {
	Authority                    string
	AppealCourt                  string
	Units                        []string
	ReportCompiledBy, OnBehalfOf string
}

var serveDefaults = defaults{Authority: "myndigheten"}

// ParseFlags reads the configuration of `lagesbild serve` from args (the
// arguments after the subcommand) and the environment: flag > env > default.
// It does not validate; call Validate.
func ParseFlags(args []string) (Config, error) {
	return parseFlags("serve", args, serveDefaults, os.Stderr)
}

func parseFlags(name string, args []string, d defaults, out io.Writer) (Config, error) {
	fs := newFlagSet(name, out)
	var cfg Config
	b := cfg.bind(fs, d, true)
	if err := parseArgs(fs, args); err != nil {
		return cfg, err
	}
	return cfg, b.finish(fs)
}

func newFlagSet(name string, out io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("lagesbild "+name, flag.ContinueOnError)
	fs.SetOutput(out)
	return fs
}

// binding remembers what only the parsed flag set can settle: secrets are
// read from the environment after parsing (so that -h never prints them as
// defaults), and a malformed variable only matters when its flag is not set.
type binding struct {
	secrets map[string]secretFlag // flag name → where its value goes
	envErrs map[string]error      // flag name → problem with its variable
}

type secretFlag struct {
	env string
	dst *string
}

// bind registers the flags of cfg on fs. The storage and logging flags are
// for every command; server adds those only serve and demo have.
func (cfg *Config) bind(fs *flag.FlagSet, d defaults, server bool) *binding {
	b := &binding{secrets: map[string]secretFlag{}, envErrs: map[string]error{}}
	fs.StringVar(&cfg.DataDir, "data-dir", envOr("LAGESBILD_DATA_DIR", "./data"),
		"directory of the embedded SQLite file and the search index (LAGESBILD_DATA_DIR)")
	b.secret(fs, &cfg.DatabaseURL, "database-url", "DATABASE_URL",
		"postgres://… selects PostgreSQL; empty selects the embedded SQLite (DATABASE_URL; prefer the variable: flags show in ps)")
	fs.StringVar(&cfg.LogLevel, "log-level", envOr("LAGESBILD_LOG_LEVEL", "info"),
		"debug, info, warn or error (LAGESBILD_LOG_LEVEL)")
	fs.StringVar(&cfg.LogFormat, "log-format", envOr("LAGESBILD_LOG_FORMAT", "text"),
		"text or json (LAGESBILD_LOG_FORMAT)")
	fs.StringVar(&cfg.Authority, "authority", envOr("LAGESBILD_AUTHORITY", d.Authority),
		"the authority's name, used in appeal instructions (LAGESBILD_AUTHORITY)")
	fs.StringVar(&cfg.AppealCourt, "appeal-court", envOr("LAGESBILD_APPEAL_COURT", d.AppealCourt),
		`the court appeals of decisions go to, e.g. "Kammarrätten i Göteborg" (LAGESBILD_APPEAL_COURT)`)
	fs.DurationVar(&cfg.DBTimeout, "db-timeout", b.envDuration("db-timeout", "LAGESBILD_DB_TIMEOUT", 30*time.Second),
		"the longest one database statement may take, waiting for a connection included; then the request answers 503 (LAGESBILD_DB_TIMEOUT)")
	fs.IntVar(&cfg.DBMaxConns, "db-max-conns", b.envInt("db-max-conns", "LAGESBILD_DB_MAX_CONNS", lagesbild.DefaultMaxConns()),
		"the most PostgreSQL connections open at once; default four a core, 8 to 32 (LAGESBILD_DB_MAX_CONNS)")
	fs.IntVar(&cfg.MinFreeDiskMB, "min-free-disk-mb", b.envInt("min-free-disk-mb", "LAGESBILD_MIN_FREE_DISK_MB", 200),
		"ingest pauses while the data dir has less free space than this, in MB, so the register keeps room (LAGESBILD_MIN_FREE_DISK_MB)")
	cfg.Units = splitUnits(envOr("LAGESBILD_UNITS", strings.Join(d.Units, ";")))
	fs.Var(unitsFlag{&cfg.Units}, "units",
		`organisational units separated by ";" (LAGESBILD_UNITS)`)
	fs.StringVar(&cfg.ReportCompiledBy, "report-compiled-by", envOr("LAGESBILD_REPORT_COMPILED_BY", d.ReportCompiledBy),
		`who compiles the lägesbild, under "Om rapporten" (LAGESBILD_REPORT_COMPILED_BY)`)
	fs.StringVar(&cfg.ReportOnBehalfOf, "report-on-behalf-of", envOr("LAGESBILD_REPORT_ON_BEHALF_OF", d.OnBehalfOf),
		`on whose behalf the lägesbild is compiled, under "Om rapporten" (LAGESBILD_REPORT_ON_BEHALF_OF)`)
	fs.StringVar(&cfg.BaseURL, "base-url", envOr("LAGESBILD_BASE_URL", ""),
		"the app's address as users reach it, e.g. https://lagesbild.region.se, for links in alert and digest mail (LAGESBILD_BASE_URL)")
	fs.StringVar(&cfg.DigestAt, "digest-at", envOr("LAGESBILD_DIGEST_AT", "07:00"),
		`when the morning digest "Dagens bevakning" goes out each day, HH:MM Europe/Stockholm; "off" sends none (LAGESBILD_DIGEST_AT)`)
	fs.StringVar(&cfg.Retention, "retention", envOr("LAGESBILD_RETENTION", ""),
		`months after a case ended that requesters' personal data is culled, per kind: "document_request=24;press_inquiry=12"; 0 keeps it (LAGESBILD_RETENTION)`)
	fs.StringVar(&cfg.Fees, "fees", envOr("LAGESBILD_FEES", ""),
		`fees for paper copies after avgiftsförordningen 15–16 §§: "free_from=10;base=50;per_page=2" (LAGESBILD_FEES)`)
	if !server {
		cfg.Addr = envOr("LAGESBILD_ADDR", "127.0.0.1:8080") // checked alike, though unused
		cfg.AllowPrivateFeeds = envOr("LAGESBILD_ALLOW_PRIVATE_FEEDS", "") == "1"
		return b
	}
	fs.StringVar(&cfg.Addr, "addr", envOr("LAGESBILD_ADDR", "127.0.0.1:8080"),
		"listen address (LAGESBILD_ADDR)")
	b.secret(fs, &cfg.AdminToken, "admin-token", "LAGESBILD_ADMIN_TOKEN",
		"if set, an admin API token with exactly this value exists after start-up (LAGESBILD_ADMIN_TOKEN; prefer the variable)")
	fs.BoolVar(&cfg.AllowPrivateFeeds, "allow-private-feeds", b.envBool("allow-private-feeds", "LAGESBILD_ALLOW_PRIVATE_FEEDS"),
		"let feed URLs point at loopback and private addresses, for local testing only (LAGESBILD_ALLOW_PRIVATE_FEEDS)")
	fs.BoolVar(&cfg.SecureCookies, "secure-cookies", b.envBool("secure-cookies", "LAGESBILD_SECURE_COOKIES"),
		"mark cookies Secure; set when served over HTTPS (LAGESBILD_SECURE_COOKIES)")
	cfg.Mail.bind(fs, b)
	fs.StringVar(&cfg.MetricsAddr, "metrics-addr", envOr("LAGESBILD_METRICS_ADDR", ""),
		"serve /metrics on this address instead of the main one (LAGESBILD_METRICS_ADDR)")
	cfg.TrustedProxies = splitList(envOr("LAGESBILD_TRUSTED_PROXIES", ""))
	fs.Func("trusted-proxies", `proxies whose X-Forwarded-For is believed, addresses or CIDRs separated by ","; none by default (LAGESBILD_TRUSTED_PROXIES)`,
		func(v string) error { cfg.TrustedProxies = splitList(v); return nil })
	return b
}

// secret registers a flag whose default is not shown: the environment is
// read after parsing.
func (b *binding) secret(fs *flag.FlagSet, dst *string, name, env, usage string) {
	fs.StringVar(dst, name, "", usage)
	b.secrets[name] = secretFlag{env: env, dst: dst}
}

func (b *binding) envBool(flagName, env string) bool {
	v, ok := lookupEnv(env)
	if !ok {
		return false
	}
	on, err := strconv.ParseBool(v)
	if err != nil {
		b.envErrs[flagName] = fmt.Errorf("%s must be 1, true, 0 or false", env)
	}
	return on
}

func (b *binding) envDuration(flagName, env string, def time.Duration) time.Duration {
	v, ok := lookupEnv(env)
	if !ok {
		return def
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		b.envErrs[flagName] = fmt.Errorf("%s must be a duration such as 30s or 1m", env)
		return def
	}
	return d
}

func (b *binding) envInt(flagName, env string, def int) int {
	v, ok := lookupEnv(env)
	if !ok {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		b.envErrs[flagName] = fmt.Errorf("%s must be a whole number", env)
		return def
	}
	return n
}

// finish fills the secrets not given as flags from the environment and
// reports malformed variables whose flags were not given.
func (b *binding) finish(fs *flag.FlagSet) error {
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	for name, s := range b.secrets {
		if !set[name] {
			*s.dst, _ = lookupEnv(s.env)
		}
	}
	var errs []error
	fs.VisitAll(func(f *flag.Flag) { // VisitAll: a stable order of messages
		if err := b.envErrs[f.Name]; err != nil && !set[f.Name] {
			errs = append(errs, err)
		}
	})
	return errors.Join(errs...)
}

// reportOptions are the lägesbild's settings from the configuration.
func (c Config) reportOptions() report.Options {
	return report.Options{About: report.About{CompiledBy: c.ReportCompiledBy, OnBehalfOf: c.ReportOnBehalfOf}}
}

// Validate checks the configuration once; every message names the variable.
var digestClock = regexp.MustCompile(`^([01]\d|2[0-3]):[0-5]\d$`)

func (c Config) Validate() error {
	var errs []error
	add := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if _, port, err := net.SplitHostPort(c.Addr); err != nil || port == "" {
		add("LAGESBILD_ADDR must be host:port, e.g. 127.0.0.1:8080")
	} else if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		add("LAGESBILD_ADDR has an invalid port")
	}
	if c.MetricsAddr != "" {
		if _, port, err := net.SplitHostPort(c.MetricsAddr); err != nil || port == "" {
			add("LAGESBILD_METRICS_ADDR must be host:port, e.g. 127.0.0.1:9090")
		}
	}
	if c.DBTimeout < time.Second || c.DBTimeout > 10*time.Minute {
		add("LAGESBILD_DB_TIMEOUT must be between 1s and 10m")
	}
	if c.DBMaxConns != 0 && (c.DBMaxConns < 2 || c.DBMaxConns > 500) {
		add("LAGESBILD_DB_MAX_CONNS must be between 2 and 500 (0: four a core)")
	}
	if c.MinFreeDiskMB < 0 {
		add("LAGESBILD_MIN_FREE_DISK_MB must not be negative")
	}
	if c.BaseURL != "" {
		if u, err := url.Parse(c.BaseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			add("LAGESBILD_BASE_URL must be an http(s) address, e.g. https://lagesbild.region.se")
		}
	}
	if c.DigestAt != "off" && c.DigestAt != "" && !digestClock.MatchString(c.DigestAt) {
		add("LAGESBILD_DIGEST_AT must be HH:MM (Europe/Stockholm), e.g. 07:00, or off")
	}
	if strings.TrimSpace(c.DataDir) == "" {
		add("LAGESBILD_DATA_DIR must not be empty")
	}
	if c.DatabaseURL != "" {
		// Never repeat the value or url's error: both would show the password.
		if !lagesbild.IsPostgresURL(c.DatabaseURL) {
			add("DATABASE_URL must start with postgres:// or postgresql:// (leave it empty for the embedded SQLite)")
		} else if _, err := url.Parse(c.DatabaseURL); err != nil {
			add("DATABASE_URL is not a valid postgres:// URL")
		}
	}
	if t := c.AdminToken; t != "" {
		switch {
		case strings.IndexFunc(t, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }) >= 0:
			add("LAGESBILD_ADMIN_TOKEN must not contain spaces or control characters")
		case len(t) > 512:
			add("LAGESBILD_ADMIN_TOKEN must be at most 512 characters")
		}
	}
	switch strings.ToLower(c.LogLevel) {
	case "debug", "info", "warn", "error":
	default:
		add("LAGESBILD_LOG_LEVEL must be debug, info, warn or error")
	}
	switch c.LogFormat {
	case "text", "json":
	default:
		add("LAGESBILD_LOG_FORMAT must be text or json")
	}
	switch a := strings.TrimSpace(c.Authority); {
	case a == "":
		add("LAGESBILD_AUTHORITY must not be empty")
	case utf8.RuneCountInString(a) > 200:
		add("LAGESBILD_AUTHORITY must be at most 200 characters")
	}
	for _, p := range c.TrustedProxies {
		if net.ParseIP(p) == nil {
			if _, _, err := net.ParseCIDR(p); err != nil {
				add("LAGESBILD_TRUSTED_PROXIES: %q is neither an IP address nor a CIDR such as 10.0.0.0/8", p)
			}
		}
	}
	for env, v := range map[string]string{"LAGESBILD_REPORT_COMPILED_BY": c.ReportCompiledBy, "LAGESBILD_REPORT_ON_BEHALF_OF": c.ReportOnBehalfOf} {
		if utf8.RuneCountInString(v) > 200 || strings.IndexFunc(v, unicode.IsControl) >= 0 {
			add("%s must be at most 200 characters, without control characters", env)
		}
	}
	seen := map[string]bool{}
	for _, u := range c.Units {
		switch {
		case utf8.RuneCountInString(u) > 200:
			add("LAGESBILD_UNITS: a unit name must be at most 200 characters")
		case seen[u]:
			add("LAGESBILD_UNITS names %q twice", u)
		}
		seen[u] = true
	}
	if _, err := tracker.ParseFees(c.Fees); err != nil {
		add("LAGESBILD_FEES: %v", err)
	}
	if _, err := tracker.ParseRetention(c.Retention); err != nil {
		add("LAGESBILD_RETENTION: %v", err)
	}
	errs = append(errs, c.Mail.validate()...)
	return errors.Join(errs...)
}

// LogValue keeps the secrets out of any log line the configuration goes into.
func (c Config) LogValue() slog.Value {
	database := "sqlite"
	if c.DatabaseURL != "" {
		database = "postgres"
	}
	return slog.GroupValue(
		slog.String("addr", c.Addr),
		slog.String("data_dir", c.DataDir),
		slog.String("database", database),
		slog.Bool("admin_token_set", c.AdminToken != ""),
		slog.Bool("allow_private_feeds", c.AllowPrivateFeeds),
		slog.String("log_level", c.LogLevel),
		slog.String("log_format", c.LogFormat),
		slog.String("authority", c.Authority),
		slog.String("appeal_court", c.AppealCourt),
		slog.Int("units", len(c.Units)),
		slog.Bool("secure_cookies", c.SecureCookies),
		slog.Any("mail", slog.GroupValue(c.Mail.logAttrs()...)),
		slog.Duration("db_timeout", c.DBTimeout),
		slog.Int("db_max_conns", c.DBMaxConns),
		slog.Int("min_free_disk_mb", c.MinFreeDiskMB),
		slog.String("metrics_addr", c.MetricsAddr),
		slog.String("retention", c.Retention),
		slog.String("fees", c.Fees),
	)
}

// String is LogValue's text, so that printing a Config shows no secret either.
func (c Config) String() string { return c.LogValue().String() }

// envOr returns the variable's value, or def when it is unset or empty.
func envOr(name, def string) string {
	if v, ok := lookupEnv(name); ok {
		return v
	}
	return def
}

// lookupEnv treats an empty variable as unset, as a compose file's
// `VAR: ${VAR:-}` produces one.
func lookupEnv(name string) (string, bool) {
	v := strings.TrimSpace(os.Getenv(name))
	return v, v != ""
}

// splitList splits a ","-separated list, dropping empty items.
func splitList(s string) []string { return splitOn(s, ",") }

// splitUnits splits a ";"-separated list (unit names contain commas).
func splitUnits(s string) []string { return splitOn(s, ";") }

func splitOn(s, sep string) []string {
	var out []string
	for _, p := range strings.Split(s, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

type unitsFlag struct{ units *[]string }

func (f unitsFlag) String() string {
	if f.units == nil {
		return ""
	}
	return strings.Join(*f.units, ";")
}

func (f unitsFlag) Set(s string) error {
	*f.units = splitUnits(s)
	return nil
}

// usageError is a mistake in the command line: main prints it with a hint
// and exits with status 2.
type usageError string

func (e usageError) Error() string { return string(e) }
