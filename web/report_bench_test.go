package web_test

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
	"github.com/lagesbild/lagesbild/web"
)

// BenchmarkPublishedReportPage times the page of a published (frozen)
// weekly lägesbild: 2,000 articles from 40 outlets over the week, so the
// snapshot carries full per-day and per-outlet figures and charts. A frozen
// report is read from its snapshot, so the size of the archive does not
// matter; the goal is under 200 ms.
func BenchmarkPublishedReportPage(b *testing.B) {
	ctx := context.Background()
	db := dbtest.OpenTestSQLite(b, allMigrations)
	a := newApp(b, db)
	cov := report.NewArticleCoverage(a.feeds, report.ArticleCoverageOptions{})
	a.router = web.New(web.Deps{Store: a.store, Reports: a.report, Logger: slog.New(slog.DiscardHandler), Feeds: a.feeds,
		Coverage: cov, Mentions: cov})
	week, err := tracker.WeekPeriod("2024-W47")
	if err != nil {
		b.Fatal(err)
	}
	start, _ := week.Bounds()
	for o := range 40 {
		f, err := a.feeds.CreateFeed(ctx, ingest.NewFeed{URL: fmt.Sprintf("https://medium%d.example/rss", o),
			Outlet: fmt.Sprintf("Medium %d", o), Kind: []ingest.Kind{ingest.KindNews, ingest.KindOpinion}[o%2]})
		if err != nil {
			b.Fatal(err)
		}
		items := make([]ingest.Article, 50)
		for i := range items {
			items[i] = ingest.Article{GUID: fmt.Sprintf("%d-%d", o, i), URL: fmt.Sprintf("https://medium%d.example/%d", o, i),
				Title:       fmt.Sprintf("Journalsystemet Aurora, dag %d: akutmottagningarna avlastas (%d)", i%7, i),
				Text:        "Kritiken mot införandet växer; oppositionen kräver att systemet stoppas och att ansvar utkrävs.",
				PublishedAt: start.Add(time.Duration(i*7*24/50) * time.Hour)}
		}
		if _, _, err := a.feeds.UpsertArticles(ctx, f.ID, items); err != nil {
			b.Fatal(err)
		}
	}
	editor, err := a.store.User(ctx, "redaktor")
	if err != nil {
		b.Fatal(err)
	}
	pr, err := a.report.Publish(ctx, week, report.PublishOptions{ComposeOptions: report.ComposeOptions{Coverage: cov, Mentions: cov}, Confirm: true}, editor.Actor())
	if err != nil {
		b.Fatal(err)
	}
	if pr.Report.Coverage.Total != 2000 {
		b.Fatalf("published coverage = %d, want 2000", pr.Report.Coverage.Total)
	}
	br := a.browser()
	br.login("redaktor")
	path := fmt.Sprintf("/lagesbild/publicerad/%d", pr.ID)
	timedLoop(b, func() {
		if rec := br.do("GET", path, nil); rec.Code != http.StatusOK {
			b.Fatalf("GET %s: %d", path, rec.Code)
		}
	})
}
