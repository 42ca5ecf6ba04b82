package docx

import (
	"net/url"
	"strings"
)

// clean drops what XML 1.0 cannot carry: invalid UTF-8, NUL and the other
// control characters except tab and newline, lone surrogates and U+FFFE/FFFF.
// Line ends become "\n".
func clean(s string) string {
	s = strings.ToValidUTF8(s, "")
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(s)
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n',
			r >= 0x20 && r <= 0xD7FF,
			r >= 0xE000 && r <= 0xFFFD,
			r >= 0x10000 && r <= 0x10FFFF:
			return r
		}
		return -1
	}, s)
}

var escaper = strings.NewReplacer(`&`, "&amp;", `<`, "&lt;", `>`, "&gt;", `"`, "&quot;", `'`, "&apos;",
	"\t", "&#x9;", "\n", "&#xA;")

// escape makes cleaned text safe both as character data and inside a quoted
// attribute value, where a literal tab or newline would be read as a space.
func escape(s string) string {
	return escaper.Replace(s)
}

// writeText writes cleaned text as the content of a w:r: tabs and line breaks
// become w:tab and w:br, as Word would read them as spaces inside w:t.
func writeText(b *strings.Builder, s string) {
	for len(s) > 0 {
		i := strings.IndexAny(s, "\t\n")
		if i < 0 {
			i = len(s)
		}
		if i > 0 {
			b.WriteString(`<w:t xml:space="preserve">`)
			b.WriteString(escape(s[:i]))
			b.WriteString(`</w:t>`)
		}
		if i == len(s) {
			return
		}
		if s[i] == '\t' {
			b.WriteString(`<w:tab/>`)
		} else {
			b.WriteString(`<w:br/>`)
		}
		s = s[i+1:]
	}
}

// linkTarget returns the link cleaned and whether it may be a hyperlink: only
// http and https with a host, and mailto with an address, are.
func linkTarget(link string) (string, bool) {
	link = strings.TrimSpace(clean(link))
	u, err := url.Parse(link)
	if err != nil {
		return "", false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return link, u.Host != ""
	case "mailto":
		return link, u.Opaque != ""
	}
	return "", false
}
