package web

import (
	"net/http"
	"strings"

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
}

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
	h.render(c, status, "actions.html", "Kommunikativa åtgärder", actionsPage{Actions: as, Form: form,
		Kinds: report.ActionKinds, CanRecord: currentUser(c).Role.RecordsActions()})
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
