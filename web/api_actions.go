package web

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/tracker/report"
)

type actionJSON struct {
	ID    int64             `json:"id"`
	Date  string            `json:"date"`
	Kind  report.ActionKind `json:"kind"`
	Title string            `json:"title"`
	URL   string            `json:"url"`
}

func toActionJSON(a *report.Action) actionJSON {
	return actionJSON{ID: a.ID, Date: a.Date, Kind: a.Kind, Title: a.Title, URL: a.URL}
}

func (h *handler) apiCreateAction(c *gin.Context) {
	var req struct {
		Date  string `json:"date"`
		Kind  string `json:"kind"`
		Title string `json:"title"`
		URL   string `json:"url"`
	}
	if err := bindJSON(c, &req); err != nil {
		h.fail(c, err)
		return
	}
	a, err := h.reports.CreateAction(c.Request.Context(), report.NewAction{Date: req.Date, Kind: report.ActionKind(req.Kind),
		Title: req.Title, URL: req.URL}, actor(c))
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusCreated, toActionJSON(a))
}

func (h *handler) apiListActions(c *gin.Context) {
	from, to := c.Query("from"), c.Query("to")
	bad := map[string]string{}
	for name, v := range map[string]string{"from": from, "to": to} {
		if _, err := time.Parse(time.DateOnly, v); v != "" && err != nil {
			bad[name] = "datum som ÅÅÅÅ-MM-DD"
		}
	}
	if len(bad) > 0 {
		h.fail(c, newBadRequest("Ogiltiga parametrar.", bad))
		return
	}
	as, err := h.reports.Actions(c.Request.Context(), from, to)
	if err != nil {
		h.fail(c, err)
		return
	}
	out := make([]actionJSON, len(as))
	for i := range as {
		out[i] = toActionJSON(&as[i])
	}
	c.JSON(http.StatusOK, gin.H{"actions": out})
}
