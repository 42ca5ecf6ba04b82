package main

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"github.com/lagesbild/lagesbild/search"
)

// runAnalyze shows how the search takes a text and a query apart: each word,
// its stem (the term in the index) and its compound parts; and for a query,
// what each word or phrase asks the index for.
//
//	lagesbild analyze "Dricksvattnet i storstäderna"
//	lagesbild analyze -query 'dricksvatten "ersättning till företag" -stormig' -compounds
func runAnalyze(_ context.Context, args []string, s streams) error {
	fs := flag.NewFlagSet("lagesbild analyze", flag.ContinueOnError)
	fs.SetOutput(s.err)
	q := fs.String("query", "", "also show what this query (the search syntax) asks the index for")
	compounds := fs.Bool("compounds", false, "the query also searches compound parts")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), `Usage: lagesbild analyze [-query Q [-compounds]] ["text" ...]

Shows each word of the text as the search index takes it: word → stem → compound parts.`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagError{err}
	}
	text := strings.Join(fs.Args(), " ")
	if text == "" && *q == "" {
		return usageError("analyze: give a text, a -query, or both")
	}
	if text != "" {
		fmt.Fprintln(s.out, "text:")
		for _, t := range search.Explain(text) {
			line := fmt.Sprintf("  %-3d %-24s → %s", t.Position, t.Word, t.Stem)
			if len(t.Parts) > 0 {
				line += "  parts: " + strings.Join(t.Parts, ", ")
			}
			if t.Stop {
				line += "  (stop word: only in phrases)"
			}
			if strings.HasPrefix(t.Stem, search.NameMark) {
				line += "  (a name: whole, apart from the word's forms)"
			}
			fmt.Fprintln(s.out, line)
		}
	}
	if *q != "" {
		terms, err := search.ExplainQuery(*q, *compounds)
		if err != nil {
			return fmt.Errorf("query: %w", err)
		}
		fmt.Fprintln(s.out, "query:")
		for _, t := range terms {
			kind := "word"
			switch {
			case t.Phrase:
				kind = "phrase, in this order"
			case t.Prefix:
				kind = "prefix"
			case len(t.Terms) == 1 && strings.HasPrefix(t.Terms[0], search.NameMark):
				kind = "the name only; the word too if the name finds nothing"
			}
			if t.Not {
				kind += ", excluded"
			}
			line := fmt.Sprintf("  %-24s → %s  (%s)", t.Text, strings.Join(t.Terms, " "), kind)
			if len(t.Terms) == 0 {
				line = fmt.Sprintf("  %-24s → nothing: a stop word on its own", t.Text)
			}
			if len(t.Parts) > 0 {
				line += "  also compound parts: " + strings.Join(t.Parts, ", ")
			}
			if len(t.Names) > 0 {
				line += "  also as names: " + strings.Join(t.Names, ", ")
			}
			if len(t.Verbs) > 0 {
				line += "  also the verb: " + strings.Join(t.Verbs, ", ")
			}
			if len(t.Forms) > 0 {
				line += "  also the other reading: " + strings.Join(t.Forms, ", ")
			}
			fmt.Fprintln(s.out, line)
		}
	}
	return nil
}
