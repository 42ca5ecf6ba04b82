package ingest

import (
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/microcosm-cc/bluemonday"
	"github.com/mmcdole/gofeed"
	ext "github.com/mmcdole/gofeed/extensions"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Bounds on what one item can carry into the database.
const (
	maxHTML  = 1 << 20
	maxText  = 200 << 10
	maxTitle = 1000
)

// NormalizeOptions say where a parsed document came from.
type NormalizeOptions struct {
	FeedURL string    // where the document was fetched from (after redirects): the base of last resort
	Kind    Kind      // the feed's kind; items are refined from it
	Outlet  string    // the feed's outlet
	Seen    time.Time // when the items were seen: the estimated date of an item without one
	// Yield, when set, is called every yieldEvery items: it may wait while
	// people are being answered (IngesterOptions.Yield).
	Yield func()
}

// yieldEvery is how many items are normalised between two yields: about
// 5 ms of CPU.
const yieldEvery = 25

// NormalizeFeed turns every item of a parsed feed into an Article. Items of a
// broken CMS that gives every item the same guid are told apart by their
// canonical link.
func NormalizeFeed(doc *gofeed.Feed, o NormalizeOptions) []Article {
	if doc == nil {
		return nil
	}
	base := parseBase(o.FeedURL)
	if doc.Link != "" {
		if u := resolve(base, doc.Link); u != nil && (u.Scheme == "http" || u.Scheme == "https") {
			base = u
		}
	}
	feedAuthor := ""
	if len(doc.Authors) > 0 && doc.Authors[0] != nil {
		feedAuthor = doc.Authors[0].Name
	}
	out := make([]Article, 0, len(doc.Items))
	guids := make(map[string]int, len(doc.Items))
	for i, it := range doc.Items {
		if it == nil {
			continue
		}
		if o.Yield != nil && i%yieldEvery == yieldEvery-1 {
			o.Yield()
		}
		a := normalizeItem(it, base, feedAuthor, o)
		guids[a.GUID]++
		out = append(out, a)
	}
	for i := range out {
		if guids[out[i].GUID] > 1 && out[i].URL != "" {
			out[i].GUID = out[i].URL
		}
	}
	return out
}

func parseBase(s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return nil
	}
	return u
}

func resolve(base *url.URL, ref string) *url.URL {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return nil
	}
	u, err := url.Parse(ref)
	if err != nil {
		return nil
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	return u
}

func normalizeItem(it *gofeed.Item, feedBase *url.URL, feedAuthor string, o NormalizeOptions) Article {
	seen := o.Seen.UTC().Truncate(time.Microsecond)
	if o.Seen.IsZero() {
		seen = time.Now().UTC().Truncate(time.Microsecond)
	}
	a := Article{Outlet: o.Outlet}

	link := it.Link
	if link == "" && len(it.Links) > 0 {
		link = it.Links[0]
	}
	if link == "" && (strings.HasPrefix(it.GUID, "http://") || strings.HasPrefix(it.GUID, "https://")) {
		link = it.GUID
	}
	base := feedBase
	if u := resolve(feedBase, link); u != nil && (u.Scheme == "http" || u.Scheme == "https") {
		base = u
		a.URL = CanonicalURL(u.String())
	}

	a.Title = truncateRunes(PlainText(it.Title), maxTitle)
	a.Summary = truncateHTML(SanitizeHTML(it.Description, base))
	a.Content = truncateHTML(SanitizeHTML(it.Content, base))
	summaryText, contentText := PlainText(a.Summary), PlainText(a.Content)
	if summaryText == contentText || (summaryText != "" && strings.HasPrefix(contentText, summaryText)) {
		summaryText = ""
	}
	if contentText == "" && a.Summary == a.Content {
		a.Content = ""
	}
	body := joinNonEmpty(" ", summaryText, contentText)
	a.Text = truncateRunes(joinNonEmpty(" ", a.Title, body), maxText/4)
	if a.Title == "" {
		a.Title = truncateRunes(firstWords(body, 120), maxTitle)
		a.Text = truncateRunes(body, maxText/4)
	}

	a.Author = itemAuthor(it, feedAuthor)
	cats := itemCategories(it)
	a.Categories = strings.Join(cats, "; ")
	a.ImageURL = itemImage(it, base, a.Content, a.Summary)

	switch {
	case it.PublishedParsed != nil && plausibleDate(*it.PublishedParsed):
		a.PublishedAt = it.PublishedParsed.UTC()
	case it.UpdatedParsed != nil && plausibleDate(*it.UpdatedParsed):
		a.PublishedAt = it.UpdatedParsed.UTC()
	}
	// A date more than a day ahead is a CMS error, not news from tomorrow:
	// treated as no date.
	if a.PublishedAt.IsZero() || a.PublishedAt.After(seen.Add(24*time.Hour)) {
		a.PublishedAt, a.PublishedEstimated = seen, true
	}
	a.PublishedAt = a.PublishedAt.Truncate(time.Microsecond)

	a.Kind = ClassifyKind(o.Kind, cats, a.URL, a.Title)
	a.GUID = strings.TrimSpace(it.GUID)
	if a.GUID == "" {
		a.GUID = a.URL
	}
	a.ContentHash = HashContent(&a)
	if a.GUID == "" {
		a.GUID = "hash:" + a.ContentHash
	}
	a.StoryKey, a.StorySig = StoryFingerprint(a.Title, body)
	return a
}

