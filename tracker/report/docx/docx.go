// Package docx writes small Word documents (Office Open XML,
// WordprocessingML) with the standard library only: headings in the real
// Heading1–3 styles, paragraphs with bold, italic and links, bulleted lists
// from numbering.xml, bordered tables and inline PNG images with alt text.
//
// The document language is Swedish unless told otherwise, every piece of text
// is escaped and stripped of the characters XML 1.0 forbids, and the same
// input with the same Created time gives the same bytes.
package docx

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Document is a Word document being built. Add content in reading order, then
// call WriteTo.
type Document struct {
	Title    string    // core properties, and the body's first paragraph in the Title style
	Creator  string    // core properties: the author
	Language string    // BCP 47 tag for spelling and screen readers; empty means "sv-SE"
	Created  time.Time // core properties and zip timestamps; the zero time leaves them out

	body   strings.Builder
	rels   []relationship // word/_rels/document.xml.rels after styles and numbering
	images [][]byte       // word/media/image1.png, image2.png, …
}

// Run is a piece of a paragraph with one formatting. A Link other than http,
// https or mailto is not made a hyperlink: the text is written plainly.
type Run struct {
	Text   string
	Bold   bool
	Italic bool
	Link   string
}

// Align is a table column's horizontal alignment.
type Align int

const (
	AlignLeft  Align = iota
	AlignRight       // for numbers
)

type relationship struct {
	id, typ, target string
	external        bool
}

const (
	relHyperlink = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
	relImage     = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
)

// New returns an empty Swedish document with the given title.
func New(title string) *Document {
	return &Document{Title: title, Language: "sv-SE"}
}

// Heading adds a heading; level is 1, 2 or 3 (others are clamped). Headings
// keep with the next paragraph.
func (d *Document) Heading(level int, text string) {
	level = min(max(level, 1), 3)
	fmt.Fprintf(&d.body, `<w:p><w:pPr><w:pStyle w:val="Heading%d"/></w:pPr>`, level)
	d.writeRuns([]Run{{Text: text}})
	d.body.WriteString(`</w:p>`)
}

// Paragraph adds a paragraph in the Normal style.
func (d *Document) Paragraph(runs ...Run) {
	d.body.WriteString(`<w:p>`)
	d.writeRuns(runs)
	d.body.WriteString(`</w:p>`)
}

// Bullets adds a bulleted list, one item per element.
func (d *Document) Bullets(items ...[]Run) {
	for _, item := range items {
		d.body.WriteString(`<w:p><w:pPr><w:pStyle w:val="ListBullet"/>` +
			`<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>`)
		d.writeRuns(item)
		d.body.WriteString(`</w:p>`)
	}
}

// textWidth is the width between A4's 25 mm margins, in twentieths of a point.
const textWidth = 9072

// Table adds a bordered table across the text width whose header row is
// repeated on every page. align gives the columns' alignment from the left;
// columns it does not reach are left-aligned. Short rows are padded.
func (d *Document) Table(header []string, rows [][]string, align ...Align) {
	cols := len(header)
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return
	}
	width := textWidth / cols
	b := &d.body
	b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/>` +
		tableBorders + `<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for range cols {
		fmt.Fprintf(b, `<w:gridCol w:w="%d"/>`, width)
	}
	b.WriteString(`</w:tblGrid>`)
	row := func(cells []string, head bool) {
		b.WriteString(`<w:tr>`)
		if head {
			b.WriteString(`<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>`)
		} else {
			b.WriteString(`<w:trPr><w:cantSplit/></w:trPr>`)
		}
		for i := range cols {
			var text string
			if i < len(cells) {
				text = cells[i]
			}
			fmt.Fprintf(b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr><w:p>`, width)
			if i < len(align) && align[i] == AlignRight {
				b.WriteString(`<w:pPr><w:jc w:val="right"/></w:pPr>`)
			}
			d.writeRuns([]Run{{Text: text, Bold: head}})
			b.WriteString(`</w:p></w:tc>`)
		}
		b.WriteString(`</w:tr>`)
	}
	if len(header) > 0 {
		row(header, true)
	}
	for _, r := range rows {
		row(r, false)
	}
	// Two tables in a row would merge into one, so a table is always followed
	// by a paragraph.
	b.WriteString(`</w:tbl><w:p/>`)
}

const tableBorders = `<w:tblBorders>` +
	`<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>` +
	`<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>` +
	`<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>` +
	`<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>` +
	`<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>` +
	`<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>` +
	`</w:tblBorders>`

var pngSignature = []byte("\x89PNG\r\n\x1a\n")

// Image adds a PNG image in a paragraph of its own, widthMM by heightMM, with
// alt as the description screen readers read. Public documents must be
// accessible, so the alt text is required.
func (d *Document) Image(png []byte, widthMM, heightMM float64, alt string) error {
	switch {
	case !bytes.HasPrefix(png, pngSignature):
		return errors.New("add image: not a PNG")
	case widthMM <= 0 || heightMM <= 0:
		return fmt.Errorf("add image: size %g×%g mm is not positive", widthMM, heightMM)
	case strings.TrimSpace(clean(alt)) == "":
		return errors.New("add image: alt text is required")
	}
	d.images = append(d.images, bytes.Clone(png))
	n := len(d.images)
	id := d.addRel(relImage, fmt.Sprintf("media/image%d.png", n), false)
	const emuPerMM = 36000
	cx, cy := int64(widthMM*emuPerMM), int64(heightMM*emuPerMM)
	descr := escape(clean(alt))
	fmt.Fprintf(&d.body, `<w:p><w:r><w:drawing>`+
		`<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%[1]d" cy="%[2]d"/>`+
		`<wp:docPr id="%[3]d" name="Bild %[3]d" descr="%[4]s"/>`+
		`<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>`+
		`<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>`+
		`<pic:nvPicPr><pic:cNvPr id="0" name="image%[3]d.png" descr="%[4]s"/><pic:cNvPicPr/></pic:nvPicPr>`+
		`<pic:blipFill><a:blip r:embed="%[5]s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>`+
		`<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%[1]d" cy="%[2]d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>`+
		`</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`,
		cx, cy, n, descr, id)
	return nil
}

// addRel records a relationship of word/document.xml and returns its id.
// rId1 and rId2 are the styles and the numbering.
func (d *Document) addRel(typ, target string, external bool) string {
	id := fmt.Sprintf("rId%d", len(d.rels)+3)
	d.rels = append(d.rels, relationship{id: id, typ: typ, target: target, external: external})
	return id
}

func (d *Document) writeRuns(runs []Run) {
	for _, r := range runs {
		text := clean(r.Text)
		if text == "" {
			continue
		}
		target, isLink := linkTarget(r.Link)
		if isLink {
			fmt.Fprintf(&d.body, `<w:hyperlink r:id="%s" w:history="1">`, d.addRel(relHyperlink, target, true))
		}
		d.body.WriteString(`<w:r>`)
		if isLink || r.Bold || r.Italic {
			d.body.WriteString(`<w:rPr>`)
			if isLink {
				d.body.WriteString(`<w:rStyle w:val="Hyperlink"/>`)
			}
			if r.Bold {
				d.body.WriteString(`<w:b/><w:bCs/>`)
			}
			if r.Italic {
				d.body.WriteString(`<w:i/><w:iCs/>`)
			}
			d.body.WriteString(`</w:rPr>`)
		}
		writeText(&d.body, text)
		d.body.WriteString(`</w:r>`)
		if isLink {
			d.body.WriteString(`</w:hyperlink>`)
		}
	}
}
