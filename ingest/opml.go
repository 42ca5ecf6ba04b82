package ingest

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"golang.org/x/net/html/charset"
)

// Limits on an OPML import.
const (
	// MaxOPMLBytes is the largest OPML file read; a larger one is refused
	// whole (*http.MaxBytesError), never read in part.
	MaxOPMLBytes = 2 << 20
	// MaxOPMLFeeds is how many feeds one file may add; the outlines past it
	// are counted in ImportResult.OverLimit, not dropped in silence.
	MaxOPMLFeeds = 5000
	maxOPMLDepth = 20
)

// ImportResult says what an OPML import did with every outline that named a
// feed: added, or skipped and why.
type ImportResult struct {
	Added      int
	Duplicates int // registered already, or repeated in the file
	Invalid    int // an unusable URL, title or outlet
	OverLimit  int // past the first MaxOPMLFeeds of the file
	TooDeep    int // nested deeper than the importer follows
}

// Skipped is every outline not added.
func (r ImportResult) Skipped() int { return r.Duplicates + r.Invalid + r.OverLimit + r.TooDeep }

type opmlOutline struct {
	Text     string        `xml:"text,attr"`
	Title    string        `xml:"title,attr"`
	Type     string        `xml:"type,attr"`
	XMLURL   string        `xml:"xmlUrl,attr"`
	Kind     string        `xml:"kind,attr"`   // our extension: news, opinion or own
	Outlet   string        `xml:"outlet,attr"` // our extension
	Outlines []opmlOutline `xml:"outline"`
}

type opmlDoc struct {
	XMLName xml.Name `xml:"opml"`
	Body    struct {
		Outlines []opmlOutline `xml:"outline"`
	} `xml:"body"`
}

// ImportOPML adds the feeds of an OPML subscription list: every outline with
// an xmlUrl, at any depth up to 20, titled by its title or text. An outline
// may say kind="news|opinion|own" and outlet="…"; otherwise the outlet is the
// outline's text (or title) without a section ("GP – Ledare" is GP's, and
// opinion), a folder's name is not used, and an outline without either is
// named by its channel's title when fetched; never by the host. Feeds already registered,
// repeated in the file, with an unusable URL, past the first MaxOPMLFeeds or
// nested too deep are skipped and counted by reason. A file that is not OPML
// is a *ValidationError; one over MaxOPMLBytes is an *http.MaxBytesError.
func (s *Store) ImportOPML(ctx context.Context, r io.Reader) (ImportResult, error) {
	var res ImportResult
	data, err := io.ReadAll(io.LimitReader(r, MaxOPMLBytes+1))
	if err != nil {
		return res, fmt.Errorf("read OPML: %w", err) // the request's own cap: *http.MaxBytesError
	}
	if len(data) > MaxOPMLBytes {
		return res, &http.MaxBytesError{Limit: MaxOPMLBytes}
	}
	feeds, res, err := parseOPML(data, MaxOPMLFeeds)
	if err != nil {
		return res, err
	}
	for _, f := range feeds {
		if ctx.Err() != nil {
			return res, ctx.Err()
		}
		_, err := s.CreateFeed(ctx, f)
		var v *ValidationError
		switch {
		case err == nil:
			res.Added++
		case errors.Is(err, ErrDuplicateFeed):
			res.Duplicates++
		case errors.As(err, &v):
			res.Invalid++
		default:
			return res, fmt.Errorf("import OPML: %w", err)
		}
	}
	return res, nil
}

// parseOPML lists the feeds of an OPML file, at most limit of them; res
// counts the outlines left out and why.
func parseOPML(data []byte, limit int) (feeds []NewFeed, res ImportResult, err error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	dec.CharsetReader = charset.NewReaderLabel
	var doc opmlDoc
	if err := dec.Decode(&doc); err != nil {
		return nil, res, &ValidationError{Fields: map[string]string{"opml": "Filen är inte en läsbar OPML-fil."}}
	}
	var walk func(outlines []opmlOutline, depth int)
	walk = func(outlines []opmlOutline, depth int) {
		for _, o := range outlines {
			if u := strings.TrimSpace(o.XMLURL); u != "" {
				if len(feeds) >= limit {
					res.OverLimit++
				} else {
					feeds = append(feeds, opmlFeed(u, o))
				}
			}
			if depth < maxOPMLDepth {
				walk(o.Outlines, depth+1)
			} else {
				res.TooDeep += countFeeds(o.Outlines)
			}
		}
	}
	walk(doc.Body.Outlines, 0)
	return feeds, res, nil
}

func opmlFeed(u string, o opmlOutline) NewFeed {
	title := strings.TrimSpace(o.Title)
	if title == "" {
		title = strings.TrimSpace(o.Text)
	}
	kind := Kind(strings.ToLower(strings.TrimSpace(o.Kind)))
	outlet := strings.TrimSpace(o.Outlet)
	if outlet == "" {
		// A reader's list names the feed in text (and title); the outlet is
		// that name without a section ("Västkustposten – Ledare").
		name := strings.TrimSpace(o.Text)
		if name == "" {
			name = title
		}
		var opinion bool
		outlet, opinion = OutletFromTitle(name)
		if opinion && kind == "" {
			kind = KindOpinion
		}
	}
	if !kind.Valid() {
		kind = KindNews
	}
	return NewFeed{URL: u, Title: truncateRunes(title, maxFeedTitle), Kind: kind,
		Outlet: truncateRunes(outlet, maxOutlet)}
}

// countFeeds counts the outlines with an xmlUrl, at any depth.
func countFeeds(outlines []opmlOutline) int {
	n := 0
	for _, o := range outlines {
		if strings.TrimSpace(o.XMLURL) != "" {
			n++
		}
		n += countFeeds(o.Outlines)
	}
	return n
}
