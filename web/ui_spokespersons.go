package web

import (
	"errors"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
)

// spokespersonForm is the new spokesperson as typed.
type spokespersonForm struct {
	Name, Title, Unit, Phone string
	Errors                   map[string]string
}

type spokespersonsPage struct {
	Spokespersons []report.Spokesperson
	Form          spokespersonForm
	CanEdit       bool
}

// listSpokespersons lists the spokespersons; editors and admins also get
// the forms to add and deactivate them.
func (h *handler) listSpokespersons(c *gin.Context) {
	h.renderSpokespersons(c, http.StatusOK, spokespersonForm{})
}

func (h *handler) renderSpokespersons(c *gin.Context, status int, form spokespersonForm) {
	list, err := h.reports.Spokespersons(c.Request.Context(), false)
	if err != nil {
		h.fail(c, err)
		return
	}
	h.render(c, status, "spokespersons.html", "Talespersoner", spokespersonsPage{Spokespersons: list, Form: form,
		CanEdit: currentUser(c).Role.EditsReports()})
}

func (h *handler) createSpokesperson(c *gin.Context) {
	form := spokespersonForm{Name: strings.TrimSpace(c.PostForm("name")), Title: strings.TrimSpace(c.PostForm("title")),
		Unit: strings.TrimSpace(c.PostForm("unit")), Phone: strings.TrimSpace(c.PostForm("phone"))}
	_, err := h.reports.CreateSpokesperson(c.Request.Context(),
		report.SpokespersonInput{Name: form.Name, Title: form.Title, Unit: form.Unit, Phone: form.Phone, Active: true}, actor(c))
	if errors.Is(err, tracker.ErrConflict) {
		err = &tracker.ValidationError{Fields: map[string]string{"name": "Det finns redan en talesperson med det namnet."}}
	}
	if fields, ok := validationFields(err); ok {
		form.Errors = fields
		h.renderSpokespersons(c, http.StatusUnprocessableEntity, form)
		return
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/talespersoner?m=spokesperson")
}

// setSpokespersonActive activates (active=1) or deactivates a spokesperson.
func (h *handler) setSpokespersonActive(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	active := c.PostForm("active") == "1"
	if _, err := h.reports.UpdateSpokesperson(c.Request.Context(), id, report.SpokespersonUpdate{Active: &active}, actor(c)); err != nil {
		h.fail(c, err)
		return
	}
	msg := "spokesretired"
	if active {
		msg = "spokesactive"
	}
	c.Redirect(http.StatusSeeOther, "/talespersoner?m="+msg)
}