func plausibleDate(t time.Time) bool { return t.Year() >= 1995 }

func joinNonEmpty(sep string, parts ...string) string {
	var b strings.Builder
	for _, p := range parts {
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(p)
	}
	return b.String()
}

func firstWords(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n]
	if i := strings.LastIndexByte(string(r), ' '); i > n/2 {
		return string(r)[:i] + "…"
	}
	return string(r) + "…"
}

func truncateHTML(s string) string {
	if len(s) <= maxHTML {
		return s
	}
	// Cutting sanitised HTML can leave an open tag; a second pass closes it.
	cut := s[:maxHTML]
	for !utf8.ValidString(cut) {
		cut = cut[:len(cut)-1]
	}
	return policy().Sanitize(cut)
}

func itemAuthor(it *gofeed.Item, feedAuthor string) string {
	var names []string
	for _, p := range it.Authors {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			names = append(names, PlainText(p.Name))
		}
	}
	if len(names) == 0 && it.Author != nil && it.Author.Name != "" {
		names = append(names, PlainText(it.Author.Name))
	}
	if len(names) == 0 && it.DublinCoreExt != nil {
		for _, c := range it.DublinCoreExt.Creator {
			if c = PlainText(c); c != "" {
				names = append(names, c)
			}
		}
	}
	if len(names) == 0 && it.ITunesExt != nil && it.ITunesExt.Author != "" {
		names = append(names, PlainText(it.ITunesExt.Author))
	}
	if len(names) == 0 && feedAuthor != "" {
		names = append(names, PlainText(feedAuthor))
	}
	return truncateRunes(strings.Join(names, ", "), maxAuthor)
}

func itemCategories(it *gofeed.Item) []string {
	raw := append([]string(nil), it.Categories...)
	if it.DublinCoreExt != nil {
		raw = append(raw, it.DublinCoreExt.Subject...)
	}
	var out []string
	seen := map[string]bool{}
	for _, c := range raw {
		c = truncateRunes(PlainText(c), 100)
		k := strings.ToLower(c)
		if c == "" || seen[k] || len(out) >= 30 {
			continue
		}
		seen[k] = true
		out = append(out, c)
	}
	return out
}

func itemImage(it *gofeed.Item, base *url.URL, htmls ...string) string {
	var cands []string
	if it.Image != nil {
		cands = append(cands, it.Image.URL)
	}
	for _, e := range it.Enclosures {
		if e != nil && (strings.HasPrefix(e.Type, "image/") || (e.Type == "" && looksLikeImage(e.URL))) {
			cands = append(cands, e.URL)
		}
	}
	if media, ok := it.Extensions["media"]; ok {
		for _, name := range []string{"content", "thumbnail", "group"} {
			for _, e := range media[name] {
				cands = append(cands, mediaImages(e)...)
			}
		}
	}
	if it.ITunesExt != nil {
		cands = append(cands, it.ITunesExt.Image)
	}
	for _, h := range htmls {
		cands = append(cands, firstImgSrc(h))
	}
	for _, c := range cands {
		if u := resolve(base, c); u != nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			if s := u.String(); len(s) <= maxArticleURL {
				return s
			}
		}
	}
	return ""
}

func mediaImages(e ext.Extension) []string {
	var out []string
	switch e.Name {
	case "content":
		if e.Attrs["medium"] == "image" || strings.HasPrefix(e.Attrs["type"], "image/") ||
			(e.Attrs["medium"] == "" && e.Attrs["type"] == "" && looksLikeImage(e.Attrs["url"])) {
			out = append(out, e.Attrs["url"])
		}
	case "thumbnail":
		out = append(out, e.Attrs["url"])
	}
	for _, children := range e.Children {
		for _, c := range children {
			out = append(out, mediaImages(c)...)
		}
	}
	return out
}

