package search

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/lagesbild/lagesbild/ingest"
)

// tagBatch is how many article ids one topic query is matched against at once.
const tagBatch = 2000

// TagTopics applies every monitored topic to the indexed articles it has not
// yet seen: old articles when the topic is new, new articles as they arrive.
// Progress is kept per topic in the database, so a restart goes on where it
// stopped. Tagging gives the articles a new rev, so the next catch-up puts
// the topic into the index too.
func (x *Index) TagTopics(ctx context.Context, st *ingest.Store) (tagged int, err error) {
	stats, err := x.Stats()
	if err != nil {
		return 0, err
	}
	upTo := stats.LastID
	topics, err := st.TopicsBehind(ctx, upTo)
	if err != nil {
		return 0, err
	}
	for _, t := range topics {
		n, err := x.tagTopic(ctx, st, t, upTo)
		tagged += n
		if err != nil {
			return tagged, fmt.Errorf("tag topic %d: %w", t.ID, err)
		}
	}
	return tagged, nil
}

func (x *Index) tagTopic(ctx context.Context, st *ingest.Store, t ingest.TopicProgress, upTo int64) (int, error) {
	tagged := 0
	after := t.TaggedThrough
	if after == 0 {
		// A new topic: one query over the whole index beats thousands of
		// batches; articles indexed after upTo wait for the next round.
		matched, err := x.Matching(ctx, t.Query, nil)
		if err != nil {
			return x.skipUnparsable(ctx, st, t, upTo, err)
		}
		matched = slices.DeleteFunc(matched, func(id int64) bool { return id > upTo })
		if err := st.TagArticles(ctx, t.ID, matched); err != nil {
			return 0, err
		}
		return len(matched), st.SetTopicProgress(ctx, t.ID, upTo)
	}
	for after < upTo {
		ids, err := st.ArticleIDsBetween(ctx, after, upTo, tagBatch)
		if err != nil {
			return tagged, err
		}
		if len(ids) == 0 {
			break
		}
		matched, err := x.Matching(ctx, t.Query, ids)
		if err != nil {
			n, err := x.skipUnparsable(ctx, st, t, upTo, err)
			return tagged + n, err
		}
		if err := st.TagArticles(ctx, t.ID, matched); err != nil {
			return tagged, err
		}
		tagged += len(matched)
		after = ids[len(ids)-1]
		if err := st.SetTopicProgress(ctx, t.ID, after); err != nil {
			return tagged, err
		}
	}
	return tagged, st.SetTopicProgress(ctx, t.ID, upTo)
}

// skipUnparsable passes over a stored query that no longer parses (the
// syntax changed) rather than stop every other topic; other errors stop.
func (x *Index) skipUnparsable(ctx context.Context, st *ingest.Store, t ingest.TopicProgress, upTo int64, err error) (int, error) {
	var qe *QueryError
	if !errors.As(err, &qe) {
		return 0, err
	}
	x.opts.Logger.Warn("topic query does not parse; topic skipped", "topic_id", t.ID, "err", err)
	return 0, st.SetTopicProgress(ctx, t.ID, upTo)
}
