package ingest

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html/charset"
)

// Limits on an OPML import.
const (
	maxOPMLBytes    = 2 << 20
	maxOPMLOutlines = 5000
	maxOPMLDepth    = 20
)

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
// an xmlUrl, at any depth, titled by its title or text. An outline may say
// kind="news|opinion|own" and outlet="…"; otherwise a folder's name is not
// used and the outlet is the feed's host. Feeds already registered, repeated
// in the file or with an unusable URL are skipped. A file that is not OPML is
// a *ValidationError.
func (s *Store) ImportOPML(ctx context.Context, r io.Reader) (added, skipped int, err error) {
	dec := xml.NewDecoder(io.LimitReader(r, maxOPMLBytes))
	dec.Strict = false
	dec.CharsetReader = charset.NewReaderLabel
	var doc opmlDoc
	if err := dec.Decode(&doc); err != nil {
		return 0, 0, &ValidationError{Fields: map[string]string{"opml": "Filen är inte en läsbar OPML-fil."}}
	}
	var feeds []NewFeed
	var walk func(outlines []opmlOutline, depth int)
	walk = func(outlines []opmlOutline, depth int) {
		for _, o := range outlines {
			if len(feeds)+skipped >= maxOPMLOutlines {
				return
			}
			if u := strings.TrimSpace(o.XMLURL); u != "" {
				title := strings.TrimSpace(o.Title)
				if title == "" {
					title = strings.TrimSpace(o.Text)
				}
				kind := Kind(strings.ToLower(strings.TrimSpace(o.Kind)))
				if !kind.Valid() {
					kind = KindNews
				}
				feeds = append(feeds, NewFeed{URL: u, Title: truncateRunes(title, maxFeedTitle), Kind: kind,
					Outlet: truncateRunes(strings.TrimSpace(o.Outlet), maxOutlet)})
			}
			if depth < maxOPMLDepth {
				walk(o.Outlines, depth+1)
			}
		}
	}
	walk(doc.Body.Outlines, 0)
	for _, f := range feeds {
		if ctx.Err() != nil {
			return added, skipped, ctx.Err()
		}
		_, err := s.CreateFeed(ctx, f)
		var v *ValidationError
		switch {
		case err == nil:
			added++
		case errors.Is(err, ErrDuplicateFeed), errors.As(err, &v):
			skipped++
		default:
			return added, skipped, fmt.Errorf("import OPML: %w", err)
		}
	}
	return added, skipped, nil
}