func looksLikeImage(s string) bool {
	s = strings.ToLower(s)
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		s = s[:i]
	}
	for _, suffix := range []string{".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"} {
		if strings.HasSuffix(s, suffix) {
			return true
		}
	}
	return false
}

func firstImgSrc(h string) string {
	if !strings.Contains(h, "<img") {
		return ""
	}
	z := html.NewTokenizer(strings.NewReader(h))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			t := z.Token()
			if t.DataAtom == atom.Img {
				for _, at := range t.Attr {
					if at.Key == "src" {
						return at.Val
					}
				}
			}
		}
	}
}

var (
	policyOnce sync.Once
	thePolicy  *bluemonday.Policy
)

// policy is the allow-list feed HTML is sanitised with: bluemonday's UGC
// policy (no script, style, iframe, form, event handler or style attribute;
// URLs only http, https and mailto, parseable) with links opening in a new
// tab without referrer.
func policy() *bluemonday.Policy {
	policyOnce.Do(func() {
		p := bluemonday.UGCPolicy()
		p.AllowURLSchemes("http", "https", "mailto")
		p.RequireParseableURLs(true)
		p.AllowRelativeURLs(true)
		p.RequireNoFollowOnLinks(true)
		p.RequireNoReferrerOnLinks(true)
		p.AddTargetBlankToFullyQualifiedLinks(true)
		thePolicy = p
	})
	return thePolicy
}

// SanitizeHTML makes feed HTML safe to store and show: everything outside
// the allow-list is removed, and relative links and image sources are made
// absolute against base (the item's link or the feed's).
func SanitizeHTML(s string, base *url.URL) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	clean := strings.TrimSpace(policy().Sanitize(s))
	if base == nil || !strings.ContainsAny(clean, "<") {
		return clean
	}
	return resolveLinks(clean, base)
}

var urlAttrs = map[string]bool{"href": true, "src": true, "cite": true}

// resolveLinks rewrites href, src and cite of sanitised HTML to absolute
// URLs. Resolving against an http(s) base cannot create a new scheme, so the
// output is as safe as the input.
func resolveLinks(h string, base *url.URL) string {
	z := html.NewTokenizer(strings.NewReader(h))
	var b strings.Builder
	b.Grow(len(h) + 64)
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return b.String()
		case html.StartTagToken, html.SelfClosingTagToken:
			t := z.Token()
			changed := false
			for i, at := range t.Attr {
				if !urlAttrs[at.Key] {
					continue
				}
				if u := resolve(base, at.Val); u != nil && u.Scheme != "" {
					if (u.Scheme == "http" || u.Scheme == "https" || u.Scheme == "mailto") && u.String() != at.Val {
						t.Attr[i].Val = u.String()
						changed = true
					}
				}
			}
			if changed {
				b.WriteString(t.String())
			} else {
				b.Write(z.Raw())
			}
		default:
			b.Write(z.Raw())
		}
	}
}

var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Br: true, atom.Div: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Tr: true,
	atom.Td: true, atom.Th: true, atom.Table: true, atom.Blockquote: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Hr: true, atom.Pre: true,
	atom.Figure: true, atom.Figcaption: true, atom.Section: true, atom.Article: true, atom.Dd: true, atom.Dt: true,
}

var skipTags = map[atom.Atom]bool{atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Object: true, atom.Svg: true, atom.Math: true, atom.Head: true, atom.Title: true}

// PlainText is the readable text of an HTML fragment, for the index and for
// titles: tags dropped (with the content of script and style), entities
// decoded, whitespace collapsed.
func PlainText(s string) string {
	if s == "" {
		return ""
	}
	if !strings.ContainsAny(s, "<&") {
		return collapseSpace(s)
	}
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	b.Grow(len(s))
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return collapseSpace(b.String())
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if skipTags[a] {
				skip++
			} else if blockTags[a] {
				b.WriteByte(' ')
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if skipTags[a] && skip > 0 {
				skip--
			} else if blockTags[a] {
				b.WriteByte(' ')
			}
		case html.SelfClosingTagToken:
			name, _ := z.TagName()
			if blockTags[atom.Lookup(name)] {
				b.WriteByte(' ')
			}
		}
	}
}

