package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/lagesbild/lagesbild/mail"
	"github.com/lagesbild/lagesbild/tracker"
)

// runRetention culls (gallrar) requesters' personal data after the
// retention rules (LAGESBILD_RETENTION): --dry-run lists what would go,
// --apply erases it from the cases, their audit trails and their mail and
// documents.
func runRetention(ctx context.Context, args []string, s streams) error {
	var dryRun, apply bool
	c, err := openCommand(ctx, "retention", args, s,
		func(fs *flag.FlagSet) {
			fs.BoolVar(&dryRun, "dry-run", false, "list the cases whose personal data would be culled now, and change nothing")
			fs.BoolVar(&apply, "apply", false, "cull them")
		},
		func() error {
			if dryRun == apply {
				return usageError("retention: give exactly one of --dry-run and --apply")
			}
			return nil
		})
	if err != nil {
		return err
	}
	defer c.close()
	for _, r := range c.store.Retention() {
		fmt.Fprintf(s.out, "rule %s: %s\n", r.ID(), r.Label())
	}
	if dryRun {
		due, err := c.store.DueForCulling(ctx, tracker.System)
		if err != nil {
			return err
		}
		for _, d := range due {
			fmt.Fprintf(s.out, "would cull %s (ended %s) under %s\n", d.Number, d.EndedAt.In(tracker.Stockholm).Format(time.DateOnly), d.Rule)
		}
		fmt.Fprintf(s.out, "%d cases would be culled\n", len(due))
		return nil
	}
	res, err := c.store.Cull(ctx, mail.NewStore(c.db, c.store, mail.Options{}), tracker.System)
	if res != nil {
		for _, d := range res.Culled {
			fmt.Fprintf(s.out, "culled %s under %s\n", d.Number, d.Rule)
		}
		fmt.Fprintf(s.out, "%d cases culled, %d documents and mails erased\n", len(res.Culled), res.Documents)
		c.logger.Info("culling run", "cases", len(res.Culled), "material", res.Documents)
	}
	return err
}
