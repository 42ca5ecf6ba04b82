package main

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"text/tabwriter"

	"github.com/lagesbild/lagesbild/tracker"
	"gorm.io/gorm"
)

// runUser manages local accounts: add, list, passwd, email, disable.
func runUser(ctx context.Context, args []string, s streams) error {
	if len(args) == 0 {
		return usageError("user: want a subcommand: add, list, passwd, email or disable")
	}
	switch args[0] {
	case "add":
		return userAdd(ctx, args[1:], s)
	case "list":
		return userList(ctx, args[1:], s)
	case "passwd":
		return userPasswd(ctx, args[1:], s)
	case "email":
		return userEmail(ctx, args[1:], s)
	case "disable":
		return userDisable(ctx, args[1:], s)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(s.out, "Usage: lagesbild user add|list|passwd|email|disable [flags]; 'lagesbild user add -h' lists the flags.\n")
		return nil
	}
	return usageError(fmt.Sprintf("user: unknown subcommand %q (want add, list, passwd, email or disable)", args[0]))
}

func userAdd(ctx context.Context, args []string, s streams) error {
	var username, name, email, role, delegations string
	var fromStdin bool
	cmd, err := openCommand(ctx, "user add", args, s, func(fs *flag.FlagSet) {
		fs.StringVar(&username, "username", "", "login name: a–z, 0–9, '.', '-', '_' (required)")
		fs.StringVar(&name, "name", "", "full name")
		fs.StringVar(&email, "email", "", "the user's own e-mail address, where their alerts and morning digest go")
		fs.StringVar(&role, "role", "", "admin, press_officer, analyst or editor (required)")
		fs.StringVar(&delegations, "delegations", "", `units the user may take formal decisions for, separated by ";", or "*" for every unit; "Unit@2025-01-01..2025-12-31" limits one to those days`)
		fs.BoolVar(&fromStdin, "password-stdin", false, "read the password from the first line of stdin; without it a password is generated and printed once")
	}, func() error {
		switch {
		case username == "":
			return usageError("user add: --username is required")
		case role == "":
			return usageError("user add: --role is required (admin, press_officer, analyst or editor)")
		}
		return nil
	})
	if err != nil {
		return err
	}
	defer cmd.close()
	password, generated, err := choosePassword(s.in, fromStdin)
	if err != nil {
		return err
	}
	u, err := cmd.store.CreateUser(ctx, tracker.NewUser{Username: username, Name: name, Email: email, Role: tracker.Role(role),
		Password: password, Delegations: splitUnits(delegations)}, tracker.System)
	if err != nil {
		return fmt.Errorf("add user: %w", err)
	}
	cmd.logger.Info("user added", "username", u.Username, "role", u.Role)
	fmt.Fprintf(s.out, "added user %s (%s)\n", u.Username, u.Role)
	if generated {
		fmt.Fprintf(s.out, "password (shown once): %s\n", password)
	}
	return nil
}

func userList(ctx context.Context, args []string, s streams) error {
	cmd, err := openCommand(ctx, "user list", args, s, nil, nil)
	if err != nil {
		return err
	}
	defer cmd.close()
	users, err := cmd.store.Users(ctx, tracker.System)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(s.out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "USERNAME\tNAME\tEMAIL\tROLE\tDELEGATIONS\tPASSWORD\tSTATUS")
	for _, u := range users {
		pw, status := "set", "active"
		if u.PasswordHash == "" {
			pw = "none"
		}
		if u.Disabled {
			status = "disabled"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", u.Username, dash(u.Name), dash(u.Email), u.Role, dash(u.Delegations), pw, status)
	}
	return tw.Flush()
}

func userPasswd(ctx context.Context, args []string, s streams) error {
	var username string
	var fromStdin bool
	cmd, err := openCommand(ctx, "user passwd", args, s, func(fs *flag.FlagSet) {
		fs.StringVar(&username, "username", "", "the user whose password is replaced (required)")
		fs.BoolVar(&fromStdin, "password-stdin", false, "read the new password from the first line of stdin; without it one is generated and printed once")
	}, func() error {
		if username == "" {
			return usageError("user passwd: --username is required")
		}
		return nil
	})
	if err != nil {
		return err
	}
	defer cmd.close()
	password, generated, err := choosePassword(s.in, fromStdin)
	if err != nil {
		return err
	}
	if err := cmd.store.SetPassword(ctx, username, password, tracker.System); err != nil {
		if errors.Is(err, tracker.ErrNotFound) {
			return fmt.Errorf("no user %q", username)
		}
		return fmt.Errorf("set password: %w", err)
	}
	cmd.logger.Info("password replaced", "username", username)
	fmt.Fprintf(s.out, "password of %s replaced; the user's sessions and API tokens have ended\n", username)
	if generated {
		fmt.Fprintf(s.out, "password (shown once): %s\n", password)
	}
	return nil
}

// choosePassword reads the password from the first line of in, or generates one.
func choosePassword(in io.Reader, fromStdin bool) (password string, generated bool, err error) {
	if !fromStdin {
		var b [18]byte
		if _, err := rand.Read(b[:]); err != nil {
			return "", false, fmt.Errorf("generate password: %w", err)
		}
		return base64.RawURLEncoding.EncodeToString(b[:]), true, nil
	}
	line, err := bufio.NewReader(io.LimitReader(in, 4096)).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", false, fmt.Errorf("read password from stdin: %w", err)
	}
	line = strings.TrimRight(line, "\r\n")
	if line == "" {
		return "", false, errors.New("read password from stdin: the first line is empty")
	}
	return line, false, nil
}

