package ingest_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/ingest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// fixtureContentType is the Content-Type a test server sends with a fixture.
func fixtureContentType(name string) string {
	switch {
	case name == "charset-header-only.xml":
		return "application/rss+xml; charset=windows-1252"
	case strings.HasSuffix(name, ".json"):
		return "application/feed+json"
	case strings.HasSuffix(name, ".html"):
		return "text/html; charset=utf-8"
	}
	return "application/xml"
}

var fixtureSeen = time.Date(2024, 11, 23, 12, 0, 0, 0, time.UTC)

// goldenArticle is what a golden file records of an article.
type goldenArticle struct {
	GUID, URL, Title, Summary, Content, Text, Author, Categories, ImageURL string
	Kind                                                                   ingest.Kind
	PublishedAt                                                            time.Time
	PublishedEstimated                                                     bool
	StoryKey                                                               string
}

func parseFixture(t testing.TB, name string) []ingest.Article {
	t.Helper()
	body, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ingest.Parse(body, fixtureContentType(name))
	if err != nil {
		t.Fatalf("parse %s: %v", name, err)
	}
	return ingest.NormalizeFeed(doc, ingest.NormalizeOptions{
		FeedURL: "https://flode.example/" + name, Kind: ingest.KindNews, Outlet: "Testmediet", Seen: fixtureSeen})
}

func TestNormalizeGolden(t *testing.T) {
	names, _ := filepath.Glob("testdata/*")
	for _, path := range names {
		name := filepath.Base(path)
		if strings.HasSuffix(name, ".golden.json") || strings.HasSuffix(name, ".html") {
			continue
		}
		t.Run(name, func(t *testing.T) {
			var got []goldenArticle
			for _, a := range parseFixture(t, name) {
				got = append(got, goldenArticle{a.GUID, a.URL, a.Title, a.Summary, a.Content, a.Text, a.Author,
					a.Categories, a.ImageURL, a.Kind, a.PublishedAt, a.PublishedEstimated, a.StoryKey})
			}
			b, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			b = append(b, '\n')
			golden := strings.TrimSuffix(path, filepath.Ext(path)) + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./ingest -run Golden -update)", err)
			}
			if string(want) != string(b) {
				t.Errorf("%s differs from %s:\n%s", name, golden, b)
			}
		})
	}
}
