// Package demofeed serves the invented feeds that `lagesbild demo` ingests
// from the app itself, without any network: three weeks of coverage of an
// invented crisis (the failed roll-out of the health-record system
// "journalsystemet Aurora" at Kustsjukhusen in the invented Region Västkust),
// written for this project in Swedish, across seven invented outlets.
//
// The items are generated from hand-written building blocks (stories of the
// day, quotes from invented spokespersons, opinion arguments), combined
// deterministically: the same now gives byte-identical feeds. Every feed
// carries at least one of the quirks real feeds have (ISO-8859-1, Atom with
// xml:base and relative links, JSON Feed 1.1, missing dates, dangerous HTML,
// a repeated guid, opinion marked by categories and URL paths, tracking
// parameters, wire stories repeated nearly verbatim) and one feed is broken.
// All links point at invented sites under the reserved .example domain.
package demofeed

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"path"
	"strings"
	"time"
)

// Feed is one demo feed as the demo command registers it.
type Feed struct {
	Path   string // served by Handler, e.g. "/demo/feeds/vastsvenska-dagbladet.xml"
	Title  string
	Outlet string
	Kind   string // news | opinion | own
}

// Prefix is the path under which Handler serves the feeds.
const Prefix = "/demo/feeds/"

// BrokenPath is the feed that always fails (HTTP 500), so that the feeds page
// has an error to show. It is part of Feeds.
const BrokenPath = Prefix + "radio-vast-lokalt.xml"

// OPMLPath serves an OPML list of every feed in Feeds, with absolute URLs
// built from the request's host, for trying the OPML import.
const OPMLPath = Prefix + "demo.opml"

// feedDef is a feed with its internal key and how it is served.
type feedDef struct {
	Feed
	key         string
	contentType string
}

var feedDefs = []feedDef{
	{Feed{Prefix + "vastsvenska-dagbladet.xml", "Västsvenska Dagbladet – Nyheter", "Västsvenska Dagbladet", "news"}, "vd", "application/rss+xml; charset=utf-8"},
	{Feed{Prefix + "vd-ledare-debatt.xml", "VD Ledare & Debatt", "Västsvenska Dagbladet", "opinion"}, "vdop", "application/rss+xml; charset=utf-8"},
	{Feed{Prefix + "radio-vast.atom", "Radio Väst – Nyheter", "Radio Väst", "news"}, "rv", "application/atom+xml; charset=utf-8"},
	{Feed{Prefix + "nyhetsbyran-norden.json", "Nyhetsbyrån Norden – Inrikes", "Nyhetsbyrån Norden", "news"}, "nbn", "application/feed+json; charset=utf-8"},
	// No charset in the header on purpose: only the XML prolog says ISO-8859-1.
	{Feed{Prefix + "sjukvardsbladet.xml", "Sjukvårdsbladet", "Sjukvårdsbladet", "news"}, "svb", "application/rss+xml"},
	{Feed{Prefix + "kuststaden-nu.xml", "Kuststaden Nu", "Kuststaden Nu", "news"}, "kn", "text/xml; charset=utf-8"},
	{Feed{Prefix + "dagens-debatt.xml", "Dagens Debatt", "Dagens Debatt", "opinion"}, "dd", "application/rss+xml; charset=utf-8"},
	{Feed{Prefix + "region-vastkust.xml", "Region Västkust – nyheter", "Region Västkust", "own"}, "own", "application/rss+xml; charset=utf-8"},
	{Feed{BrokenPath, "Radio Väst – Lokalt", "Radio Väst", "news"}, "broken", ""},
}

// Feeds is the list of feeds the demo registers, the broken one included.
func Feeds() []Feed {
	out := make([]Feed, len(feedDefs))
	for i, d := range feedDefs {
		out[i] = d.Feed
	}
	return out
}

// response is one precomputed feed body.
type response struct {
	contentType  string
	body, gz     []byte
	etag, gzETag string
	lastModified time.Time
}

type handler struct {
	byName map[string]*response // by the last path element
}

