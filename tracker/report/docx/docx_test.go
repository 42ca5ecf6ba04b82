package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
	"time"
)

const nsRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

var created = time.Date(2026, 3, 2, 8, 30, 0, 0, time.UTC)

// onePixelPNG is a valid 1×1 transparent PNG.
var onePixelPNG = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89" +
	"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")

// sampleDocument uses every kind of content once, with Swedish text.
func sampleDocument(t testing.TB) *Document {
	t.Helper()
	d := New("Kommunikativ lägesbild vecka 10")
	d.Creator = "Kommunikationsenheten"
	d.Created = created
	d.Heading(1, "Sammanfattning")
	d.Paragraph(Run{Text: "Läget är "}, Run{Text: "stabilt", Bold: true}, Run{Text: " men "},
		Run{Text: "frågorna om vårdköerna", Italic: true}, Run{Text: " ökar. Se "},
		Run{Text: "regionens sida", Link: "https://example.se/vård?a=1&b=2"}, Run{Text: "."})
	d.Heading(2, "Återkommande frågor")
	d.Bullets([]Run{{Text: "Väntetider på akuten"}}, []Run{{Text: "Öppettider under påsken"}})
	d.Heading(3, "Ärenden per kanal")
	d.Table([]string{"Kanal", "Antal"}, [][]string{{"E-post", "12"}, {"Telefon", "7"}, {"Sociala medier"}}, AlignLeft, AlignRight)
	if err := d.Image(onePixelPNG, 160, 90, "Diagram: ärenden per dag, stigande från 3 till 12"); err != nil {
		t.Fatal(err)
	}
	return d
}

func write(t testing.TB, d *Document) []byte {
	t.Helper()
	var buf bytes.Buffer
	n, err := d.WriteTo(&buf)
	if err != nil {
		t.Fatalf("WriteTo: %v", err)
	}
	if n != int64(buf.Len()) {
		t.Errorf("WriteTo returned %d, wrote %d bytes", n, buf.Len())
	}
	return buf.Bytes()
}

// unzip returns the package's parts by name.
func unzip(t testing.TB, data []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("open zip: %v", err)
	}
	parts := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatalf("open %s: %v", f.Name, err)
		}
		b, err := io.ReadAll(rc)
		if err != nil {
			t.Fatalf("read %s: %v", f.Name, err)
		}
		if err := rc.Close(); err != nil {
			t.Fatalf("close %s: %v", f.Name, err)
		}
		parts[f.Name] = b
	}
	return parts
}

// checkXML fails unless data is well-formed XML.
func checkXML(t testing.TB, name string, data []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		_, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			t.Fatalf("%s is not well-formed: %v", name, err)
		}
	}
}

// element is a generic XML element for looking things up in a part.
type element struct {
	XMLName  xml.Name
	Attrs    []xml.Attr `xml:",any,attr"`
	Children []element  `xml:",any"`
	Text     string     `xml:",chardata"`
}

func parse(t testing.TB, name string, data []byte) element {
	t.Helper()
	var e element
	if err := xml.Unmarshal(data, &e); err != nil {
		t.Fatalf("parse %s: %v", name, err)
	}
	return e
}

