// Package ingest brings press coverage in: the feed registry, a careful
// fetcher (conditional GET, limits, private-address guard), the gofeed parser
// wrapper, the normaliser (sanitised HTML, plain text, canonical URL, kind,
// dedupe and near-duplicate keys), monitored topics and the scheduler. The
// articles table is the system of record; the search index follows it.
//
// The files:
//
//   - article.go: Feed, Article, Topic, Kind.
//   - migrations.go: the tables (feeds, articles, topics, article_topics), as
//     append-only steps.
//   - store.go: Store — feeds, articles (UpsertArticles, ArticlesAfter by id,
//     ArticlesChangedAfter by rev, Subscribe), topics.
//   - fetch.go: Fetcher — one HTTP fetch of a feed as a careful guest, and
//     the private-address guard (IsPublicIP, ParseHostIP) it applies when it
//     dials, after DNS.
//   - parse.go: Parse — charset repair, then gofeed (RSS 0.9x/1.0/2.0, Atom,
//     JSON Feed).
//   - normalize.go: NormalizeFeed — every item into an Article: sanitised
//     HTML (bluemonday), plain text, canonical URL, dates, kind.
//   - story.go: near-duplicate groups (StoryKey) by MinHash signatures.
//   - ingest.go: Ingester.Refresh — fetch, parse, normalise, store, and
//     record the outcome and back-off on the feed.
//   - schedule.go: Scheduler — due feeds leased in the database (FOR UPDATE
//     SKIP LOCKED), a bounded worker pool.
//   - opml.go: Store.ImportOPML.
//
// Ids and revs of articles become visible in the order they are handed out
// (one writer at a time on SQLite; an advisory lock around article writes on
// PostgreSQL), so a follower that reads "id > last" or "rev > last" never
// skips a row committed late.
package ingest
