package search

import (
	"strconv"
	"testing"

	"github.com/lagesbild/lagesbild/ingest"
)

func TestTagTopicsTagsOldAndNewArticlesOnce(t *testing.T) {
	f := newFixture(t)
	f.close()
	f.opts.Topics = f.store.ArticleTopicIDs
	f.open()
	f.index(art{title: "Journalsystemet stängs ner", text: "Regionen återgår till det gamla systemet."},
		art{title: "Vädret i helgen", text: "Sol och vind."})
	topic, err := f.store.CreateTopic(f.ctx, ingest.NewTopic{Name: "Journalsystem", Query: "journalsystem*"})
	if err != nil {
		t.Fatal(err)
	}
	f.tagAndCatchUp()
	f.index(art{title: "Nytt haveri i journalsystemen", text: "Akutmottagningarna drabbas."})
	f.tagAndCatchUp()

	ts, err := f.store.Topics(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(ts) != 1 || ts[0].ArticleCount != 2 {
		t.Fatalf("topics = %+v, want Journalsystem with 2 articles", ts)
	}
	if res := f.search(Request{Topic: strconv.FormatInt(topic.ID, 10)}); res.Total != 2 {
		t.Errorf("the topic filter finds %d articles, want 2 (the index learns tags on catch-up)", res.Total)
	}
	if n, err := f.idx.TagTopics(f.ctx, f.store); err != nil || n != 0 {
		t.Errorf("a second pass tagged %d (err %v), want 0: progress is kept", n, err)
	}
}

// tagAndCatchUp tags, then indexes the tagged articles' new revs.
func (f *fixture) tagAndCatchUp() {
	f.t.Helper()
	if _, err := f.idx.TagTopics(f.ctx, f.store); err != nil {
		f.t.Fatal(err)
	}
	f.catchUp()
}