func (e element) attr(local string) string {
	for _, a := range e.Attrs {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// all returns e and its descendants named local, in document order.
func (e element) all(local string) []element {
	var out []element
	if e.XMLName.Local == local {
		out = append(out, e)
	}
	for _, c := range e.Children {
		out = append(out, c.all(local)...)
	}
	return out
}

// text returns the text of document.xml as a reader sees it: paragraphs on
// lines of their own, w:tab and w:br as tab and newline.
func (e element) text() string {
	var b strings.Builder
	var walk func(element)
	walk = func(e element) {
		switch e.XMLName.Local {
		case "t":
			b.WriteString(e.Text)
		case "tab":
			b.WriteString("\t")
		case "br":
			b.WriteString("\n")
		}
		for _, c := range e.Children {
			walk(c)
		}
		if e.XMLName.Local == "p" {
			b.WriteString("\n")
		}
	}
	walk(e)
	return b.String()
}

func TestWriteToParts(t *testing.T) {
	parts := unzip(t, write(t, sampleDocument(t)))
	for _, name := range []string{
		"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/numbering.xml",
		"word/_rels/document.xml.rels", "docProps/core.xml", "docProps/app.xml", "word/media/image1.png",
	} {
		if _, ok := parts[name]; !ok {
			t.Errorf("part %s is missing", name)
		}
	}
	for name, data := range parts {
		if strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels") {
			checkXML(t, name, data)
		}
	}

	t.Run("every relationship target exists", func(t *testing.T) {
		rels := map[string]element{}
		for _, r := range parse(t, "rels", parts["word/_rels/document.xml.rels"]).all("Relationship") {
			rels[r.attr("Id")] = r
			if r.attr("TargetMode") != "External" {
				if _, ok := parts["word/"+r.attr("Target")]; !ok {
					t.Errorf("relationship %s points at missing part %s", r.attr("Id"), r.attr("Target"))
				}
			}
		}
		doc := parse(t, "document", parts["word/document.xml"])
		for _, local := range []string{"hyperlink", "blip"} {
			for _, e := range doc.all(local) {
				for _, a := range e.Attrs {
					if a.Name.Space == nsRel {
						if _, ok := rels[a.Value]; !ok {
							t.Errorf("%s refers to unknown relationship %s", local, a.Value)
						}
					}
				}
			}
		}
		link := rels["rId3"]
		if link.attr("Target") != "https://example.se/vård?a=1&b=2" || link.attr("TargetMode") != "External" {
			t.Errorf("hyperlink relationship = %v", link.Attrs)
		}
	})

	t.Run("styles", func(t *testing.T) {
		styles := map[string]element{}
		for _, s := range parse(t, "styles", parts["word/styles.xml"]).all("style") {
			styles[s.attr("styleId")] = s
		}
		for _, id := range []string{"Normal", "Title", "Heading1", "Heading2", "Heading3", "ListBullet", "Hyperlink", "TableGrid"} {
			if _, ok := styles[id]; !ok {
				t.Errorf("style %s is missing", id)
			}
		}
		for i, id := range []string{"Heading1", "Heading2", "Heading3"} {
			s := styles[id]
			if len(s.all("keepNext")) != 1 {
				t.Errorf("%s does not keep with next", id)
			}
			if lvl := s.all("outlineLvl"); len(lvl) != 1 || lvl[0].attr("val") != string(rune('0'+i)) {
				t.Errorf("%s outline level = %v", id, lvl)
			}
		}
	})

	t.Run("Swedish", func(t *testing.T) {
		langs := parse(t, "styles", parts["word/styles.xml"]).all("lang")
		if len(langs) != 1 || langs[0].attr("val") != "sv-SE" {
			t.Errorf("w:lang = %v, want sv-SE in the defaults", langs)
		}
		if !bytes.Contains(parts["docProps/core.xml"], []byte("<dc:language>sv-SE</dc:language>")) {
			t.Errorf("core.xml has no dc:language sv-SE:\n%s", parts["docProps/core.xml"])
		}
	})

	t.Run("body", func(t *testing.T) {
		doc := parse(t, "document", parts["word/document.xml"])
		var styles []string
		for _, p := range doc.all("pStyle") {
			styles = append(styles, p.attr("val"))
		}
		if got, want := strings.Join(styles, " "), "Title Heading1 Heading2 ListBullet ListBullet Heading3"; got != want {
			t.Errorf("paragraph styles = %q, want %q", got, want)
		}
		if n := len(doc.all("numPr")); n != 2 {
			t.Errorf("%d numbered paragraphs, want 2", n)
		}
		if n := len(doc.all("tblHeader")); n != 1 {
			t.Errorf("%d repeated header rows, want 1", n)
		}
		if n := len(doc.all("jc")); n != 4 {
			t.Errorf("%d right-aligned cells, want the 4 of the Antal column", n)
		}
		if docPr := doc.all("docPr"); len(docPr) != 1 || !strings.HasPrefix(docPr[0].attr("descr"), "Diagram: ärenden") {
			t.Errorf("image docPr = %v", docPr)
		}
		if !strings.Contains(doc.text(), "Läget är stabilt men frågorna om vårdköerna ökar. Se regionens sida.\n") {
			t.Errorf("text = %q", doc.text())
		}
	})
}

func TestEscaping(t *testing.T) {
	tests := map[string]struct{ in, want string }{
		"markup":                {`<w:p>&amp;"'</w:p>`, `<w:p>&amp;"'</w:p>`},
		"NUL and controls":      {"a\x00b\x01c\x08d\x0be\x0cf\x1bg\x7fh", "abcdefg\x7fh"},
		"tab and line breaks":   {"a\tb\nc\r\nd\re", "a\tb\nc\nd\ne"},
		"invalid UTF-8":         {"å\xffä\xc3ö", "åäö"},
		"non-characters":        {"x\uFFFEy\uFFFFz", "xyz"},
		"CDATA end":             {"]]>", "]]>"},
		"astral plane is kept":  {"🇸🇪", "🇸🇪"},
		"only control chars":    {"\x00\x01", ""},
		"looks like a comment":  {"<!-- -->", "<!-- -->"},
		"looks like an entity":  {"&lt; &#0; &bogus;", "&lt; &#0; &bogus;"},
		"closing the attribute": {`" onload="x`, `" onload="x`},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			d := New(tt.in)
			d.Creator = tt.in
			d.Heading(1, tt.in)
			d.Paragraph(Run{Text: tt.in, Bold: true, Link: "https://example.se/?q=" + tt.in})
			d.Bullets([]Run{{Text: tt.in}})
			d.Table([]string{tt.in}, [][]string{{tt.in}})
			if err := d.Image(onePixelPNG, 10, 10, "alt "+tt.in); err != nil {
				t.Fatal(err)
			}
			parts := unzip(t, write(t, d))
			for name, data := range parts {
				if strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels") {
					checkXML(t, name, data)
				}
			}
			doc := parse(t, "document", parts["word/document.xml"])
			var want strings.Builder
			for range 5 { // title, heading, paragraph, list item, table cell
				want.WriteString(tt.want + "\n")
			}
			if got := doc.text(); !strings.HasPrefix(got, want.String()) {
				t.Errorf("text = %q, want it to start with %q", got, want.String())
			}
			if got := doc.all("docPr")[0].attr("descr"); got != "alt "+tt.want {
				t.Errorf("alt = %q, want %q", got, "alt "+tt.want)
			}
			core := parse(t, "core", parts["docProps/core.xml"])
			if got := core.all("title")[0].Text; got != tt.want {
				t.Errorf("core title = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestLinkTarget(t *testing.T) {
	tests := map[string]struct {
		link string
		want bool
	}{
		"https":                 {"https://www.krisinformation.se/", true},
		"http":                  {"http://example.se/a?b=c&d=e", true},
		"upper-case scheme":     {"HTTPS://EXAMPLE.SE", true},
		"mailto":                {"mailto:registrator@example.se", true},
		"surrounding spaces":    {"  https://example.se  ", true},
		"javascript":            {"javascript:alert(1)", false},
		"file":                  {"file:///etc/passwd", false},
		"ftp":                   {"ftp://example.se/", false},
		"data":                  {"data:text/html,<b>x</b>", false},
		"relative":              {"/cases/12", false},
		"no scheme":             {"example.se", false},
		"empty":                 {"", false},
		"http without host":     {"http:///path", false},
		"mailto without target": {"mailto:", false},
		"control chars removed": {"java\x00script:alert(1)", false},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			d := New("")
			d.Paragraph(Run{Text: "länk", Link: tt.link})
			parts := unzip(t, write(t, d))
			doc := parse(t, "document", parts["word/document.xml"])
			links := doc.all("hyperlink")
			if got := len(links) == 1; got != tt.want {
				t.Fatalf("hyperlink made = %v, want %v", got, tt.want)
			}
			if got := doc.text(); got != "länk\n" {
				t.Errorf("text = %q, want the link text either way", got)
			}
			rels := parse(t, "rels", parts["word/_rels/document.xml.rels"]).all("Relationship")
			if tt.want && rels[len(rels)-1].attr("Target") != strings.TrimSpace(tt.link) {
				t.Errorf("target = %q, want %q", rels[len(rels)-1].attr("Target"), tt.link)
			}
			if !tt.want && len(rels) != 2 {
				t.Errorf("%d relationships, want only styles and numbering", len(rels))
			}
		})
	}
}

func TestImageRejects(t *testing.T) {
	tests := map[string]struct {
		png           []byte
		width, height float64
		alt           string
	}{
		"not a PNG":     {[]byte("GIF89a"), 10, 10, "bild"},
		"empty":         {nil, 10, 10, "bild"},
		"zero width":    {onePixelPNG, 0, 10, "bild"},
		"no alt text":   {onePixelPNG, 10, 10, " \x00 "},
		"negative size": {onePixelPNG, 10, -1, "bild"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			d := New("")
			if err := d.Image(tt.png, tt.width, tt.height, tt.alt); err == nil {
				t.Fatal("Image accepted it")
			}
			if parts := unzip(t, write(t, d)); len(parts) != 8 {
				t.Errorf("%d parts, want the 8 without media", len(parts))
			}
		})
	}
}

func TestWriteToDeterministic(t *testing.T) {
	first := write(t, sampleDocument(t))
	if second := write(t, sampleDocument(t)); !bytes.Equal(first, second) {
		t.Error("the same document written twice differs")
	}
	later := sampleDocument(t)
	later.Created = created.Add(time.Hour)
	if bytes.Equal(first, write(t, later)) {
		t.Error("another Created time gives the same bytes")
	}
	zr, err := zip.NewReader(bytes.NewReader(first), int64(len(first)))
	if err != nil {
		t.Fatal(err)
	}
	if zr.File[0].Name != "[Content_Types].xml" {
		t.Errorf("first part is %s, want [Content_Types].xml", zr.File[0].Name)
	}
	for _, f := range zr.File {
		if !f.Modified.Equal(created) {
			t.Errorf("%s modified %v, want %v", f.Name, f.Modified, created)
		}
	}
}