func userEmail(ctx context.Context, args []string, s streams) error {
	var username, email string
	var set bool
	cmd, err := openCommand(ctx, "user email", args, s, func(fs *flag.FlagSet) {
		fs.StringVar(&username, "username", "", "the user whose address is set (required)")
		fs.Func("email", `the user's own e-mail address, where their alerts and morning digest go; "" removes it (required)`,
			func(v string) error { email, set = v, true; return nil })
	}, func() error {
		switch {
		case username == "":
			return usageError("user email: --username is required")
		case !set:
			return usageError(`user email: --email is required (--email "" removes the address)`)
		}
		return nil
	})
	if err != nil {
		return err
	}
	defer cmd.close()
	u, err := cmd.store.SetEmail(ctx, username, email, tracker.System)
	if err != nil {
		if errors.Is(err, tracker.ErrNotFound) {
			return fmt.Errorf("no user %q", username)
		}
		return fmt.Errorf("set e-mail address: %w", err)
	}
	cmd.logger.Info("e-mail address set", "username", u.Username)
	if u.Email == "" {
		fmt.Fprintf(s.out, "%s has no e-mail address; their alerts stay in the app\n", u.Username)
	} else {
		fmt.Fprintf(s.out, "%s's alerts and morning digest go to %s\n", u.Username, u.Email)
	}
	return nil
}

func userDisable(ctx context.Context, args []string, s streams) error {
	var username string
	cmd, err := openCommand(ctx, "user disable", args, s, func(fs *flag.FlagSet) {
		fs.StringVar(&username, "username", "", "the user to disable; their sessions and API tokens end at once (required)")
	}, func() error {
		if username == "" {
			return usageError("user disable: --username is required")
		}
		return nil
	})
	if err != nil {
		return err
	}
	defer cmd.close()
	if err := cmd.store.DisableUser(ctx, username, tracker.System); err != nil {
		if errors.Is(err, tracker.ErrNotFound) {
			return fmt.Errorf("no user %q", username)
		}
		return fmt.Errorf("disable user: %w", err)
	}
	cmd.logger.Info("user disabled", "username", username)
	fmt.Fprintf(s.out, "user %s disabled; their sessions and API tokens have ended\n", username)
	return nil
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// command is an open database and register for one administrative command.
type command struct {
	cfg    Config
	logger *slog.Logger
	db     *gorm.DB
	store  *tracker.Store
}

// openCommand parses the storage flags plus the command's own (addFlags),
// checks them (check), sets up logging and opens the migrated database.
func openCommand(ctx context.Context, name string, args []string, s streams,
	addFlags func(*flag.FlagSet), check func() error) (*command, error) {
	fs := newFlagSet(name, s.err)
	var cfg Config
	b := cfg.bind(fs, serveDefaults, false)
	if addFlags != nil {
		addFlags(fs)
	}
	if err := parseArgs(fs, args); err != nil {
		return nil, err
	}
	if err := b.finish(fs); err != nil {
		return nil, err
	}
	if check != nil {
		if err := check(); err != nil {
			return nil, err
		}
	}
	logger, err := setUp(cfg, s, name)
	if err != nil {
		return nil, err
	}
	db, _, err := openDB(ctx, cfg, logger)
	if err != nil {
		return nil, err
	}
	return &command{cfg: cfg, logger: logger, db: db, store: tracker.NewStore(db, storeOptions(cfg, logger))}, nil
}

func (c *command) close() { closeDB(c.db, c.logger) }
