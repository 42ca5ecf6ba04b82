package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"mime"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html/charset"
)

// ErrNotAFeed is returned when a body is not RSS, Atom or JSON Feed — most
// often an HTML page served where the feed used to be.
var ErrNotAFeed = errors.New("not an RSS, Atom or JSON feed")

// Parse reads a feed document (RSS 0.9x/1.0/2.0, Atom, JSON Feed) of any
// character set into gofeed's universal form. contentType is the response's
// Content-Type header, whose charset wins over the XML prolog. Repairs real
// feeds need are made on the way: non-UTF-8 text is decoded (a prolog that
// claims ISO-8859-1 over a body that is valid UTF-8 is not believed), control
// characters XML forbids are dropped, and a bare '&' that breaks the XML is
// escaped.
func Parse(body []byte, contentType string) (*gofeed.Feed, error) {
	data := ToUTF8(body, contentType)
	isXML := firstNonSpace(data) == '<'
	if isXML {
		data = stripIllegalXMLChars(data)
	}
	doc, err := newFeedParser().Parse(bytes.NewReader(data))
	if err != nil && isXML {
		if fixed, changed := escapeBareAmpersands(data); changed {
			if doc2, err2 := newFeedParser().Parse(bytes.NewReader(fixed)); err2 == nil {
				return doc2, nil
			}
		}
	}
	if err != nil {
		if looksLikeHTML(data) {
			if alt := alternateFeedLink(data); alt != "" {
				return nil, fmt.Errorf("%w: the server sent an HTML page (it links to a feed at %s)", ErrNotAFeed, alt)
			}
			return nil, fmt.Errorf("%w: the server sent an HTML page", ErrNotAFeed)
		}
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return nil, ErrNotAFeed
		}
		return nil, fmt.Errorf("parse feed: %w", err)
	}
	if doc.Title == "" && doc.Link == "" && len(doc.Items) == 0 {
		return nil, fmt.Errorf("%w: an empty document", ErrNotAFeed)
	}
	return doc, nil
}

// newFeedParser is gofeed's parser without the RSS translator's search
// for an item's first image in its HTML: that builds a whole HTML tree of
// every item's content and description (a fifth of parsing a feed under
// the load benchmark), and normalizeItem looks for the first image of the
// sanitised HTML itself (itemImage) after the feed's explicit ones.
func newFeedParser() *gofeed.Parser {
	p := gofeed.NewParser()
	p.RSSTranslator = &gofeed.DefaultRSSTranslator{DisableContentImageScan: true}
	return p
}

func firstNonSpace(b []byte) byte {
	for _, c := range b {
		switch c {
		case ' ', '\t', '\r', '\n':
			continue
		}
		return c
	}
	return 0
}

var htmlStart = regexp.MustCompile(`(?i)^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])`)

func looksLikeHTML(b []byte) bool {
	if len(b) > 2048 {
		b = b[:2048]
	}
	return htmlStart.Match(b)
}

var alternateLink = regexp.MustCompile(`(?is)<link\b[^>]*\btype\s*=\s*["']application/(?:rss|atom)\+xml["'][^>]*>`)
var hrefAttr = regexp.MustCompile(`(?is)\bhref\s*=\s*["']([^"']+)["']`)

func alternateFeedLink(b []byte) string {
	if len(b) > 64<<10 {
		b = b[:64<<10]
	}
	tag := alternateLink.Find(b)
	if tag == nil {
		return ""
	}
	m := hrefAttr.FindSubmatch(tag)
	if m == nil {
		return ""
	}
	return truncateRunes(string(m[1]), 300)
}

