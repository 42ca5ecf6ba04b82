package demofeed

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// render writes one feed's body.
func (c *corpus) render(key string) []byte {
	switch key {
	case "vd":
		return c.rss(rssFeed{
			key: key, title: "Västsvenska Dagbladet – Nyheter", link: "https://vastsvenskadagbladet.example/nyheter/",
			desc: "Nyheter från Västhamn och hela Västkust", cdata: true, content: true, creator: true, image: true,
			descHTML: c.vdDescription, contentHTML: c.vdContent,
		})
	case "vdop":
		return c.rss(rssFeed{
			key: key, title: "VD Ledare & Debatt", link: "https://vastsvenskadagbladet.example/ledare/",
			desc: "Ledare, debatt, krönikor och insändare i Västsvenska Dagbladet", cdata: true, creator: true,
			descHTML: func(it *item) string { return paragraphs(it.paras) },
		})
	case "rv":
		return c.atom()
	case "nbn":
		return c.jsonFeed()
	case "svb":
		return latin1(c.rss(rssFeed{
			key: key, title: "Sjukvårdsbladet", link: "https://sjukvardsbladet.example/",
			desc: "Nyheter för dig som arbetar i vården", encoding: "ISO-8859-1", authorEmail: "redaktionen@sjukvardsbladet.example",
			descHTML: func(it *item) string { return paragraphs(it.paras) },
		}))
	case "kn":
		return c.rss(rssFeed{
			key: key, title: "Kuststaden Nu", link: "https://kuststadennu.example/",
			desc: "Lokala nyheter från Kuststaden, Strandby och Norrvik", creator: true,
			descHTML: c.knDescription,
		})
	case "dd":
		return c.rss(rssFeed{
			key: key, title: "Dagens Debatt", link: "https://dagensdebatt.example/?utm_source=rss",
			desc: "Debatt, krönikor och insändare", cdata: true, creator: true,
			descHTML: c.ddDescription,
		})
	case "own":
		return c.rss(rssFeed{
			key: key, title: "Region Västkust – nyheter", link: "https://regionvastkust.example/nyheter/",
			desc: "Pressmeddelanden och nyheter från Region Västkust", creator: true, dcDate: true,
			descHTML: func(it *item) string { return paragraphs(it.paras) },
		})
	}
	return nil
}

type rssFeed struct {
	key, title, link, desc string
	encoding               string // default UTF-8
	cdata                  bool   // HTML in CDATA sections rather than escaped
	content                bool   // content:encoded with the full text
	creator                bool   // dc:creator rather than <author>
	authorEmail            string // for <author>, which RSS wants as an address
	dcDate                 bool   // dc:date instead of pubDate
	image                  bool   // media:content
	descHTML, contentHTML  func(*item) string
}

func (c *corpus) rss(f rssFeed) []byte {
	enc := f.encoding
	if enc == "" {
		enc = "UTF-8"
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "<?xml version=\"1.0\" encoding=\"%s\"?>\n", enc)
	b.WriteString(`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">` + "\n<channel>\n")
	fmt.Fprintf(&b, "<title>%s</title>\n<link>%s</link>\n<description>%s</description>\n<language>sv-SE</language>\n", esc(f.title), esc(f.link), esc(f.desc))
	fmt.Fprintf(&b, "<lastBuildDate>%s</lastBuildDate>\n<generator>%s</generator>\n<ttl>15</ttl>\n", c.rfc822(c.lastModified(f.key)), generatorOf[f.key])
	for _, it := range c.feeds[f.key] {
		b.WriteString("<item>\n")
		fmt.Fprintf(&b, "<title>%s</title>\n<link>%s</link>\n", esc(it.title), esc(it.link))
		perma := ""
		if it.guid != it.link {
			perma = ` isPermaLink="false"`
		}
		fmt.Fprintf(&b, "<guid%s>%s</guid>\n", perma, esc(it.guid))
		switch {
		case it.noDate:
		case f.dcDate:
			fmt.Fprintf(&b, "<dc:date>%s</dc:date>\n", it.at.In(c.loc).Format(time.RFC3339))
		default:
			fmt.Fprintf(&b, "<pubDate>%s</pubDate>\n", c.rfc822(it.at))
		}
		if f.creator {
			fmt.Fprintf(&b, "<dc:creator>%s</dc:creator>\n", esc(it.author))
		} else if f.authorEmail != "" {
			fmt.Fprintf(&b, "<author>%s (%s)</author>\n", f.authorEmail, esc(it.author))
		}
		for _, cat := range it.cats {
			fmt.Fprintf(&b, "<category>%s</category>\n", esc(cat))
		}
		writeHTML(&b, "description", f.descHTML(it), f.cdata)
		if f.content && f.contentHTML != nil {
			writeHTML(&b, "content:encoded", f.contentHTML(it), true)
		}
		if f.image && it.id%3 == 0 {
			fmt.Fprintf(&b, "<media:content url=\"https://vastsvenskadagbladet.example/bilder/%d.jpg\" medium=\"image\" type=\"image/jpeg\" width=\"1200\" height=\"675\"/>\n", it.id)
		}
		b.WriteString("</item>\n")
	}
	b.WriteString("</channel>\n</rss>\n")
	return b.Bytes()
}

