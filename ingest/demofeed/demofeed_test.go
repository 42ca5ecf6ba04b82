package demofeed

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html/charset"
)

var testNow = time.Date(2024, 11, 19, 16, 45, 0, 0, time.UTC)

func get(t *testing.T, h http.Handler, path string, hdr map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, path, nil)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestEveryFeedAnswers(t *testing.T) {
	h := Handler(testNow)
	feeds := Feeds()
	if len(feeds) < 8 {
		t.Fatalf("only %d feeds", len(feeds))
	}
	seen := map[string]bool{}
	for _, f := range feeds {
		if seen[f.Path] {
			t.Errorf("path %s listed twice", f.Path)
		}
		seen[f.Path] = true
		if !strings.HasPrefix(f.Path, Prefix) {
			t.Errorf("%s is not under %s", f.Path, Prefix)
		}
		if f.Kind != "news" && f.Kind != "opinion" && f.Kind != "own" {
			t.Errorf("%s: kind %q", f.Path, f.Kind)
		}
		rec := get(t, h, f.Path, nil)
		if f.Path == BrokenPath {
			if rec.Code != http.StatusInternalServerError {
				t.Errorf("broken feed answered %d", rec.Code)
			}
			continue
		}
		if rec.Code != http.StatusOK {
			t.Errorf("%s answered %d", f.Path, rec.Code)
		}
		ct := rec.Header().Get("Content-Type")
		if ct == "" || rec.Header().Get("ETag") == "" || rec.Header().Get("Last-Modified") == "" {
			t.Errorf("%s: headers %v", f.Path, rec.Header())
		}
		if strings.HasSuffix(f.Path, ".json") != strings.Contains(ct, "json") {
			t.Errorf("%s: content type %s", f.Path, ct)
		}
	}
	if rec := get(t, h, Prefix+"finns-inte.xml", nil); rec.Code != http.StatusNotFound {
		t.Errorf("unknown path answered %d", rec.Code)
	}
	// Behind http.StripPrefix the last path element still finds the feed.
	strip := http.StripPrefix("/demo/feeds", h)
	if rec := get(t, strip, Prefix+"radio-vast.atom", nil); rec.Code != http.StatusOK {
		t.Errorf("behind StripPrefix: %d", rec.Code)
	}
	rec := get(t, h, OPMLPath, nil)
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `xmlUrl="http://example.com/demo/feeds/vastsvenska-dagbladet.xml"`) {
		t.Errorf("OPML: %d %s", rec.Code, rec.Body.String())
	}
}

