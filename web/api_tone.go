package web

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/tracker/report"
)

// apiSuggestTone answers with the tone the report would suggest for a
// text, and the evidence for it.
func (h *handler) apiSuggestTone(c *gin.Context) {
	var req struct {
		Text string `json:"text"`
	}
	if err := bindJSON(c, &req); err != nil {
		h.fail(c, err)
		return
	}
	texts, _ := h.coverage.(report.TextSource)
	res, err := h.reports.SuggestTone(c.Request.Context(), req.Text, texts)
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, res)
}
