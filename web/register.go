package web

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/tracker"
)

// The public register extract: GET /api/v1/register and the page /register,
// as JSON, CSV or PDF. The rows come from tracker.EachRegisterEntry, which
// decides what the public may see; JSON and CSV are written as they are read.

// registerEntryJSON is one row of the extract as the API shows it.
type registerEntryJSON struct {
	Number   string  `json:"number"`
	Received string  `json:"received"`
	Kind     string  `json:"kind"`
	Subject  string  `json:"subject"`
	Sender   string  `json:"sender"`
	Status   string  `json:"status"`
	Decided  *string `json:"decided"`
	Secret   bool    `json:"secret,omitempty"`
}

func toRegisterEntryJSON(e tracker.RegisterEntry) registerEntryJSON {
	j := registerEntryJSON{Number: e.Number, Received: local(e.Received).Format(time.DateOnly), Kind: string(e.Kind),
		Subject: e.Subject, Sender: e.Sender, Status: string(e.Status), Secret: e.Secret}
	if e.Decided != nil {
		d := local(*e.Decided).Format(time.DateOnly)
		j.Decided = &d
	}
	return j
}

// registerPeriod reads from and to (YYYY-MM-DD, both included); without
// them the extract covers this year up to today.
func (h *handler) registerPeriod(c *gin.Context) (tracker.Period, error) {
	from, to := c.Query("from"), c.Query("to")
	today := local(h.store.Now())
	if from == "" {
		from = time.Date(today.Year(), 1, 1, 0, 0, 0, 0, tracker.Stockholm).Format(time.DateOnly)
	}
	if to == "" {
		to = today.Format(time.DateOnly)
	}
	return tracker.ParseSpan(from, to)
}