var generatorOf = map[string]string{
	"vd": "Tidningshuset Publish 7.2", "vdop": "Tidningshuset Publish 7.2", "svb": "MagasinCMS 3",
	"kn": "LokalPress 1.9 (beta)", "dd": "Debattforum 2", "own": "Region Västkust webbpublicering",
}

func writeHTML(b *bytes.Buffer, tag, html string, cdata bool) {
	if cdata {
		html = strings.ReplaceAll(html, "]]>", "]]]]><![CDATA[>")
		fmt.Fprintf(b, "<%s><![CDATA[%s]]></%s>\n", tag, html, tag)
		return
	}
	fmt.Fprintf(b, "<%s>%s</%s>\n", tag, esc(html), tag)
}

func (c *corpus) rfc822(t time.Time) string { return t.In(c.loc).Format(time.RFC1123Z) }

// Västsvenska Dagbladet's CMS adds tracking scripts, image fallbacks and
// share links to what it sends: all of it must be stripped by the sanitiser.
func (c *corpus) vdDescription(it *item) string {
	lede := "<p>" + escHTML(it.paras[0]) + "</p>"
	switch it.id % 4 {
	case 0:
		return lede + fmt.Sprintf(`<script>window.vd&&vd.track("art-%d")</script>`, it.id)
	case 1:
		return fmt.Sprintf(`<img src="https://vastsvenskadagbladet.example/bilder/%d.jpg" alt="" onerror="this.onerror=null;this.src='https://vastsvenskadagbladet.example/bilder/reserv.jpg';alert(document.domain)">`, it.id) + lede
	case 2:
		return lede + fmt.Sprintf(`<p><a href="javascript:vd.share('%d')">Dela artikeln</a></p>`, it.id)
	}
	return lede
}

func (c *corpus) vdContent(it *item) string {
	body := paragraphs(it.paras)
	switch it.id % 4 {
	case 0:
		return body + fmt.Sprintf("\n<script src=\"https://analys.vastsvenskadagbladet.example/t.js?a=%d\"></script>", it.id)
	case 1:
		return fmt.Sprintf(`<figure><img src="https://vastsvenskadagbladet.example/bilder/%d.jpg" alt="Strandby sjukhus" onerror="alert('xss')" onload="vd.lazy(this)"><figcaption>Strandby sjukhus. Foto: VD</figcaption></figure>`, it.id) + "\n" + body
	case 2:
		return body + "\n" + `<p><a href="javascript:alert('vd')" onclick="return vd.share(this)">Dela</a> · <a href="https://vastsvenskadagbladet.example/nyheter/?utm_source=rss&amp;utm_medium=feed">Fler nyheter</a></p>`
	}
	return body + "\n" + `<iframe src="https://annons.vastsvenskadagbladet.example/plats/2" width="300" height="250" style="border:0"></iframe><p style="font-weight:bold" onmouseover="vd.ad()">Annons</p>`
}

// Kuststaden Nu's CMS embeds widgets now and then.
func (c *corpus) knDescription(it *item) string {
	body := paragraphs(it.paras)
	switch it.seq % 6 {
	case 1:
		return body + "\n" + `<div class="kn-widget"><script src="https://embed.kuststadennu.example/widget.js"></script></div>`
	case 4:
		return `<img src="x" onerror="alert('kn')">` + body
	}
	return body
}

// Dagens Debatt adds share buttons with inline handlers.
func (c *corpus) ddDescription(it *item) string {
	body := paragraphs(it.paras)
	switch it.seq % 5 {
	case 0:
		return body + "\n" + `<p><a href="javascript:void(0)" onclick="dd.share('fb')">Dela</a></p>`
	case 2:
		return body + "\n" + `<p><a href="JaVaScRiPt:alert('dd')">Kommentera</a><img src="javascript:alert('dd')" alt=""></p>`
	case 3:
		return `<svg onload="alert('dd')"><title>Dagens Debatt</title></svg>` + "\n" + body
	}
	return body
}

