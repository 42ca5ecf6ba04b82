// Package ingest brings press coverage in: the feed registry, a careful
// fetcher (conditional GET, limits, private-address guard), the gofeed parser
// wrapper, the normaliser (sanitised HTML, plain text, canonical URL, kind,
// dedupe and near-duplicate keys), monitored topics and the scheduler. The
// articles table is the system of record; the search index follows it.
package ingest
