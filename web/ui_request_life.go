package web

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/tracker"
)

// The case page's forms for a request's life: a question to the requester
// and its answer, a part delivery, a link to another case.

func (h *handler) askRequester(c *gin.Context) {
	h.caseForm(c, "asked", func(ctx context.Context, id int64) error {
		_, err := h.store.AskRequester(ctx, id, c.PostForm("question"), actor(c))
		return err
	})
}

func (h *handler) requesterAnswered(c *gin.Context) {
	h.caseForm(c, "answered", func(ctx context.Context, id int64) error {
		_, err := h.store.RequesterAnswered(ctx, id, actor(c))
		return err
	})
}

func (h *handler) deliverPart(c *gin.Context) {
	h.caseForm(c, "partdelivered", func(ctx context.Context, id int64) error {
		pages, err := strconv.Atoi(strings.TrimSpace(c.PostForm("pages")))
		if err != nil && strings.TrimSpace(c.PostForm("pages")) != "" {
			return &tracker.ValidationError{Fields: map[string]string{"pages": "Ange antal sidor som en siffra."}}
		}
		_, err = h.store.DeliverPart(ctx, id, tracker.NewDelivery{Description: c.PostForm("description"), Pages: pages}, actor(c))
		return err
	})
}

func (h *handler) linkCase(c *gin.Context) {
	h.caseForm(c, "linked", func(ctx context.Context, id int64) error {
		other, err := h.store.CaseByNumber(ctx, c.PostForm("number"))
		if err != nil {
			return &tracker.ValidationError{Fields: map[string]string{"number": "Det finns inget ärende med det diarienumret."}}
		}
		if c.PostForm("duplicate") != "" {
			return h.store.MarkDuplicate(ctx, id, other.ID, actor(c))
		}
		return h.store.LinkCases(ctx, id, other.ID, actor(c))
	})
}

// caseForm runs do on the case of the path and returns to its page with the
// message m, or shows the page again with what is wrong.
func (h *handler) caseForm(c *gin.Context, m string, do func(ctx context.Context, id int64) error) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	err = do(c.Request.Context(), id)
	if fields, ok := validationFields(err); ok {
		h.renderCase(c, http.StatusUnprocessableEntity, transitionForm{}, fields)
		return
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/cases/%d?m=%s", id, m))
}
