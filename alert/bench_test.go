package alert_test

import (
	"fmt"
	"testing"

	"github.com/lagesbild/lagesbild/alert"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/search"
	"github.com/lagesbild/lagesbild/search/synth"
)

// BenchmarkMatchBatch matches one indexed batch of 1,000 new articles
// against 500 subscriptions (100 to monitored topics, by their tags; 400
// queries of words, phrases, three-word ANDs, outlet words and NOTs,
// percolated on the batch's own index), as Percolate does after each
// batch, without the database:
//
//	go test ./alert/ -run '^$' -bench MatchBatch -benchtime 10x
func BenchmarkMatchBatch(b *testing.B) {
	g := synth.New(20241119, 100_000)
	arts := make([]ingest.Article, 1000)
	topics := map[int64][]int64{}
	for i := range arts {
		arts[i] = g.Article(99_000 + i)
		arts[i].ID = int64(i + 1)
		if i%7 == 0 {
			topics[arts[i].ID] = []int64{int64(i%100 + 1)}
		}
	}
	outlets := synth.Outlets()
	subs := make([]alert.Subscription, 500)
	queries := make([]*search.CompiledQuery, 500)
	for i := range subs {
		subs[i] = alert.Subscription{ID: int64(i + 1), Mode: alert.ModeInstant}
		if i < 100 {
			subs[i].TopicID = int64(i + 1)
			continue
		}
		switch i % 4 {
		case 0:
			subs[i].Query = synth.MixAt("word", i).Q
		case 1:
			subs[i].Query = synth.MixAt("phrase", i).Q
		case 2:
			subs[i].Query = synth.MixAt("and3_180d", i).Q
		default:
			subs[i].Query = fmt.Sprintf("%s källa:%q -%s", synth.MixAt("word", i).Q, outlets[i%len(outlets)], synth.MixAt("word", i+1).Q)
		}
		q, err := search.Compile(subs[i].Query)
		if err != nil {
			b.Fatal(err)
		}
		queries[i] = q
	}
	ctx := b.Context()
	hits := 0
	for b.Loop() {
		m, err := alert.NewMatcher(arts, topics, nil)
		if err != nil {
			b.Fatal(err)
		}
		hits = 0
		for i := range subs {
			got, err := m.Match(ctx, &subs[i], queries[i])
			if err != nil {
				b.Fatal(err)
			}
			hits += len(got)
		}
		m.Close()
	}
	b.ReportMetric(float64(hits), "matches/batch")
}
