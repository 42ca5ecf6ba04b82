package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime/debug"
	"time"

	"github.com/lagesbild/lagesbild/tracker"
)

// Server timeouts. Feed refreshes and report exports answer within the write
// timeout; a slow client cannot hold a connection by trickling headers.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = 60 * time.Second
	writeTimeout      = 120 * time.Second
	idleTimeout       = 120 * time.Second
	maxHeaderBytes    = 256 << 10 // above the router's 64 KiB, which answers in the API's error body
	shutdownTimeout   = 20 * time.Second
)

// runServe runs the web server until SIGINT or SIGTERM.
func runServe(ctx context.Context, args []string, s streams) error {
	cfg, err := parseFlags("serve", args, serveDefaults, s.err)
	if err != nil {
		return err
	}
	logger, err := setUp(cfg, s, "serve")
	if err != nil {
		return err
	}
	logger.Info("starting", "command", "serve", "version", version, "config", cfg)
	tuneGC()
	db, _, err := openDB(ctx, cfg, logger)
	if err != nil {
		return err
	}
	defer closeDB(db, logger)
	sv, err := newServices(cfg, db, logger)
	if err != nil {
		return err
	}
	defer sv.close()
	if err := ensureAdminToken(ctx, sv.store, cfg.AdminToken, logger); err != nil {
		return err
	}
	srv, err := listen(cfg, logger)
	if err != nil {
		return err
	}
	srv.http.Handler = sv.handler()
	return sv.run(ctx, srv)
}

// The server's garbage collector, unless GOGC or GOMEMLIMIT say otherwise.
// Its own memory is small (95 MB at 1,000,000 articles; the index's files
// are mapped, not the heap's), and under load the collector took 8-10 % of
// the CPU (profiles of the load benchmark), which searches, pages and the
// ingest wait for. It runs at twice the heap's growth instead of once
// (GOGC=200: the ingest's CPU per article 2.14 and 2.28 ms against 2.27 and
// 2.74 at 100, paired runs through the binary), and a soft memory limit of
// 768 MiB makes it collect as often as it must to stay near that bound.
const (
	serveGCPercent   = 200
	serveMemoryLimit = 768 << 20
)

func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(serveGCPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(serveMemoryLimit)
	}
}

// ensureAdminToken makes LAGESBILD_ADMIN_TOKEN the admin API token: the
// user "admin" is created (without a password) when missing, the token is
// added unless it already exists, and a token from an earlier value is
// revoked. Running it again changes nothing.
func ensureAdminToken(ctx context.Context, store *tracker.Store, token string, logger *slog.Logger) error {
	if token == "" {
		return nil
	}
	if len(token) < 16 {
		logger.Warn("LAGESBILD_ADMIN_TOKEN is short; use at least 32 random characters")
	}
	const username = "admin"
	u, err := store.User(ctx, username)
	switch {
	case errors.Is(err, tracker.ErrNotFound):
		_, err := store.CreateUser(ctx, tracker.NewUser{Username: username, Name: "Administratör", Role: tracker.RoleAdmin}, tracker.System)
		if err != nil && !errors.Is(err, tracker.ErrConflict) { // conflict: another instance was first
			return fmt.Errorf("LAGESBILD_ADMIN_TOKEN: create user %q: %w", username, err)
		}
		logger.Info("admin user created", "username", username)
	case err != nil:
		return fmt.Errorf("LAGESBILD_ADMIN_TOKEN: %w", err)
	case u.Role != tracker.RoleAdmin:
		return fmt.Errorf("LAGESBILD_ADMIN_TOKEN: user %q exists with role %s, not admin", username, u.Role)
	case u.Disabled:
		logger.Warn("LAGESBILD_ADMIN_TOKEN belongs to a disabled user and will not be accepted", "username", username)
	}
	// A new value replaces the old one: the token made from the previous
	// LAGESBILD_ADMIN_TOKEN stops working.
	err = store.ReplaceToken(ctx, username, "LAGESBILD_ADMIN_TOKEN", token)
	if err != nil {
		// Two instances starting together: the other one inserted it first.
		err = store.ReplaceToken(ctx, username, "LAGESBILD_ADMIN_TOKEN", token)
	}
	if err != nil {
		return fmt.Errorf("LAGESBILD_ADMIN_TOKEN: %w", err)
	}
	logger.Info("admin token ensured", "username", username)
	return nil
}

// server is the HTTP server of serve and demo, listening before it serves
// so that the address (port 0 included) is known.
type server struct {
	http   *http.Server
	ln     net.Listener
	logger *slog.Logger
}

// listen opens the listening socket; the caller sets srv.http.Handler, which
// may depend on the address (the demo's own feeds).
func listen(cfg Config, logger *slog.Logger) (*server, error) {
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return nil, fmt.Errorf("listen: %w", err)
	}
	srv := &http.Server{
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	return &server{http: srv, ln: ln, logger: logger}, nil
}

// URL is where a browser on this machine reaches the server.
func (s *server) URL() string {
	addr := s.ln.Addr().(*net.TCPAddr)
	host := addr.IP.String()
	if addr.IP.IsUnspecified() {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, fmt.Sprint(addr.Port))
}

// run serves until ctx ends, then lets requests in flight finish.
func (s *server) run(ctx context.Context) error {
	errc := make(chan error, 1)
	go func() { errc <- s.http.Serve(s.ln) }()
	s.logger.Info("http server listening", "addr", s.ln.Addr().String(), "url", s.URL())
	select {
	case err := <-errc:
		return fmt.Errorf("http server: %w", err)
	case <-ctx.Done():
	}
	s.logger.Info("shutting down", "timeout_ms", shutdownTimeout.Milliseconds())
	start := time.Now()
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := s.http.Shutdown(sctx); err != nil {
		if cerr := s.http.Close(); cerr != nil {
			s.logger.Error("close http server", "error", cerr)
		}
		return fmt.Errorf("graceful shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("http server: %w", err)
	}
	s.logger.Info("http server stopped", "duration_ms", time.Since(start).Milliseconds())
	return nil
}