// Handler serves every path in Feeds (and OPMLPath) for a crisis whose three
// weeks of coverage end at now. The feeds are built once, here; the same now
// gives byte-identical bodies. It answers GET and HEAD, sends ETag and
// Last-Modified, answers 304 to If-None-Match and If-Modified-Since, and
// gzips when the client accepts it. Paths are matched on their last element,
// so the handler also works behind http.StripPrefix.
func Handler(now time.Time) http.Handler {
	c := build(now)
	h := &handler{byName: map[string]*response{}}
	for _, d := range feedDefs {
		if d.key == "broken" {
			continue
		}
		body := c.render(d.key)
		h.byName[path.Base(d.Path)] = newResponse(d.contentType, body, c.lastModified(d.key))
	}
	return h
}

func newResponse(contentType string, body []byte, lastMod time.Time) *response {
	sum := sha256.Sum256(body)
	tag := hex.EncodeToString(sum[:12])
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression) // header without name or time: deterministic
	zw.Write(body)
	zw.Close()
	return &response{
		contentType:  contentType,
		body:         body,
		gz:           buf.Bytes(),
		etag:         `"` + tag + `"`,
		gzETag:       `"` + tag + `-gz"`,
		lastModified: lastMod.UTC().Truncate(time.Second),
	}
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name := path.Base(r.URL.Path)
	if name == path.Base(BrokenPath) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusInternalServerError)
		if r.Method == http.MethodGet {
			fmt.Fprint(w, "<!DOCTYPE html>\n<html lang=\"sv\"><head><title>500 Internal Server Error</title></head>\n"+
				"<body><h1>Internt serverfel</h1><p>Publiceringssystemet svarar inte. Försök igen senare.</p></body></html>\n")
		}
		return
	}
	res := h.byName[name]
	if name == path.Base(OPMLPath) {
		res = opmlResponse(r)
	}
	if res == nil {
		http.NotFound(w, r)
		return
	}

	hdr := w.Header()
	hdr.Set("Vary", "Accept-Encoding")
	hdr.Set("Cache-Control", "public, max-age=60")
	hdr.Set("Last-Modified", res.lastModified.Format(http.TimeFormat))
	body, etag := res.body, res.etag
	gz := acceptsGzip(r.Header.Get("Accept-Encoding"))
	if gz {
		body, etag = res.gz, res.gzETag
	}
	hdr.Set("ETag", etag)

	if inm := r.Header.Get("If-None-Match"); inm != "" {
		if etagMatch(inm, res.etag, res.gzETag) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	} else if ims := r.Header.Get("If-Modified-Since"); ims != "" {
		if t, err := http.ParseTime(ims); err == nil && !res.lastModified.After(t) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}

	hdr.Set("Content-Type", res.contentType)
	if gz {
		hdr.Set("Content-Encoding", "gzip")
	}
	hdr.Set("Content-Length", fmt.Sprint(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodGet {
		w.Write(body)
	}
}

// acceptsGzip reads an Accept-Encoding header; "gzip;q=0" refuses it.
func acceptsGzip(ae string) bool {
	for _, part := range strings.Split(ae, ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(coding), "gzip") {
			continue
		}
		q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}

// etagMatch is the weak comparison of If-None-Match against the
// representation's tags (plain and gzipped are the same content).
func etagMatch(header string, tags ...string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == "*" {
			return true
		}
		for _, tag := range tags {
			if t == tag {
				return true
			}
		}
	}
	return false
}

// opmlResponse lists the feeds with absolute URLs on the requested host.
func opmlResponse(r *http.Request) *response {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	base := scheme + "://" + r.Host
	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n<head>\n<title>Lägesbild – demoflöden</title>\n</head>\n<body>\n")
	for _, f := range feedDefs {
		typ := "rss"
		if strings.HasSuffix(f.Path, ".json") {
			typ = "json"
		} else if strings.HasSuffix(f.Path, ".atom") {
			typ = "atom"
		}
		fmt.Fprintf(&b, "<outline type=\"%s\" text=\"%s\" title=\"%s\" xmlUrl=\"%s\" category=\"%s\" outlet=\"%s\"/>\n",
			typ, esc(f.Title), esc(f.Title), esc(base+f.Path), f.Kind, esc(f.Outlet))
	}
	b.WriteString("</body>\n</opml>\n")
	return newResponse("text/x-opml; charset=utf-8", []byte(b.String()), time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC))
}
