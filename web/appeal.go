package web

import (
	"fmt"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/tracker"
)

type appealJSON struct {
	ID         int64   `json:"id"`
	ReceivedAt string  `json:"received_at"`
	InTime     bool    `json:"in_time"`
	ForwardBy  *string `json:"forward_by"`
	SentAt     *string `json:"sent_at"`
	Court      string  `json:"court"`
	// Reconsideration (FL 39 §) and the court's outcome.
	Reconsideration string  `json:"reconsideration,omitempty"`
	ReconsideredAt  *string `json:"reconsidered_at,omitempty"`
	CourtOutcome    string  `json:"court_outcome,omitempty"`
	CourtDecidedAt  *string `json:"court_decided_at,omitempty"`
}

func toAppealJSON(a *tracker.Appeal) appealJSON {
	return appealJSON{a.ID, rfc3339(a.ReceivedAt), a.InTime, rfc3339Ptr(a.ForwardBy), rfc3339Ptr(a.SentAt), a.Court,
		a.Reconsideration, rfc3339Ptr(a.ReconsideredAt), a.CourtOutcome, rfc3339Ptr(a.CourtDecidedAt)}
}

// appealTime reads {"received_at"} or {"sent_at"}: RFC 3339 or a date; empty is now.
func (h *handler) appealTime(c *gin.Context, field string) (int64, time.Time, error) {
	id, err := pathID(c)
	if err != nil {
		return 0, time.Time{}, err
	}
	var req map[string]string
	if err := bindJSON(c, &req); err != nil {
		return 0, time.Time{}, err
	}
	t, ok := parseTime(req[field], false)
	if !ok {
		return 0, time.Time{}, &tracker.ValidationError{Fields: map[string]string{field: "Ange tid enligt RFC 3339 eller datum som ÅÅÅÅ-MM-DD."}}
	}
	if t == nil {
		now := h.store.Now()
		t = &now
	}
	return id, *t, nil
}

// apiReceiveAppeal is POST /api/v1/cases/{id}/appeal {"received_at"} → 201 with in_time and forward_by.
func (h *handler) apiReceiveAppeal(c *gin.Context) {
	id, at, err := h.appealTime(c, "received_at")
	if err != nil {
		h.fail(c, err)
		return
	}
	ap, err := h.store.ReceiveAppeal(c.Request.Context(), id, at, actor(c))
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusCreated, toAppealJSON(ap))
}

// apiForwardAppeal is POST /api/v1/cases/{id}/appeal/forward {"sent_at"}.
func (h *handler) apiForwardAppeal(c *gin.Context) {
	id, at, err := h.appealTime(c, "sent_at")
	if err != nil {
		h.fail(c, err)
		return
	}
	ap, err := h.store.ForwardAppeal(c.Request.Context(), id, at, actor(c))
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, toAppealJSON(ap))
}

// receiveAppeal and forwardAppeal are the case page's forms.
func (h *handler) receiveAppeal(c *gin.Context) { h.appealForm(c, "received_at", "appealed") }
func (h *handler) forwardAppeal(c *gin.Context) { h.appealForm(c, "sent_at", "appealforwarded") }

func (h *handler) appealForm(c *gin.Context, field, msg string) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	typed := transitionForm{AppealDate: c.PostForm(field)}
	d, ok := parseTime(typed.AppealDate, false)
	if !ok || d == nil {
		h.renderCase(c, http.StatusUnprocessableEntity, typed, map[string]string{field: "Ange datum som ÅÅÅÅ-MM-DD."})
		return
	}
	if field == "received_at" {
		_, err = h.store.ReceiveAppeal(c.Request.Context(), id, *d, actor(c))
	} else {
		_, err = h.store.ForwardAppeal(c.Request.Context(), id, *d, actor(c))
	}
	h.afterAppealForm(c, id, typed, err, msg)
}

// reconsiderAppeal is the case page's form for the reconsideration (FL 39 §).
func (h *handler) reconsiderAppeal(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	typed := transitionForm{AppealForm: "reconsider", Reconsideration: c.PostForm("outcome"), Note: c.PostForm("note")}
	_, err = h.store.Reconsider(c.Request.Context(), id, typed.Reconsideration, typed.Note, actor(c))
	h.afterAppealForm(c, id, typed, err, "reconsidered")
}

// courtOutcome is the case page's form for the court's outcome.
func (h *handler) courtOutcome(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	typed := transitionForm{AppealForm: "court", CourtOutcome: c.PostForm("outcome"), AppealDate: c.PostForm("decided_at")}
	d, ok := parseTime(typed.AppealDate, false)
	if !ok || d == nil {
		h.renderCase(c, http.StatusUnprocessableEntity, typed, map[string]string{"decided_at": "Ange datum som ÅÅÅÅ-MM-DD."})
		return
	}
	_, err = h.store.RecordCourtOutcome(c.Request.Context(), id, typed.CourtOutcome, *d, actor(c))
	h.afterAppealForm(c, id, typed, err, "courtoutcome")
}

func (h *handler) afterAppealForm(c *gin.Context, id int64, typed transitionForm, err error, msg string) {
	if fields, ok := validationFields(err); ok {
		h.renderCase(c, http.StatusUnprocessableEntity, typed, fields)
		return
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/cases/%d?m=%s", id, msg))
}
