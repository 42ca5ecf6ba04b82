package web

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/search"
)

// maxCSVRows bounds an export: the first 5,000 hits in the search's order.
const maxCSVRows = 5000

// csvHeader is the export's first row.
var csvHeader = []string{"datum", "medium", "typ", "rubrik", "url"}

// csvCell defeats formula injection: a spreadsheet runs a cell that starts
// with =, +, -, @, a tab or a carriage return as a formula ("=HYPERLINK(…)"),
// so such a cell gets a leading apostrophe and is read as text (OWASP's
// advice for CSV injection).
func csvCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// exportSearchCSV writes the hits of the search page's search (up to
// maxCSVRows) as CSV for Excel: UTF-8 with a byte-order mark, so that Excel
// reads å, ä and ö, semicolons between the cells, as Excel expects with
// Swedish settings, and CRLF line ends.
func (h *handler) exportSearchCSV(c *gin.Context) {
	req, err := h.uiSearchParams(c).request()
	if err != nil {
		h.fail(c, err)
		return
	}
	var buf bytes.Buffer
	buf.WriteString("\uFEFF")
	w := csv.NewWriter(&buf)
	w.Comma = ';'
	w.UseCRLF = true
	if err := w.Write(csvHeader); err != nil {
		h.fail(c, err)
		return
	}
	req.Size, req.Facets = search.MaxSize, false
	for n, page := 0, 1; n < maxCSVRows; page++ {
		req.Page = page
		res, err := h.search(c.Request.Context(), req)
		if err != nil {
			h.fail(c, err)
			return
		}
		for _, hit := range res.Hits {
			if n == maxCSVRows {
				break
			}
			row := []string{local(hit.PublishedAt).Format("2006-01-02 15:04"), hit.Outlet, hit.Kind.Label(), hit.Title, hit.URL}
			for i := range row {
				row[i] = csvCell(row[i])
			}
			if err := w.Write(row); err != nil {
				h.fail(c, err)
				return
			}
			n++
		}
		if len(res.Hits) < req.Size || uint64(page*req.Size) >= res.Total {
			break
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		h.fail(c, fmt.Errorf("write csv: %w", err))
		return
	}
	name := fmt.Sprintf("bevakning-%s.csv", local(h.store.Now()).Format(time.DateOnly))
	c.Header("Content-Disposition", fmt.Sprintf(`attachment; filename="%s"`, name))
	c.Header("Cache-Control", "no-store")
	c.Data(http.StatusOK, "text/csv; charset=utf-8", buf.Bytes())
}