func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c <= ' ' || c == 0x7f {
				space = b.Len() > 0
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte(c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || unicode.IsControl(r) || r == utf8.RuneError {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteString(s[i-size : i])
	}
	return b.String()
}

// trackingParams are query parameters that say who sent the reader, not
// what they read.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "gclsrc": true, "dclid": true, "gbraid": true, "wbraid": true, "msclkid": true,
	"mc_cid": true, "mc_eid": true, "ref": true, "ref_src": true, "ref_url": true, "referrer": true, "igshid": true,
	"yclid": true, "_ga": true, "_gl": true, "_hsenc": true, "_hsmi": true, "mkt_tok": true, "s_cid": true,
	"cmpid": true, "icid": true, "ocid": true, "xtor": true, "at_medium": true, "at_campaign": true,
	"at_source": true, "twclid": true, "ttclid": true, "li_fat_id": true, "vero_id": true, "wt.mc_id": true,
	"spm": true, "sr_share": true,
}

// CanonicalURL is the form of an article URL used to recognise the same
// article again: scheme and host in lower case, default port and fragment
// dropped, tracking parameters (utm_*, fbclid, gclid, mc_cid, mc_eid, ref…)
// removed and the rest sorted. Anything but an absolute http(s) URL gives "".
func CanonicalURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return ""
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" {
		return ""
	}
	host, port := strings.ToLower(u.Hostname()), u.Port()
	host = strings.TrimSuffix(host, ".")
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	if port != "" {
		host += ":" + port
	}
	u.Host = host
	u.User = nil
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" {
		u.Path = "/"
	}
	if u.RawQuery != "" {
		q, err := url.ParseQuery(u.RawQuery)
		if err != nil {
			q = url.Values{}
		}
		for k := range q {
			lk := strings.ToLower(k)
			if trackingParams[lk] || strings.HasPrefix(lk, "utm_") || strings.HasPrefix(lk, "ns_") ||
				strings.HasPrefix(lk, "pk_") || strings.HasPrefix(lk, "mtm_") {
				delete(q, k)
			}
		}
		for _, vs := range q {
			sort.Strings(vs)
		}
		u.RawQuery = q.Encode()
	}
	u.ForceQuery = false
	s := u.String()
	if len(s) > maxArticleURL {
		return ""
	}
	return s
}

// opinionWords mark opinion journalism in Swedish outlets' categories and
// title prefixes ("Ledare", "DEBATT:"); opinionPaths the same in URL paths,
// where outlets write them without å, ä, ö.
var (
	opinionWords = setOf("ledare", "ledarsidan", "ledarsida", "huvudledare", "ledarkrönika", "debatt",
		"debattartikel", "debattinlägg", "replik", "slutreplik", "krönika", "krönikor", "kronika", "kronikor",
		"gästkrönika", "krönikör", "kultur", "kulturdebatt", "insändare", "insändarsidan", "insandare",
		"signerat", "opinion", "åsikt", "åsikter", "kolumn", "kolumnen", "essä", "under strecket")
	opinionPaths = setOf("ledare", "ledarsidan", "ledarsida", "ledarblogg", "debatt", "debattartiklar", "replik",
		"kronika", "kronikor", "kronikorer", "kultur", "kulturdebatt", "opinion", "opinions", "insandare",
		"insandarsidan", "asikt", "asikter", "signerat", "kolumn", "kolumner", "kolumnister", "essa")
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// ClassifyKind refines a feed's kind for one item: a news feed's item is
// opinion when a category, its URL path or a title prefix says Ledare,
// Debatt, Krönika, Kultur, Insändare, Signerat, Opinion… An opinion feed
// stays opinion and an own feed stays own: the organisation's channels are
// never counted as coverage.
func ClassifyKind(feedKind Kind, categories []string, link, title string) Kind {
	if feedKind == KindOwn || feedKind == KindOpinion {
		return feedKind
	}
	if feedKind == "" || !feedKind.Valid() {
		feedKind = KindNews
	}
	for _, c := range categories {
		lc := strings.ToLower(strings.TrimSpace(c))
		if opinionWords[lc] {
			return KindOpinion
		}
		for _, w := range strings.FieldsFunc(lc, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if opinionWords[w] {
				return KindOpinion
			}
		}
	}
	if u, err := url.Parse(link); err == nil && link != "" {
		for _, seg := range strings.Split(strings.ToLower(u.Path), "/") {
			if opinionPaths[seg] || opinionPaths[foldSwedish(seg)] {
				return KindOpinion
			}
		}
	}
	if i := strings.IndexAny(title, ":|–"); i > 0 && i < 30 {
		if opinionWords[strings.ToLower(strings.TrimSpace(title[:i]))] {
			return KindOpinion
		}
	}
	return feedKind
}

var swedishFolder = strings.NewReplacer("å", "a", "ä", "a", "ö", "o", "é", "e")

func foldSwedish(s string) string { return swedishFolder.Replace(s) }
