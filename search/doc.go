// Package search is the full-text search over the ingested articles: Bleve
// indexes with Swedish analysis, one per month, fed from the database (the
// system of record) and rebuildable from it at any time.
//
// # Analysis (analysis.go, morph.go, compound.go)
//
// Title and text go through the Unicode word tokenizer, lower case and Stem:
// the Snowball Swedish stemmer plus rules for what it leaves apart or joins
// wrongly. Joined: the neuter definite -et and -ets, -an, the -ena plural,
// genitive after a colon as in "SÄS:s", syncope (vatten, vattnet → "vattn";
// fågel, fåglar), umlaut plurals (städer → stad, böcker → bok; a closed
// class written out in morph.go). Kept apart: adjectives in -ig and -lig from
// their nouns (stormig, storm), first-conjugation verbs from nouns with the
// same letters (provade → "prova", prover → "prov"). Å, ä and ö are letters
// of their own. Stop words stay in the index, so that a phrase matches its
// small words; a stop word on its own asks for nothing.
//
// The word list svwords.txt.gz is derived from Debian's hunspell-sv
// dictionary (LGPL-3, see svwords.NOTICE; gen_svwords.go writes it): which
// words exist, which may end a compound, which drop their e, which are
// first-conjugation verbs, which have their plural in -ar. Compounds are
// split with it (compound.go): first parts are list words with or without a
// linking letter (-s-, -e-, -u-, -o-, -a-) or a dropped final vowel, the last
// part a list word that may end a compound. A compound's stem is its first
// parts plus the stem of its last word; each last word is also indexed at the
// word's position under PartMark ("upphandlingsskandalen" →
// "upphandlingsskandal" and "#skandal"), and a search with Request.Compounds
// asks for those too, weighed below a whole-word match (partBoost). Cost: see
// bench/RESULTS.md, "Swedish morphology".
//
// # Mapping (mapping.go)
//
// Lean, after shared/notes/search-performance.md: no _all, nothing dynamic,
// no DocValues on text; title and text stored (snippets) with term vectors
// (phrase queries need positions); outlet, kind, topic and day as keywords
// with DocValues for facets; published as a datetime with DocValues for
// sorting; a day number (Stockholm) for date filters. MappingVersion and the
// word list's fingerprint are stored in the index; Open empties an index of
// another version and the next CatchUp fills it from the database.
//
// # Split by month (shards.go)
//
// The index directory holds one Bleve index per calendar month of
// published_at in Stockholm ("2024-11"). An article is written to its
// month's shard; an update that moves it to another month deletes the old
// copy in the same catch-up. A search opens only the months its From/To
// covers (all of them when open-ended) through a Bleve IndexAlias; sorted
// newest first it goes month by month, newest first, until the page is
// filled and only counts the older months (total and facets stay exact).
// Relevance scores are per month (each shard has its own term statistics).
//
// # Following the database (follow.go)
//
// The index keeps the last article id and rev it holds inside itself: in
// the batch of the last shard a catch-up batch writes, after the other
// shards' parts of that batch reached the disk (usually a batch has one
// month, and the marks go in the same batch as its documents). The marks
// of the index are the highest over its shards, so they never run ahead of
// the documents; a crash re-indexes at most one batch, and until a catch-up
// has run to the end after Open, every article is looked up in all months
// so that no stale copy survives a move. CatchUp reads on from there in batches
// (Source.ArticlesAfter, or ChangeSource.ArticlesChangedAfter, which also
// brings edited articles); Run does so when ingest signals a commit and every
// few seconds. After a crash nothing committed is missing: the next CatchUp
// goes on from the last batch that reached the disk. Rebuild builds a new
// index beside the old one and swaps it in.
//
// # Queries (query.go, search.go, facets.go, highlight.go)
//
// ParseQuery reads the contract's syntax (words, "phrases", AND/OR/NOT and
// -word, parentheses, prefix*, outlet:/kind:/topic:/title: filters) into a
// Node; errors are *QueryError with a Swedish message. Search adds the
// request's filters (kind, outlet, topic, Stockholm days), sorts by relevance
// or newest, pages, facets (outlet, kind, topic, day) and builds snippets for
// the returned page only, by analysing its stored text again: safe HTML in
// which only <mark> is a tag. A list without words, newest first (the search
// page's default), comes from the database when the Source is a ListSource
// (*ingest.Store: the page along published_at, total and facets from the
// counts kept at ingest); the index is not asked.
package search
