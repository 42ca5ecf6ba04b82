package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/lagesbild/lagesbild/tracker"
)

const tokenUsage = "Usage: lagesbild token create --username U --name N [--expires YYYY-MM-DD] | token list | token revoke --id N\n"

// runToken manages API tokens: create prints a new token once (only its
// hash is stored), list shows them without the secret, revoke ends one.
func runToken(ctx context.Context, args []string, s streams) error {
	if len(args) == 0 {
		return usageError("token: want a subcommand: create, list or revoke")
	}
	switch args[0] {
	case "create":
		return tokenCreate(ctx, args[1:], s)
	case "list":
		return tokenList(ctx, args[1:], s)
	case "revoke":
		return tokenRevoke(ctx, args[1:], s)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(s.out, tokenUsage)
		return nil
	}
	return usageError(fmt.Sprintf("token: unknown subcommand %q (want create, list or revoke)", args[0]))
}

func tokenCreate(ctx context.Context, args []string, s streams) error {
	var username, name, expires string
	var expiresAt *time.Time
	cmd, err := openCommand(ctx, "token create", args, s, func(fs *flag.FlagSet) {
		fs.StringVar(&username, "username", "", "the user the token acts as (required)")
		fs.StringVar(&name, "name", "", "what the token is for, e.g. the script using it (required)")
		fs.StringVar(&expires, "expires", "", "last day the token works (YYYY-MM-DD, Europe/Stockholm); empty: until revoked")
	}, func() error {
		switch {
		case username == "":
			return usageError("token create: --username is required")
		case name == "":
			return usageError("token create: --name is required")
		}
		if expires != "" {
			d, err := time.ParseInLocation(time.DateOnly, expires, tracker.Stockholm)
			if err != nil {
				return usageError("token create: --expires wants a date YYYY-MM-DD")
			}
			end := d.AddDate(0, 0, 1)
			expiresAt = &end
		}
		return nil
	})
	if err != nil {
		return err
	}
	defer cmd.close()
	token, err := cmd.store.CreateToken(ctx, tracker.NewToken{Username: username, Name: name, ExpiresAt: expiresAt}, tracker.System)
	if err != nil {
		if errors.Is(err, tracker.ErrNotFound) {
			return fmt.Errorf("no user %q", username)
		}
		return fmt.Errorf("create token: %w", err)
	}
	cmd.logger.Info("api token created", "username", username)
	fmt.Fprintln(s.err, "The token is shown once; store it now. Use it as: Authorization: Bearer <token>")
	fmt.Fprintln(s.out, token)
	return nil
}

func tokenList(ctx context.Context, args []string, s streams) error {
	cmd, err := openCommand(ctx, "token list", args, s, nil, nil)
	if err != nil {
		return err
	}
	defer cmd.close()
	ts, err := cmd.store.Tokens(ctx, tracker.System)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(s.out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tUSERNAME\tNAME\tCREATED BY\tCREATED\tLAST USED\tEXPIRES")
	for _, t := range ts {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\n", t.ID, t.Username, dash(t.Name), dash(t.CreatedBy),
			stamp(&t.CreatedAt), stamp(t.LastUsedAt), stamp(t.ExpiresAt))
	}
	return tw.Flush()
}

func stamp(t *time.Time) string {
	if t == nil {
		return "-"
	}
	return t.In(tracker.Stockholm).Format("2006-01-02 15:04")
}

func tokenRevoke(ctx context.Context, args []string, s streams) error {
	var id int64
	cmd, err := openCommand(ctx, "token revoke", args, s, func(fs *flag.FlagSet) {
		fs.Int64Var(&id, "id", 0, "the token's id, as token list shows it (required)")
	}, func() error {
		if id <= 0 {
			return usageError("token revoke: --id is required")
		}
		return nil
	})
	if err != nil {
		return err
	}
	defer cmd.close()
	if err := cmd.store.RevokeToken(ctx, id, tracker.System); err != nil {
		if errors.Is(err, tracker.ErrNotFound) {
			return fmt.Errorf("no token with id %d", id)
		}
		return fmt.Errorf("revoke token: %w", err)
	}
	cmd.logger.Info("api token revoked", "token_id", id)
	fmt.Fprintf(s.out, "token %d revoked\n", id)
	return nil
}
