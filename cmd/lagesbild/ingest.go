package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/lagesbild/lagesbild/ingest"
)

// runIngest is one pass of the feed pipeline: fetch, store, index, tag.
func runIngest(ctx context.Context, args []string, s streams) error {
	all := false
	c, err := openCommand(ctx, "ingest", args, s, func(fs *flag.FlagSet) {
		fs.BoolVar(&all, "all", false, "fetch every feed now, not only those due")
	}, nil)
	if err != nil {
		return err
	}
	defer c.close()
	sv, err := newServices(c.cfg, c.db, c.logger)
	if err != nil {
		return err
	}
	defer sv.close()
	start := time.Now()
	fetched := 0
	if all {
		feeds, err := sv.feeds.Feeds(ctx)
		if err != nil {
			return err
		}
		for _, f := range feeds {
			res, err := sv.ingester.Refresh(ctx, f.ID)
			if err != nil {
				return fmt.Errorf("feed %d: %w", f.ID, err)
			}
			fetched++
			fmt.Fprintf(s.out, "%-40s %-13s %4d poster, %4d nya%s\n", f.Outlet, res.Status, res.Items, res.New, errSuffix(res.Err))
		}
	} else {
		n, err := ingest.NewScheduler(sv.ingester, ingest.SchedulerOptions{Logger: c.logger}).RunOnce(ctx)
		if err != nil {
			return err
		}
		fetched = n
	}
	if err := sv.catchUp(ctx); err != nil {
		return err
	}
	stats, err := sv.index.Stats()
	if err != nil {
		return err
	}
	fmt.Fprintf(s.out, "%d flöden hämtade på %s; sökindexet har %d artiklar\n", fetched, time.Since(start).Round(time.Millisecond), stats.Docs)
	return nil
}

func errSuffix(err error) string {
	if err == nil {
		return ""
	}
	return " – " + err.Error()
}

// runReindex rebuilds the search index from the database, which is the
// system of record; searches keep working on the old index until the swap.
func runReindex(ctx context.Context, args []string, s streams) error {
	c, err := openCommand(ctx, "reindex", args, s, nil, nil)
	if err != nil {
		return err
	}
	defer c.close()
	sv, err := newServices(c.cfg, c.db, c.logger)
	if err != nil {
		return err
	}
	defer sv.close()
	start := time.Now()
	if err := sv.index.Rebuild(ctx); err != nil {
		return fmt.Errorf("rebuild: %w", err)
	}
	if _, err := sv.index.TagTopics(ctx, sv.feeds); err != nil {
		return err
	}
	stats, err := sv.index.Stats()
	if err != nil {
		return err
	}
	fmt.Fprintf(s.out, "sökindexet är ombyggt: %d artiklar på %s\n", stats.Docs, time.Since(start).Round(time.Millisecond))
	return nil
}