func (h *handler) apiRegister(c *gin.Context) {
	p, err := h.registerPeriod(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	switch c.DefaultQuery("format", "json") {
	case "json":
		h.writeRegisterJSON(c, p)
	case "csv":
		h.writeRegisterCSV(c, p)
	case "pdf":
		h.writeRegisterPDF(c, p)
	default:
		h.fail(c, newBadRequest("Okänt format.", map[string]string{"format": "json, csv eller pdf"}))
	}
}

// streamStarted is an error that came after the answer's first bytes: the
// status is sent, so it can only be logged and the body left cut short.
func (h *handler) streamFailed(c *gin.Context, started bool, err error) {
	if !started {
		h.fail(c, err)
		return
	}
	h.log.Error("register extract cut short", "err", err)
}

func (h *handler) writeRegisterJSON(c *gin.Context, p tracker.Period) {
	w := bufio.NewWriterSize(c.Writer, 64<<10)
	enc := json.NewEncoder(w)
	started := false
	err := h.store.EachRegisterEntry(c.Request.Context(), p, func(e tracker.RegisterEntry) error {
		if !started {
			started = true
			c.Header("Content-Type", "application/json; charset=utf-8")
			c.Status(http.StatusOK)
			w.WriteString(`{"entries":[`)
		} else {
			w.WriteByte(',')
		}
		return enc.Encode(toRegisterEntryJSON(e))
	})
	if err != nil {
		h.streamFailed(c, started, err)
		return
	}
	if !started {
		c.JSON(http.StatusOK, gin.H{"entries": []registerEntryJSON{}})
		return
	}
	w.WriteString("]}\n")
	if err := w.Flush(); err != nil {
		h.log.Warn("register extract: write", "err", err)
	}
}

// writeRegisterCSV writes the extract for Excel as the search export does
// (BOM, semicolons, CRLF, no formulas), each row as it is read.
func (h *handler) writeRegisterCSV(c *gin.Context, p tracker.Period) {
	bw := bufio.NewWriterSize(c.Writer, 64<<10)
	w := csv.NewWriter(bw)
	w.Comma, w.UseCRLF = ';', true
	started := false
	start := func() error {
		started = true
		c.Header("Content-Type", "text/csv; charset=utf-8")
		c.Header("Content-Disposition", fmt.Sprintf(`attachment; filename="diarium-%s-%s.csv"`, p.From, p.To))
		c.Header("Cache-Control", "no-store")
		c.Status(http.StatusOK)
		bw.WriteString("\uFEFF")
		return w.Write(tracker.RegisterColumns)
	}
	err := h.store.EachRegisterEntry(c.Request.Context(), p, func(e tracker.RegisterEntry) error {
		if !started {
			if err := start(); err != nil {
				return err
			}
		}
		row := tracker.RegisterCells(e)
		for i := range row {
			row[i] = csvCell(row[i])
		}
		return w.Write(row)
	})
	if err == nil && !started {
		err = start()
	}
	if err != nil {
		h.streamFailed(c, started, err)
		return
	}
	w.Flush()
	if err := errors.Join(w.Error(), bw.Flush()); err != nil {
		h.log.Warn("register extract: write", "err", err)
	}
}

func (h *handler) writeRegisterPDF(c *gin.Context, p tracker.Period) {
	var buf bytes.Buffer
	if err := h.store.WriteRegisterPDF(c.Request.Context(), &buf, p); err != nil {
		h.fail(c, err)
		return
	}
	c.Header("Content-Disposition", fmt.Sprintf(`attachment; filename="diarium-%s-%s.pdf"`, p.From, p.To))
	c.Header("Cache-Control", "no-store")
	c.Data(http.StatusOK, "application/pdf", buf.Bytes())
}

// maxRegisterPageRows bounds the page; the downloads hold the whole period.
const maxRegisterPageRows = 500

type registerPage struct {
	From, To string
	Headers  []sortHeader
	Rows     [][]string
	More     bool // the period has more rows than the page shows
	Errors   map[string]string
}

var errPageFull = errors.New("page full")

// sortHeader is a column heading that sorts the register by its column: a
// link to the other direction, and aria-sort on the sorted one.
type sortHeader struct {
	Label    string
	URL      string
	AriaSort string // "ascending", "descending" or "" (not sorted by it)
}

var registerLabels = map[string]string{"number": "Diarienummer", "received": "Inkom", "kind": "Typ",
	"subject": "Ärendemening", "sender": "Avsändare", "status": "Status", "decided": "Beslutad"}

func registerHeaders(from, to string, o tracker.RegisterSort) []sortHeader {
	current := o.Column
	if current == "" {
		current = "received" // the order of receipt
	}
	out := make([]sortHeader, len(tracker.RegisterSortColumns))
	for i, col := range tracker.RegisterSortColumns {
		h := sortHeader{Label: registerLabels[col]}
		dir := "asc"
		if col == current {
			h.AriaSort = "ascending"
			if o.Desc {
				h.AriaSort = "descending"
			} else {
				dir = "desc"
			}
		}
		q := url.Values{"from": {from}, "to": {to}, "sort": {col}, "dir": {dir}}
		h.URL = "/register?" + q.Encode()
		out[i] = h
	}
	return out
}

// showRegister is the extract as a page, with the period's form and the downloads.
func (h *handler) showRegister(c *gin.Context) {
	page := registerPage{From: c.Query("from"), To: c.Query("to")}
	p, err := h.registerPeriod(c)
	if fields, ok := validationFields(err); ok {
		page.Errors = fields
		h.render(c, http.StatusUnprocessableEntity, "register.html", "Diarium", page)
		return
	}
	page.From, page.To = p.From, p.To
	order := tracker.ParseRegisterSort(c.Query("sort"), c.Query("dir"))
	page.Headers = registerHeaders(p.From, p.To, order)
	err = h.store.EachRegisterEntrySorted(c.Request.Context(), p, order, func(e tracker.RegisterEntry) error {
		if len(page.Rows) == maxRegisterPageRows {
			page.More = true
			return errPageFull
		}
		page.Rows = append(page.Rows, tracker.RegisterCells(e))
		return nil
	})
	if err != nil && !errors.Is(err, errPageFull) {
		h.fail(c, err)
		return
	}
	h.render(c, http.StatusOK, "register.html", "Diarium", page)
}

// registerDownload is the page's download as CSV or PDF.
func (h *handler) registerDownload(format string) gin.HandlerFunc {
	return func(c *gin.Context) {
		p, err := h.registerPeriod(c)
		if err != nil {
			h.fail(c, err)
			return
		}
		if format == "pdf" {
			h.writeRegisterPDF(c, p)
			return
		}
		h.writeRegisterCSV(c, p)
	}
}
