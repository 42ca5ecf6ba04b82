package search

import (
	"context"
	"errors"
	"fmt"

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
	for after < upTo {
		ids, err := st.ArticleIDsBetween(ctx, after, upTo, tagBatch)
		if err != nil {
			return tagged, err
		}
		if len(ids) == 0 {
			break
		}
		matched, err := x.Matching(ctx, t.Query, ids)
		var qe *QueryError
		if errors.As(err, &qe) {
			// A stored query that no longer parses (the syntax changed): skip
			// it rather than stop every other topic; the topics page shows it.
			x.opts.Logger.Warn("topic query does not parse; topic skipped", "topic_id", t.ID, "err", err)
			return tagged, st.SetTopicProgress(ctx, t.ID, upTo)
		}
		if err != nil {
			return tagged, err
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