// atom writes Radio Väst: xml:base on the feed, a relative xml:base on the
// local entries, and only relative links.
func (c *corpus) atom() []byte {
	var b bytes.Buffer
	b.WriteString("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
	b.WriteString(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv" xml:base="https://radiovast.example/nyheter/">` + "\n")
	b.WriteString("<title>Radio Väst – Nyheter</title>\n<subtitle>Nyheter från Radio Väst dygnet runt</subtitle>\n")
	b.WriteString("<id>tag:radiovast.example,2019:nyheter</id>\n")
	b.WriteString("<link rel=\"alternate\" type=\"text/html\" href=\"./\"/>\n<link rel=\"self\" type=\"application/atom+xml\" href=\"/flode/nyheter.atom\"/>\n")
	fmt.Fprintf(&b, "<updated>%s</updated>\n<author><name>Radio Väst</name></author>\n", c.rfc3339(c.lastModified("rv")))
	b.WriteString("<icon>/bilder/ikon.png</icon>\n")
	for _, it := range c.feeds["rv"] {
		if it.section == "lokalt" {
			b.WriteString(`<entry xml:base="../lokalt/kuststaden/">` + "\n")
		} else {
			b.WriteString("<entry>\n")
		}
		fmt.Fprintf(&b, "<title>%s</title>\n<id>%s</id>\n", esc(it.title), esc(it.guid))
		fmt.Fprintf(&b, "<link rel=\"alternate\" type=\"text/html\" href=\"%s\"/>\n", esc(it.link))
		if !it.modOnly {
			fmt.Fprintf(&b, "<published>%s</published>\n", c.rfc3339(it.at))
		}
		upd := it.at
		if !it.updated.IsZero() {
			upd = it.updated
		}
		fmt.Fprintf(&b, "<updated>%s</updated>\n", c.rfc3339(upd))
		fmt.Fprintf(&b, "<author><name>%s</name></author>\n", esc(it.author))
		for _, cat := range it.cats {
			fmt.Fprintf(&b, "<category term=\"%s\"/>\n", esc(cat))
		}
		fmt.Fprintf(&b, "<summary type=\"text\">%s</summary>\n", esc(it.paras[0]))
		html := paragraphs(it.paras)
		if it.id%2 == 0 {
			html = fmt.Sprintf(`<img src="/bilder/%d.jpg" alt="">`, it.id) + "\n" + html
		}
		html += "\n" + `<p><a href="./">Fler nyheter från Radio Väst</a></p>`
		fmt.Fprintf(&b, "<content type=\"html\">%s</content>\n", esc(html))
		b.WriteString("</entry>\n")
	}
	b.WriteString("</feed>\n")
	return b.Bytes()
}

func (c *corpus) rfc3339(t time.Time) string { return t.In(c.loc).Format(time.RFC3339) }

type jsonAuthor struct {
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

type jsonItem struct {
	ID            string       `json:"id"`
	URL           string       `json:"url"`
	Title         string       `json:"title"`
	ContentHTML   string       `json:"content_html"`
	ContentText   string       `json:"content_text"`
	Summary       string       `json:"summary"`
	DatePublished string       `json:"date_published,omitempty"`
	DateModified  string       `json:"date_modified,omitempty"`
	Authors       []jsonAuthor `json:"authors"`
	Tags          []string     `json:"tags"`
	Language      string       `json:"language"`
}

type jsonFeedDoc struct {
	Version     string       `json:"version"`
	Title       string       `json:"title"`
	HomePageURL string       `json:"home_page_url"`
	FeedURL     string       `json:"feed_url"`
	Description string       `json:"description"`
	Language    string       `json:"language"`
	Authors     []jsonAuthor `json:"authors"`
	Items       []jsonItem   `json:"items"`
}

// jsonFeed writes Nyhetsbyrån Norden as JSON Feed 1.1; some items have only
// date_modified.
func (c *corpus) jsonFeed() []byte {
	doc := jsonFeedDoc{
		Version:     "https://jsonfeed.org/version/1.1",
		Title:       "Nyhetsbyrån Norden – Inrikes",
		HomePageURL: "https://nyhetsbyrannorden.example/",
		FeedURL:     "https://nyhetsbyrannorden.example/flode/inrikes.json",
		Description: "Inrikesnyheter från Nyhetsbyrån Norden",
		Language:    "sv-SE",
		Authors:     []jsonAuthor{{Name: "Nyhetsbyrån Norden", URL: "https://nyhetsbyrannorden.example/"}},
		Items:       []jsonItem{},
	}
	for _, it := range c.feeds["nbn"] {
		ji := jsonItem{
			ID: it.guid, URL: it.link, Title: it.title,
			ContentHTML: paragraphs(it.paras), ContentText: strings.Join(it.paras, "\n\n"), Summary: it.paras[0],
			Authors: []jsonAuthor{{Name: it.author}}, Tags: it.cats, Language: "sv-SE",
		}
		if !it.modOnly {
			ji.DatePublished = c.rfc3339(it.at)
		}
		if !it.updated.IsZero() {
			ji.DateModified = c.rfc3339(it.updated)
		}
		doc.Items = append(doc.Items, ji)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		panic(err) // plain strings only: cannot happen
	}
	return b.Bytes()
}

func paragraphs(paras []string) string {
	var b strings.Builder
	for i, p := range paras {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("<p>" + escHTML(p) + "</p>")
	}
	return b.String()
}

var (
	xmlEscaper  = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;")
	htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
)

// esc escapes text for XML content and attributes.
func esc(s string) string { return xmlEscaper.Replace(s) }

// escHTML escapes plain text for HTML.
func escHTML(s string) string { return htmlEscaper.Replace(s) }

// latin1 re-encodes a UTF-8 XML document as ISO-8859-1: characters outside
// Latin-1 (dashes, quotation marks) become character references, as a
// Latin-1 CMS would write them. Only valid outside CDATA sections.
func latin1(doc []byte) []byte {
	out := make([]byte, 0, len(doc))
	for _, r := range string(doc) {
		if r < 0x100 {
			out = append(out, byte(r))
		} else {
			out = append(out, fmt.Sprintf("&#%d;", r)...)
		}
	}
	return out
}
