package web

import (
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/tracker/report"
)

type actionForm struct {
	Date, Kind, Title, URL string
	Errors                 map[string]string
}

type actionsPage struct {
	Actions   []report.Action
	Form      actionForm
	Kinds     []report.ActionKind
	CanRecord bool
	Own       []ownItem // the own feeds' items of the last two weeks, with their uptake
}

// ownItem is an own feed's item and who took it up (genomslag).
type ownItem struct {
	Date, Title, URL string
	Kind             report.ActionKind
	Uptake           string
	Outlets          []string
}

// ownItemDays is how far back the actions page shows own items.
const ownItemDays = 14

func (h *handler) showActions(c *gin.Context) {
	h.renderActions(c, http.StatusOK, actionForm{Date: isoToday(h), Kind: string(report.ActionPressRelease)})
}

func isoToday(h *handler) string { return local(h.store.Now()).Format("2006-01-02") }

func (h *handler) renderActions(c *gin.Context, status int, form actionForm) {
	as, err := h.reports.Actions(c.Request.Context(), "", "")
	if err != nil {
		h.fail(c, err)
		return
	}
	page := actionsPage{Actions: as, Form: form, Kinds: report.ActionKinds, CanRecord: currentUser(c).Role.RecordsActions()}
	if h.feeds != nil {
		if page.Own, err = h.ownItems(c); err != nil {
			h.fail(c, err)
			return
		}
	}
	h.render(c, status, "actions.html", "Kommunikativa åtgärder", page)
}

// ownItems are the own feeds' items of the last ownItemDays days, newest
// first, each with the coverage that took it up.
func (h *handler) ownItems(c *gin.Context) ([]ownItem, error) {
	ctx := c.Request.Context()
	now := h.store.Now()
	rows, err := h.feeds.OwnArticles(ctx, now.AddDate(0, 0, -ownItemDays), now.Add(time.Minute))
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
	}
	uptakes, err := h.feeds.Uptakes(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]ownItem, len(rows))
	for i, r := range rows {
		u := uptakes[r.ID]
		out[i] = ownItem{Date: local(r.PublishedAt).Format(time.DateOnly), Title: r.Title, URL: r.URL,
			Kind: report.OwnItemKind(r.Categories), Uptake: u.Phrase(), Outlets: u.Outlets}
	}
	return out, nil
}

func (h *handler) createAction(c *gin.Context) {
	form := actionForm{Date: strings.TrimSpace(c.PostForm("date")), Kind: c.PostForm("kind"),
		Title: strings.TrimSpace(c.PostForm("title")), URL: strings.TrimSpace(c.PostForm("url"))}
	_, err := h.reports.CreateAction(c.Request.Context(), report.NewAction{Date: form.Date, Kind: report.ActionKind(form.Kind),
		Title: form.Title, URL: form.URL}, actor(c))
	if fields, ok := validationFields(err); ok {
		form.Errors = fields
		h.renderActions(c, http.StatusUnprocessableEntity, form)
		return
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/actions?m=action")
}