// parseAll fetches every working feed over HTTP, as the ingest will, and
// parses it with gofeed.
func parseAll(t *testing.T) map[string]*gofeed.Feed {
	t.Helper()
	srv := httptest.NewServer(Handler(testNow))
	t.Cleanup(srv.Close)
	out := map[string]*gofeed.Feed{}
	for _, f := range Feeds() {
		resp, err := http.Get(srv.URL + f.Path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if f.Path == BrokenPath {
			if resp.StatusCode != http.StatusInternalServerError {
				t.Errorf("broken feed: %d", resp.StatusCode)
			}
			if _, err := gofeed.NewParser().Parse(bytes.NewReader(body)); err == nil {
				t.Errorf("the broken feed's body parses as a feed")
			}
			continue
		}
		feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
		if err != nil {
			t.Fatalf("%s: %v", f.Path, err)
		}
		out[f.Path] = feed
	}
	return out
}

func TestFeedsParseWithGofeed(t *testing.T) {
	parsed := parseAll(t)
	total := 0
	outlets := map[string]int{}
	kinds := map[string]int{}
	for _, f := range Feeds() {
		feed := parsed[f.Path]
		if feed == nil {
			continue
		}
		if len(feed.Items) < 25 {
			t.Errorf("%s: only %d items", f.Path, len(feed.Items))
		}
		total += len(feed.Items)
		outlets[f.Outlet] += len(feed.Items)
		kinds[f.Kind] += len(feed.Items)
		for _, it := range feed.Items {
			if it.Title == "" || it.Link == "" || (it.Description == "" && it.Content == "") {
				t.Errorf("%s: incomplete item %+v", f.Path, it)
			}
			if !strings.HasPrefix(it.Link, "https://") {
				t.Errorf("%s: link %q is not absolute", f.Path, it.Link)
			}
		}
	}
	t.Logf("items: %d; by outlet %v; by kind %v", total, outlets, kinds)
	if total < 300 {
		t.Errorf("only %d items in all", total)
	}
	if len(outlets) < 6 {
		t.Errorf("only %d outlets", len(outlets))
	}
	if kinds["news"] == 0 || kinds["opinion"] == 0 || kinds["own"] == 0 {
		t.Errorf("kinds: %v", kinds)
	}
}

func TestQuirks(t *testing.T) {
	parsed := parseAll(t)

	// Atom: xml:base and relative links, resolved by the parser.
	rv := parsed[Prefix+"radio-vast.atom"]
	if rv.FeedType != "atom" {
		t.Errorf("Radio Väst is %s", rv.FeedType)
	}
	local := 0
	for _, it := range rv.Items {
		if !strings.HasPrefix(it.Link, "https://radiovast.example/") {
			t.Errorf("atom link %q not resolved against xml:base", it.Link)
		}
		if strings.HasPrefix(it.Link, "https://radiovast.example/lokalt/kuststaden/") {
			local++
		}
	}
	raw := get(t, Handler(testNow), Prefix+"radio-vast.atom", nil).Body.String()
	updatedOnly := strings.Count(raw, "<entry") - strings.Count(raw, "<published>")
	if local == 0 || updatedOnly == 0 {
		t.Errorf("atom: %d entries under the nested xml:base, %d with only <updated>", local, updatedOnly)
	}

	// JSON Feed 1.1, some items with only date_modified.
	nbn := parsed[Prefix+"nyhetsbyran-norden.json"]
	if nbn.FeedType != "json" || !strings.HasSuffix(nbn.FeedVersion, "1.1") {
		t.Errorf("NBN: %s %s", nbn.FeedType, nbn.FeedVersion)
	}
	modOnly := 0
	for _, it := range nbn.Items {
		if it.PublishedParsed == nil && it.UpdatedParsed != nil {
			modOnly++
		}
	}
	if modOnly == 0 {
		t.Error("no JSON item with only date_modified")
	}

	// Kuststaden Nu: missing dates and a guid repeated by the broken CMS.
	kn := parsed[Prefix+"kuststaden-nu.xml"]
	noDate := 0
	guids := map[string]map[string]bool{}
	for _, it := range kn.Items {
		if it.PublishedParsed == nil && it.UpdatedParsed == nil {
			noDate++
		}
		if guids[it.GUID] == nil {
			guids[it.GUID] = map[string]bool{}
		}
		guids[it.GUID][it.Link] = true
	}
	if noDate == 0 {
		t.Error("Kuststaden Nu: no item without a date")
	}
	repeated := false
	for _, links := range guids {
		repeated = repeated || len(links) >= 3
	}
	if !repeated {
		t.Error("Kuststaden Nu: no guid shared by several items with different links")
	}

	// Dangerous HTML to strip, tracking parameters, opinion markers.
	vd := parsed[Prefix+"vastsvenska-dagbladet.xml"]
	var html strings.Builder
	for _, it := range vd.Items {
		html.WriteString(it.Description + it.Content)
	}
	for _, s := range []string{"<script", "onerror=", "javascript:", "<iframe"} {
		if !strings.Contains(html.String(), s) {
			t.Errorf("VD's HTML has no %s", s)
		}
	}
	if !strings.Contains(vd.Items[0].Link, "utm_source=") {
		t.Errorf("VD link without tracking parameters: %s", vd.Items[0].Link)
	}
	cats := map[string]bool{}
	paths := map[string]bool{}
	for _, p := range []string{Prefix + "vd-ledare-debatt.xml", Prefix + "dagens-debatt.xml", Prefix + "sjukvardsbladet.xml", Prefix + "kuststaden-nu.xml"} {
		for _, it := range parsed[p].Items {
			for _, c := range it.Categories {
				cats[c] = true
			}
			for _, seg := range []string{"/ledare/", "/debatt/", "/kronika/", "/insandare/"} {
				if strings.Contains(it.Link, seg) {
					paths[seg] = true
				}
			}
		}
	}
	for _, c := range []string{"Ledare", "Debatt", "Krönika", "Insändare"} {
		if !cats[c] {
			t.Errorf("no opinion item with category %s", c)
		}
	}
	if !paths["/ledare/"] || !paths["/debatt/"] {
		t.Errorf("opinion URL paths: %v", paths)
	}
	// Opinion inside news feeds, recognisable only by category and path.
	found := false
	for _, it := range parsed[Prefix+"sjukvardsbladet.xml"].Items {
		found = found || (strings.Contains(it.Link, "/kronika/") && len(it.Categories) > 0 && it.Categories[0] == "Krönika")
	}
	if !found {
		t.Error("no krönika in the trade-press news feed")
	}

	// The organisation's own channel dates its items with dc:date.
	own := parsed[Prefix+"region-vastkust.xml"]
	for _, it := range own.Items {
		if it.PublishedParsed == nil {
			t.Fatalf("own item without a parsed dc:date: %s", it.Title)
		}
	}
}

func TestWireDuplicates(t *testing.T) {
	c := build(testNow)
	byTitle := map[string][]*item{}
	for _, k := range feedKeys() {
		for _, it := range c.feeds[k] {
			byTitle[it.title] = append(byTitle[it.title], it)
		}
	}
	groups := 0
	for title, its := range byTitle {
		if len(its) == 1 {
			continue
		}
		feeds := map[string]bool{}
		nbn := 0
		for _, it := range its {
			feeds[it.feed] = true
			if it.feed == "nbn" {
				nbn++
			}
			if it.feed != "nbn" && !it.wire {
				t.Errorf("title %q repeated outside the wire copies", title)
			}
		}
		if nbn != 1 || len(feeds) != len(its) {
			t.Errorf("title %q: %d items in %d feeds", title, len(its), len(feeds))
		}
		if len(its) == 3 {
			groups++
		}
	}
	if groups < 5 {
		t.Errorf("only %d wire stories appear in both other outlets", groups)
	}
	// No two items identical, the copies included.
	bodies := map[string]bool{}
	for _, k := range feedKeys() {
		for _, it := range c.feeds[k] {
			key := it.title + "\x00" + strings.Join(it.paras, "\n")
			if bodies[key] {
				t.Errorf("identical items: %q", it.title)
			}
			bodies[key] = true
		}
	}
}

func TestStoriesAreWellFormed(t *testing.T) {
	for i, st := range stories {
		own := 0
		for _, l := range st.outlets {
			if outletKeys[byte(l)] == "" {
				t.Errorf("story %d: unknown outlet %c", i, l)
			}
			if l >= 'a' {
				own++
			}
		}
		if own > len(st.heads) {
			t.Errorf("story %d (%s): %d own versions but %d headlines", i, st.heads[0], own, len(st.heads))
		}
		hasN := strings.ContainsRune(st.outlets, 'n')
		if (strings.ContainsAny(st.outlets, "VK")) && !hasN {
			t.Errorf("story %d: wire copy without a wire story", i)
		}
		if strings.Contains(st.outlets, "v") && strings.Contains(st.outlets, "V") ||
			strings.Contains(st.outlets, "k") && strings.Contains(st.outlets, "K") {
			t.Errorf("story %d: an outlet prints both its own version and the wire copy", i)
		}
		if st.day < 0 || st.day >= days || len(st.ledes) == 0 {
			t.Errorf("story %d: day %d, %d ledes", i, st.day, len(st.ledes))
		}
	}
}

func TestISO88591Feed(t *testing.T) {
	h := Handler(testNow)
	rec := get(t, h, Prefix+"sjukvardsbladet.xml", nil)
	body := rec.Body.Bytes()
	if utf8.Valid(body) {
		t.Fatal("the ISO-8859-1 feed is valid UTF-8")
	}
	if !bytes.HasPrefix(body, []byte(`<?xml version="1.0" encoding="ISO-8859-1"?>`)) {
		t.Errorf("prolog: %q", body[:60])
	}
	if strings.Contains(rec.Header().Get("Content-Type"), "charset") {
		t.Errorf("the header should leave the charset to the prolog: %s", rec.Header().Get("Content-Type"))
	}
	for _, b := range []byte{0xE5, 0xE4, 0xF6} { // å ä ö
		if !bytes.Contains(body, []byte{b}) {
			t.Errorf("no byte %#x", b)
		}
	}
	r, err := charset.NewReaderLabel("ISO-8859-1", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	dec, _ := io.ReadAll(r)
	text := string(dec)
	for _, w := range []string{"Sjukvårdsbladet", "återgången", "journalsystemet", "sjuksköterskor", "å", "ä", "ö", "Å", "Ö"} {
		if !strings.Contains(text, w) {
			t.Errorf("decoded feed lacks %q", w)
		}
	}
	if strings.Contains(text, "Ã") {
		t.Error("double-encoded text in the ISO-8859-1 feed")
	}
	// gofeed decodes it by itself, from the prolog.
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if feed.Title != "Sjukvårdsbladet" || !utf8.ValidString(feed.Items[0].Title) {
		t.Errorf("gofeed read title %q", feed.Title)
	}
}

func TestDeterministic(t *testing.T) {
	a, b := Handler(testNow), Handler(testNow.In(time.FixedZone("X", 5*3600)))
	later := Handler(testNow.Add(24 * time.Hour))
	for _, f := range Feeds() {
		ra, rb := get(t, a, f.Path, nil), get(t, b, f.Path, nil)
		if !bytes.Equal(ra.Body.Bytes(), rb.Body.Bytes()) || ra.Header().Get("ETag") != rb.Header().Get("ETag") {
			t.Errorf("%s differs between two handlers for the same now", f.Path)
		}
		gz := map[string]string{"Accept-Encoding": "gzip"}
		if !bytes.Equal(get(t, a, f.Path, gz).Body.Bytes(), get(t, b, f.Path, gz).Body.Bytes()) {
			t.Errorf("%s: gzipped bodies differ", f.Path)
		}
		if f.Path != BrokenPath && bytes.Equal(ra.Body.Bytes(), get(t, later, f.Path, nil).Body.Bytes()) {
			t.Errorf("%s does not move with now", f.Path)
		}
	}
}

func TestConditionalGET(t *testing.T) {
	h := Handler(testNow)
	for _, f := range Feeds() {
		if f.Path == BrokenPath {
			continue
		}
		first := get(t, h, f.Path, nil)
		etag, lm := first.Header().Get("ETag"), first.Header().Get("Last-Modified")
		if rec := get(t, h, f.Path, map[string]string{"If-None-Match": etag}); rec.Code != http.StatusNotModified || rec.Body.Len() != 0 {
			t.Errorf("%s: If-None-Match answered %d", f.Path, rec.Code)
		}
		if rec := get(t, h, f.Path, map[string]string{"If-None-Match": `"other", W/` + etag}); rec.Code != http.StatusNotModified {
			t.Errorf("%s: weak If-None-Match in a list answered %d", f.Path, rec.Code)
		}
		if rec := get(t, h, f.Path, map[string]string{"If-None-Match": `"stale"`}); rec.Code != http.StatusOK {
			t.Errorf("%s: stale If-None-Match answered %d", f.Path, rec.Code)
		}
		if rec := get(t, h, f.Path, map[string]string{"If-Modified-Since": lm}); rec.Code != http.StatusNotModified {
			t.Errorf("%s: If-Modified-Since answered %d", f.Path, rec.Code)
		}
		old := testNow.Add(-30 * 24 * time.Hour).Format(http.TimeFormat)
		if rec := get(t, h, f.Path, map[string]string{"If-Modified-Since": old}); rec.Code != http.StatusOK {
			t.Errorf("%s: old If-Modified-Since answered %d", f.Path, rec.Code)
		}
		// The gzipped variant has its own tag; either revalidates.
		gz := get(t, h, f.Path, map[string]string{"Accept-Encoding": "gzip"})
		if gz.Header().Get("Content-Encoding") != "gzip" || gz.Header().Get("ETag") == etag {
			t.Errorf("%s: gzip headers %v", f.Path, gz.Header())
		}
		if rec := get(t, h, f.Path, map[string]string{"Accept-Encoding": "gzip", "If-None-Match": etag}); rec.Code != http.StatusNotModified {
			t.Errorf("%s: gzip revalidation answered %d", f.Path, rec.Code)
		}
	}
	// Through a real client and server too.
	srv := httptest.NewServer(h)
	defer srv.Close()
	path := srv.URL + Feeds()[0].Path
	resp, err := http.Get(path)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	req, _ := http.NewRequest(http.MethodGet, path, nil)
	req.Header.Set("If-None-Match", resp.Header.Get("ETag"))
	resp2, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp2.Body.Close()
	if resp2.StatusCode != http.StatusNotModified {
		t.Errorf("conditional GET over HTTP answered %d", resp2.StatusCode)
	}
}

func TestTimes(t *testing.T) {
	loc := stockholm()
	for _, now := range []time.Time{
		testNow,
		time.Date(2025, 3, 31, 4, 30, 0, 0, loc), // before dawn, just after the change to summer time
		time.Date(2025, 10, 27, 7, 10, 0, 0, loc),
		time.Date(2026, 6, 1, 23, 59, 0, 0, loc),
	} {
		c := build(now)
		total := 0
		perDay := make([]int, days)
		for _, k := range feedKeys() {
			for _, it := range c.feeds[k] {
				total++
				perDay[it.day]++
				if it.at.After(now) || it.updated.After(now) {
					t.Errorf("%v: %s %q published after now (%v)", now, k, it.title, it.at)
				}
				if it.at.Before(now.Add(-days * 24 * time.Hour)) {
					t.Errorf("%v: %q older than three weeks (%v)", now, it.title, it.at)
				}
				if h := it.at.In(loc).Hour(); h < 6 || h > 22 {
					t.Errorf("%v: %q at %v, outside daytime", now, it.title, it.at.In(loc))
				}
				if it.after != nil && it.at.Before(it.after.at) {
					t.Errorf("wire copy %q before its original", it.title)
				}
			}
		}
		if total < 300 {
			t.Errorf("%v: %d items", now, total)
		}
		// The peak is in the second week.
		week := func(w int) (n int) {
			for d := 7 * w; d < 7*w+7; d++ {
				n += perDay[d]
			}
			return
		}
		if week(1) <= week(0) || week(1) <= week(2) {
			t.Errorf("%v: weeks %d %d %d, no peak in the second", now, week(0), week(1), week(2))
		}
	}
}

var hostRE = regexp.MustCompile(`(?i)https?://([a-z0-9.-]+)`)

func TestOnlyInventedSites(t *testing.T) {
	h := Handler(testNow)
	for _, f := range Feeds() {
		body := get(t, h, f.Path, nil).Body.String()
		for _, m := range hostRE.FindAllStringSubmatch(body, -1) {
			host := strings.ToLower(m[1])
			if strings.HasSuffix(host, ".example") || isSpecHost(host) {
				continue
			}
			t.Errorf("%s links to %s", f.Path, host)
		}
	}
}

// isSpecHost allows the namespace and version URIs the formats require.
func isSpecHost(h string) bool {
	return h == "purl.org" || h == "search.yahoo.com" || h == "www.w3.org" || h == "jsonfeed.org"
}

func TestSwedishInflections(t *testing.T) {
	c := build(testNow)
	var all strings.Builder
	for _, k := range feedKeys() {
		for _, it := range c.feeds[k] {
			all.WriteString(strings.ToLower(it.title + " " + strings.Join(it.paras, " ") + " "))
		}
	}
	text := all.String()
	for _, w := range []string{
		"journalsystem ", "journalsystemet", "journalsystemen", "journalsystemets",
		"akutmottagning ", "akutmottagningen", "akutmottagningarna",
		"återgång ", "återgången", "granskningen", "personuppgiftsincidenten", "journalhaveriet",
		"ambulanserna", "sjuksköterskorna", "patienterna", "införandet", "auroras", "haverikommissionen",
	} {
		if !strings.Contains(text, w) {
			t.Errorf("no %q in the corpus", strings.TrimSpace(w))
		}
	}
}

// Every opinion piece carries the markers a classifier can use: an opinion
// category first and an opinion path in its link, also inside news feeds.
func TestOpinionMarkers(t *testing.T) {
	c := build(testNow)
	counts := map[string]int{}
	for _, k := range feedKeys() {
		for _, it := range c.feeds[k] {
			counts[k+"/"+it.kind]++
			if it.kind != "opinion" {
				if strings.Contains(it.link, "/ledare/") || strings.Contains(it.link, "/debatt/") {
					t.Errorf("%s: news item %q with an opinion path", k, it.title)
				}
				continue
			}
			if _, ok := sectionOf[it.cats[0]]; !ok {
				t.Errorf("%s: opinion item %q with categories %v", k, it.title, it.cats)
			}
			if !regexp.MustCompile(`/(ledare|debatt|kronika|insandare)/`).MatchString(it.link) {
				t.Errorf("%s: opinion item %q at %s", k, it.title, it.link)
			}
		}
	}
	t.Logf("items by feed and kind: %v", counts)
	if counts["svb/opinion"] == 0 || counts["kn/opinion"] == 0 {
		t.Errorf("no opinion inside the news feeds: %v", counts)
	}
}
