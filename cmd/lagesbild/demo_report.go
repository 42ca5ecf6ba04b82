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
// names the demo feeds quote; the phone numbers are from the series the
// Swedish telecoms regulator keeps for fiction (070-174 06 05 to 070-174 06 99).
var demoSpokespersons = []report.SpokespersonInput{
	{Name: "Helena Strömvall", Title: "hälso- och sjukvårdsdirektör", Unit: "Koncernstab kommunikation", Phone: "070-174 06 05", Active: true},
	{Name: "Johan Ekelund", Title: "it-direktör", Phone: "070-174 06 06", Active: true},
	{Name: "Annika Berglöf", Title: "regionchefläkare", Phone: "070-174 06 07", Active: true},
	{Name: "Samir Haddad", Title: "överläkare, samordnar akutflödet i regionen", Phone: "070-174 06 08", Active: true},
}

// demoNarrative is what the demo's editor wrote in last week's report
// beside the suggestion: the parts that carry over to the next one.
var demoNarrative = report.Narrative{
	KeyMessages: []string{
		"Återgången till det tidigare journalsystemet görs planerat och utan avkall på patientsäkerheten.",
		"Sjukhusen i regionen hjälps åt med akutvård och vård som inte kan vänta.",
		"Den som behöver vård ska inte tveka att söka den.",
	},
	ResidentInformation: []string{
		"Aktuell information om vart man vänder sig finns på [1177.se](https://www.1177.se) och på telefon 1177.",
		"Akutmottagningarna i Norrby och Västerå tar emot patienter som vanligt.",
	},
	Daily: []string{"[Regionala lägesrapporter på intranätet](https://intranat.demo-region.example/lagesrapporter)"},
	Links: []string{
		"[Samlad information på intranätet](https://intranat.demo-region.example/aurora)",
		"[Samlad information för vårdpersonal](https://vardgivare.demo-region.example/aurora)",
		"[Nyheter om journalsystemet](https://nyheter.demo-region.example/aurora)",
	},
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
// lägesbild (as if sent yesterday at 16:45) and drafts the daily one since then — unless the database already has them. It
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
	logger.Info("demo reports ready: last week's is published, the daily one since then is a draft")
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
	// Last week's report was sent yesterday afternoon: the daily report
	// then covers the time since.
	y := now.AddDate(0, 0, -1)
	sent := time.Date(y.Year(), y.Month(), y.Day(), 16, 45, 0, 0, tracker.Stockholm)
	yesterday := report.NewStore(sv.db, sv.store, report.Options{Now: func() time.Time { return sent },
		About: sv.cfg.reportOptions().About})
	if err := draftSuggested(ctx, yesterday, lastWeek, opts, editor.Actor(), demoNarrative); err != nil {
		return err
	}
	if _, err := yesterday.Publish(ctx, lastWeek, report.PublishOptions{ComposeOptions: opts, Confirm: true}, editor.Actor()); err != nil {
		return err
	}
	daily, err := sv.reports.DefaultPeriod(ctx, "")
	if err != nil {
		return err
	}
	return draftSuggested(ctx, sv.reports, daily, opts, editor.Actor(), report.Narrative{})
}

// draftSuggested saves the suggested narrative, with what the editor wrote
// (the parts of add that are set), as the period's draft.
func draftSuggested(ctx context.Context, reports *report.Store, p tracker.Period, opts report.ComposeOptions, a tracker.Actor, add report.Narrative) error {
	r, err := reports.Compose(ctx, p, opts)
	if err != nil {
		return err
	}
	n := r.Narrative
	for _, part := range []struct{ dst, src *[]string }{{&n.KeyMessages, &add.KeyMessages},
		{&n.ResidentInformation, &add.ResidentInformation}, {&n.Links, &add.Links}} {
		if len(*part.src) > 0 {
			*part.dst = *part.src
		}
	}
	n.Daily = append(n.Daily, add.Daily...)
	_, err = reports.SaveDraftWith(ctx, p, n, report.DraftOptions{Compose: opts}, a)
	return err
}
