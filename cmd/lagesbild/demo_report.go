package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/ingest/demofeed"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
)

// demoTopics are the monitored topics of the demo's invented crisis.
var demoTopics = []ingest.NewTopic{
	{Name: "Aurora", Query: "Aurora OR journalsystem*"},
	{Name: "Akutflöden", Query: "akutmottagning* OR ambulans* OR omstyrning*"},
	{Name: "Granskning och ansvar", Query: `"extern granskning" OR haverikommission* OR ansvar*`},
	{Name: "Personuppgifter", Query: "IMY OR personuppgiftsincident*"},
}

// demoSpokespersons are the organisation's invented spokespeople, whose
// names the demo feeds quote.
var demoSpokespersons = []report.SpokespersonInput{
	{Name: "Helena Strömvall", Title: "hälso- och sjukvårdsdirektör", Unit: "Koncernstab kommunikation", Active: true},
	{Name: "Johan Ekelund", Title: "it-direktör", Active: true},
	{Name: "Annika Berglöf", Title: "regionchefläkare", Active: true},
	{Name: "Samir Haddad", Title: "överläkare, samordnar akutflödet i regionen", Active: true},
}

// demoEditor publishes the demo's reports.
const demoEditor = "mats"

// seedDemoCoverage adds the demo's topics and spokespersons; what exists stays.
func seedDemoCoverage(ctx context.Context, sv *services) error {
	for _, t := range demoTopics {
		if _, err := sv.feeds.CreateTopic(ctx, t); err != nil && !errors.Is(err, ingest.ErrConflict) {
			return err
		}
	}
	editor, err := sv.store.User(ctx, demoEditor)
	if errors.Is(err, tracker.ErrNotFound) {
		return nil // not a database the demo made: leave it alone
	}
	if err != nil {
		return err
	}
	for _, p := range demoSpokespersons {
		if _, err := sv.reports.CreateSpokesperson(ctx, p, editor.Actor()); err != nil && !errors.Is(err, tracker.ErrConflict) {
			return err
		}
	}
	return nil
}

// demoReportsWhenIngested waits for the first fetch of every demo feed,
// brings the index and topics up to date, and then publishes last week's
// lägesbild and drafts today's — unless the database already has them. It
// runs beside the server, so the demo answers at once.
func demoReportsWhenIngested(ctx context.Context, sv *services, opts report.ComposeOptions, logger *slog.Logger) {
	if err := waitForDemoFeeds(ctx, sv); err != nil {
		logger.Warn("demo reports skipped: the demo feeds were not fetched", "error", err)
		return
	}
	if err := sv.catchUp(ctx); err != nil {
		logger.Warn("demo reports: search index catch-up failed", "error", err)
	}
	if err := publishDemoReports(ctx, sv, opts); err != nil && ctx.Err() == nil {
		logger.Warn("demo reports skipped", "error", err)
		return
	}
	logger.Info("demo reports ready: last week's is published, today's is a draft")
}

func waitForDemoFeeds(ctx context.Context, sv *services) error {
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		feeds, err := sv.feeds.Feeds(ctx)
		if err != nil {
			return err
		}
		waiting := 0
		for _, f := range feeds {
			if f.LastFetchedAt == nil {
				waiting++
			}
		}
		if waiting == 0 && len(feeds) >= len(demofeed.Feeds()) {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(250 * time.Millisecond):
		}
	}
	return errors.New("timed out")
}

func publishDemoReports(ctx context.Context, sv *services, opts report.ComposeOptions) error {
	editor, err := sv.store.User(ctx, demoEditor)
	if err != nil {
		return err
	}
	_, published, err := sv.reports.PublishedReports(ctx, report.PublishedFilter{})
	if err != nil {
		return err
	}
	if published > 0 {
		return nil
	}
	now := time.Now().In(tracker.Stockholm)
	year, week := now.AddDate(0, 0, -7).ISOWeek()
	lastWeek, err := tracker.WeekPeriod(fmt.Sprintf("%d-W%02d", year, week))
	if err != nil {
		return err
	}
	if err := draftSuggested(ctx, sv, lastWeek, opts, editor.Actor()); err != nil {
		return err
	}
	if _, err := sv.reports.Publish(ctx, lastWeek, opts, editor.Actor()); err != nil {
		return err
	}
	today, err := tracker.DayPeriod(now.Format(time.DateOnly))
	if err != nil {
		return err
	}
	return draftSuggested(ctx, sv, today, opts, editor.Actor())
}

// draftSuggested saves the suggested narrative as the period's draft.
func draftSuggested(ctx context.Context, sv *services, p tracker.Period, opts report.ComposeOptions, a tracker.Actor) error {
	r, err := sv.reports.Compose(ctx, p, opts)
	if err != nil {
		return err
	}
	_, err = sv.reports.SaveDraft(ctx, p, "", report.SuggestNarrative(r), a)
	return err
}