// ToUTF8 returns body as UTF-8 without a byte order mark. The charset comes
// from a BOM, else the Content-Type header, else the XML prolog; a body that
// is already valid UTF-8 is kept as it is whatever a single-byte label
// claims, and stray invalid bytes are read as windows-1252 (a superset of
// ISO-8859-1 that gives 0x80–0x9F their printable meaning: € ‚ „ … – —).
// The XML prolog is rewritten to say UTF-8 so that the parser does not
// decode a second time.
func ToUTF8(body []byte, contentType string) []byte {
	switch {
	case bytes.HasPrefix(body, []byte{0xEF, 0xBB, 0xBF}):
		body = body[3:]
	case bytes.HasPrefix(body, []byte{0xFF, 0xFE}):
		return rewriteProlog(decodeUTF16(body[2:], false))
	case bytes.HasPrefix(body, []byte{0xFE, 0xFF}):
		return rewriteProlog(decodeUTF16(body[2:], true))
	case len(body) >= 4 && body[0] == '<' && body[1] == 0 && body[2] != 0:
		return rewriteProlog(decodeUTF16(body, false))
	case len(body) >= 4 && body[0] == 0 && body[1] == '<':
		return rewriteProlog(decodeUTF16(body, true))
	}
	if utf8.Valid(body) {
		return rewriteProlog(c1ToWindows1252(body))
	}
	label := charsetFromContentType(contentType)
	if label == "" {
		label = prologEncoding(body)
	}
	if enc, name := charset.Lookup(label); enc != nil && name != "utf-8" && !strings.HasPrefix(name, "utf-16") {
		if out, err := enc.NewDecoder().Bytes(body); err == nil {
			return rewriteProlog(out)
		}
	}
	return rewriteProlog(repairUTF8(body))
}

func charsetFromContentType(ct string) string {
	if ct == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(ct)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(params["charset"])
}

var prologEnc = regexp.MustCompile(`^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']`)

func prologEncoding(b []byte) string {
	if len(b) > 512 {
		b = b[:512]
	}
	if m := prologEnc.FindSubmatch(b); m != nil {
		return string(m[1])
	}
	return ""
}

var prologEncAttr = regexp.MustCompile(`^(\s*<\?xml[^>]*?\sencoding\s*=\s*)("[^"]*"|'[^']*')`)

func rewriteProlog(b []byte) []byte {
	head := b
	if len(head) > 512 {
		head = head[:512]
	}
	loc := prologEncAttr.FindSubmatchIndex(head)
	if loc == nil {
		return b
	}
	if v := strings.ToLower(strings.Trim(string(b[loc[4]:loc[5]]), `"'`)); v == "utf-8" || v == "utf8" {
		return b
	}
	out := make([]byte, 0, len(b))
	out = append(out, b[:loc[4]]...)
	out = append(out, `"UTF-8"`...)
	return append(out, b[loc[5]:]...)
}

func decodeUTF16(b []byte, bigEndian bool) []byte {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		if bigEndian {
			u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
		} else {
			u = append(u, uint16(b[i+1])<<8|uint16(b[i]))
		}
	}
	return []byte(string(utf16.Decode(u)))
}

// windows1252 maps bytes 0x80–0x9F to what windows-1252 means by them; the
// five undefined bytes keep their C1 code point.
var windows1252 = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
}

// repairUTF8 keeps valid UTF-8 sequences and reads every other byte as
// windows-1252: a feed that mixes the two (a CMS pasting Latin-1 into UTF-8)
// loses nothing.
func repairUTF8(b []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/8)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size <= 1 {
			c := b[0]
			switch {
			case c >= 0x80 && c <= 0x9F:
				out = utf8.AppendRune(out, windows1252[c-0x80])
			default:
				out = utf8.AppendRune(out, rune(c))
			}
			b = b[1:]
			continue
		}
		out = append(out, b[:size]...)
		b = b[size:]
	}
	return out
}

