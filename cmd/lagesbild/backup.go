package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/lagesbild/lagesbild"
)

// runBackup writes a consistent copy of the embedded SQLite database while
// the server may be running: lagesbild backup --to FILE.
func runBackup(ctx context.Context, args []string, s streams) error {
	var to string
	c, err := openCommand(ctx, "backup", args, s,
		func(fs *flag.FlagSet) { fs.StringVar(&to, "to", "", "the file to write the copy to (must not exist)") },
		func() error {
			if to == "" {
				return usageError("backup: --to FILE is required")
			}
			return nil
		})
	if err != nil {
		return err
	}
	defer c.close()
	if err := lagesbild.Backup(ctx, c.db, to); err != nil {
		return err
	}
	fmt.Fprintf(s.out, "backup written to %s\n", to)
	c.logger.Info("backup written", "to", to)
	return nil
}
