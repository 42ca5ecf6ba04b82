// Command lagesbild runs Lägesbild: the web server (serve), the same with
// demo data (demo), and the administrator's commands (migrate, user, token).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"syscall"
)

// version is set at build time: -ldflags "-X main.version=…".
var version = "dev"

// streams are the program's standard streams; tests pass their own.
type streams struct {
	in       io.Reader
	out, err io.Writer
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop() // the first signal shuts down gracefully; a second one ends the program at once
	}()
	os.Exit(run(ctx, os.Args[1:], streams{in: os.Stdin, out: os.Stdout, err: os.Stderr}))
}

// run picks the subcommand and returns the exit status: 0 done, 1 failed,
// 2 wrong usage.
func run(ctx context.Context, args []string, s streams) int {
	if len(args) == 0 {
		usage(s.err)
		return 2
	}
	cmd, rest := args[0], args[1:]
	var err error
	switch cmd {
	case "serve":
		err = runServe(ctx, rest, s)
	case "demo":
		err = runDemo(ctx, rest, s)
	case "migrate":
		err = runMigrate(ctx, rest, s)
	case "user":
		err = runUser(ctx, rest, s)
	case "token":
		err = runToken(ctx, rest, s)
	case "report":
		err = runReport(ctx, rest, s)
	case "ingest":
		err = runIngest(ctx, rest, s)
	case "reindex":
		err = runReindex(ctx, rest, s)
	case "analyze":
		err = runAnalyze(ctx, rest, s)
	case "backup":
		err = runBackup(ctx, rest, s)
	case "digest":
		err = runDigest(ctx, rest, s)
	case "retention":
		err = runRetention(ctx, rest, s)
	case "version", "-version", "--version":
		fmt.Fprintf(s.out, "lagesbild %s (%s)\n", version, runtime.Version())
		return 0
	case "help", "-h", "-help", "--help":
		usage(s.out)
		return 0
	default:
		fmt.Fprintf(s.err, "lagesbild: unknown command %q\n\n", cmd)
		usage(s.err)
		return 2
	}
	var ue usageError
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(s.err, "lagesbild %s\nRun 'lagesbild %s -h' for help.\n", ue, cmd)
		return 2
	case isFlagError(err):
		return 2 // the flag package has already said what is wrong
	default:
		fmt.Fprintf(s.err, "lagesbild %s: %v\n", cmd, err)
		return 1
	}
}

// flagError marks an error the flag package has already printed with the usage.
type flagError struct{ err error }

func (e flagError) Error() string { return e.err.Error() }
func (e flagError) Unwrap() error { return e.err }

func isFlagError(err error) bool {
	var fe flagError
	return errors.As(err, &fe)
}

// parseArgs parses a flag set, marking its errors as already printed.
func parseArgs(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return flagError{err}
	}
	if fs.NArg() > 0 {
		return usageError(fmt.Sprintf("%s: unexpected argument %q", strings.TrimPrefix(fs.Name(), "lagesbild "), fs.Arg(0)))
	}
	return nil
}

func usage(w io.Writer) {
	fmt.Fprint(w, `Lägesbild: media monitoring and the press office's register of requests.

Usage: lagesbild <command> [flags]

Commands:
  serve     run the web server (the UI and the API)
  demo      run the web server on the embedded SQLite with invented demo data
  migrate   apply pending database migrations and report them
  user      manage users: user add | list | passwd | disable --username U
  token     API tokens: token create --username U --name N | token list | token revoke --id N
  ingest    fetch the feeds once (the due ones, or --all) and bring the search index up to date
  reindex   rebuild the search index from the database (stop serve first: it holds the index)
  analyze   show how search takes a text and a query apart: analyze [-query Q] "text"
  backup    write a consistent copy of the SQLite database, also while serve runs: backup --to FILE
  retention cull requesters' personal data after the retention rules: retention --dry-run | --apply
  report    write the lägesbild of a period: report --week 2024-W47 --format md|html|pdf|docx|json --out FILE
  digest    send the morning digest "Dagens bevakning" now: digest [--at 2024-11-19T07:00] [--dry-run]
  version   print the version
  help      print this help

Every setting is a flag and an environment variable (flag > variable > default);
'lagesbild <command> -h' lists them.
`)
}