// c1ToWindows1252 replaces the C1 control characters U+0080–U+009F, which in
// a feed are nearly always windows-1252 bytes decoded as ISO-8859-1 by
// someone upstream, with the characters meant.
func c1ToWindows1252(b []byte) []byte {
	i := bytes.IndexByte(b, 0xC2)
	for i >= 0 && (i+1 >= len(b) || b[i+1] < 0x80 || b[i+1] > 0x9F) {
		j := bytes.IndexByte(b[i+1:], 0xC2)
		if j < 0 {
			return b
		}
		i += 1 + j
	}
	if i < 0 {
		return b
	}
	out := make([]byte, 0, len(b)+16)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r >= 0x80 && r <= 0x9F {
			out = utf8.AppendRune(out, windows1252[r-0x80])
		} else {
			out = append(out, b[:size]...)
		}
		b = b[size:]
	}
	return out
}

func legalXMLChar(r rune) bool {
	return r == 0x9 || r == 0xA || r == 0xD || (r >= 0x20 && r <= 0xD7FF) ||
		(r >= 0xE000 && r <= 0xFFFD) || (r >= 0x10000 && r <= 0x10FFFF)
}

var charRef = regexp.MustCompile(`&#([xX][0-9a-fA-F]{1,8}|[0-9]{1,10});`)

// dropIllegalCharRefs removes numeric character references to characters
// XML does not allow ("&#1;", "&#xFFFE;").
func dropIllegalCharRefs(b []byte) []byte {
	return charRef.ReplaceAllFunc(b, func(m []byte) []byte {
		digits, base := m[2:len(m)-1], 10
		if digits[0] == 'x' || digits[0] == 'X' {
			digits, base = digits[1:], 16
		}
		n, err := strconv.ParseUint(string(digits), base, 32)
		if err != nil || !legalXMLChar(rune(n)) {
			return nil
		}
		return m
	})
}

// stripIllegalXMLChars drops characters, and numeric references to them,
// that XML 1.0 does not allow (NUL, most C0 controls, U+FFFE, U+FFFF,
// surrogates): one of them would otherwise stop the whole feed.
func stripIllegalXMLChars(b []byte) []byte {
	dirty := false
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			if c < 0x20 && c != 0x9 && c != 0xA && c != 0xD {
				dirty = true
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if !legalXMLChar(r) {
			dirty = true
			break
		}
		i += size
	}
	if dirty {
		out := make([]byte, 0, len(b))
		for len(b) > 0 {
			r, size := utf8.DecodeRune(b)
			if legalXMLChar(r) && !(r == utf8.RuneError && size == 1) {
				out = append(out, b[:size]...)
			}
			b = b[size:]
		}
		b = out
	}
	if bytes.Contains(b, []byte("&#")) {
		b = dropIllegalCharRefs(b)
	}
	return b
}

// escapeBareAmpersands turns every '&' that does not start an entity or
// character reference into "&amp;".
func escapeBareAmpersands(b []byte) ([]byte, bool) {
	if bytes.IndexByte(b, '&') < 0 {
		return b, false
	}
	out := make([]byte, 0, len(b)+64)
	changed := false
	for i := 0; i < len(b); i++ {
		if b[i] != '&' {
			out = append(out, b[i])
			continue
		}
		if entityAt(b[i+1:]) {
			out = append(out, '&')
			continue
		}
		out = append(out, "&amp;"...)
		changed = true
	}
	return out, changed
}

func entityAt(b []byte) bool {
	n := 0
	switch {
	case len(b) > 1 && b[0] == '#' && (b[1] == 'x' || b[1] == 'X'):
		n = 2
		for n < len(b) && n < 10 && isHex(b[n]) {
			n++
		}
		if n == 2 {
			return false
		}
	case len(b) > 0 && b[0] == '#':
		n = 1
		for n < len(b) && n < 9 && b[n] >= '0' && b[n] <= '9' {
			n++
		}
		if n == 1 {
			return false
		}
	default:
		for n < len(b) && n < 32 && (isAlpha(b[n]) || (n > 0 && b[n] >= '0' && b[n] <= '9')) {
			n++
		}
		if n == 0 {
			return false
		}
	}
	return n < len(b) && b[n] == ';'
}

func isHex(c byte) bool   { return (c >= '0' && c <= '9') || (c|0x20 >= 'a' && c|0x20 <= 'f') }
func isAlpha(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
