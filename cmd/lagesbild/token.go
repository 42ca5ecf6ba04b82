package main

import (
	"context"
	"errors"
	"flag"
	"fmt"

	"github.com/lagesbild/lagesbild/tracker"
)

// runToken manages API tokens: token create prints a new token once; only
// its hash is stored.
func runToken(ctx context.Context, args []string, s streams) error {
	if len(args) == 0 || args[0] != "create" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
			fmt.Fprint(s.out, "Usage: lagesbild token create --username U --name N\n")
			return nil
		}
		return usageError("token: want: token create --username U --name N")
	}
	var username, name string
	cmd, err := openCommand(ctx, "token create", args[1:], s, func(fs *flag.FlagSet) {
		fs.StringVar(&username, "username", "", "the user the token acts as (required)")
		fs.StringVar(&name, "name", "", "what the token is for, e.g. the script using it (required)")
	}, func() error {
		switch {
		case username == "":
			return usageError("token create: --username is required")
		case name == "":
			return usageError("token create: --name is required")
		}
		return nil
	})
	if err != nil {
		return err
	}
	defer cmd.close()
	token, err := cmd.store.CreateToken(ctx, username, name)
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
