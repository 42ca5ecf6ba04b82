package main

import (
	"context"
	"log/slog"
	"testing"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/ingest/demofeed"
)

// A demo restarted on another port moves its own feeds there and leaves a
// feed the user added with the same path and a query of its own (an OPML
// import) where it is.
func TestDemoFeedsMoveAndUserFeedsStay(t *testing.T) {
	ctx := context.Background()
	feeds := ingest.NewStore(dbtest.OpenTestSQLite(t, ingest.Migrations), nil)
	log := slog.New(slog.DiscardHandler)
	if err := registerDemoFeeds(ctx, feeds, "http://127.0.0.1:1111", log); err != nil {
		t.Fatal(err)
	}
	path := demofeed.Feeds()[0].Path
	// Named to come after every demo outlet in the list of feeds.
	mine, err := feeds.CreateFeed(ctx, ingest.NewFeed{URL: "http://127.0.0.1:1111" + path + "?via=opml", Outlet: "Östkustposten"})
	if err != nil {
		t.Fatal(err)
	}
	if err := registerDemoFeeds(ctx, feeds, "http://127.0.0.1:2222", log); err != nil {
		t.Fatalf("restart on another port: %v", err)
	}
	all, err := feeds.Feeds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	moved, kept := false, false
	var urls []string
	for _, f := range all {
		urls = append(urls, f.URL)
		switch f.URL {
		case "http://127.0.0.1:2222" + path:
			moved = true
		case mine.URL:
			kept = f.ID == mine.ID
		}
	}
	if !moved || !kept {
		t.Errorf("demo feed moved %v, the user's feed kept %v: %q", moved, kept, urls)
	}
}
