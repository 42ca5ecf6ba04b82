package main

import (
	"fmt"
	"io"
	"log/slog"
	"strings"

	"github.com/lagesbild/lagesbild/web"
)

// newLogger sets up logging once per run: level and text or JSON from the
// configuration, written to w (stderr; stdout is for what a command prints).
// It also becomes slog's default, so that libraries using the log package
// end up in the same stream.
func newLogger(w io.Writer, level, format string) (*slog.Logger, error) {
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(strings.ToLower(level))); err != nil {
		return nil, fmt.Errorf("LAGESBILD_LOG_LEVEL: %w", err)
	}
	opts := &slog.HandlerOptions{Level: lvl}
	var h slog.Handler
	switch format {
	case "json":
		h = slog.NewJSONHandler(w, opts)
	case "text":
		h = slog.NewTextHandler(w, opts)
	default:
		return nil, fmt.Errorf("LAGESBILD_LOG_FORMAT must be text or json")
	}
	logger := slog.New(web.LogHandler(h)) // request_id on the lines of a request
	slog.SetDefault(logger)
	return logger, nil
}
