package web

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/tracker"
)

type deliveryJSON struct {
	ID          int64  `json:"id"`
	DeliveredAt string `json:"delivered_at"`
	Description string `json:"description"`
	Pages       int    `json:"pages"`
	Fee         int    `json:"fee"`
}

func toDeliveryJSON(d tracker.Delivery) deliveryJSON {
	return deliveryJSON{d.ID, rfc3339(d.DeliveredAt), d.Description, d.Pages, d.Fee}
}

type relationsJSON struct {
	Related     []linkJSON `json:"related"`
	DuplicateOf *linkJSON  `json:"duplicate_of"`
	Duplicates  []linkJSON `json:"duplicates"`
}

func toLinksJSON(ls []tracker.CaseLink) []linkJSON {
	out := make([]linkJSON, len(ls))
	for i, l := range ls {
		out[i] = linkJSON{l.ID, l.Number, l.Kind, l.Status}
	}
	return out
}

func toRelationsJSON(r *tracker.Related) relationsJSON {
	out := relationsJSON{Related: toLinksJSON(r.Related), Duplicates: toLinksJSON(r.Duplicates)}
	if r.DuplicateOf != nil {
		l := toLinksJSON([]tracker.CaseLink{*r.DuplicateOf})[0]
		out.DuplicateOf = &l
	}
	return out
}

// apiAskRequester is POST /api/v1/cases/{id}/question {"question"}: the case
// waits for the requester's answer (the clock runs on).
func (h *handler) apiAskRequester(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	var req struct {
		Question string `json:"question"`
	}
	if err := bindJSON(c, &req); err != nil {
		h.fail(c, err)
		return
	}
	cs, err := h.store.AskRequester(c.Request.Context(), id, req.Question, actor(c))
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, toCaseJSON(cs, actor(c), h.store.Now()))
}

// apiRequesterAnswered is POST /api/v1/cases/{id}/question/answered: the wait ends.
func (h *handler) apiRequesterAnswered(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	cs, err := h.store.RequesterAnswered(c.Request.Context(), id, actor(c))
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, toCaseJSON(cs, actor(c), h.store.Now()))
}

// apiDeliverPart is POST /api/v1/cases/{id}/deliveries {"delivered_at","description","pages"} → 201.
func (h *handler) apiDeliverPart(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	var req struct {
		DeliveredAt string `json:"delivered_at"`
		Description string `json:"description"`
		Pages       int    `json:"pages"`
	}
	if err := bindJSON(c, &req); err != nil {
		h.fail(c, err)
		return
	}
	at, ok := parseTime(req.DeliveredAt, false)
	if !ok {
		h.fail(c, &tracker.ValidationError{Fields: map[string]string{"delivered_at": "Ange tid enligt RFC 3339 eller datum som ÅÅÅÅ-MM-DD."}})
		return
	}
	d, err := h.store.DeliverPart(c.Request.Context(), id, tracker.NewDelivery{DeliveredAt: at, Description: req.Description, Pages: req.Pages}, actor(c))
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusCreated, toDeliveryJSON(*d))
}

// apiListDeliveries is GET /api/v1/cases/{id}/deliveries.
func (h *handler) apiListDeliveries(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	if _, err := h.store.Case(c.Request.Context(), id); err != nil {
		h.fail(c, err)
		return
	}
	ds, err := h.store.Deliveries(c.Request.Context(), id)
	if err != nil {
		h.fail(c, err)
		return
	}
	out := make([]deliveryJSON, len(ds))
	for i, d := range ds {
		out[i] = toDeliveryJSON(d)
	}
	c.JSON(http.StatusOK, gin.H{"deliveries": out})
}

// apiLinkCase is POST /api/v1/cases/{id}/links {"number","duplicate"}: relate
// the case to another, or mark it a duplicate of it; → 200 with the relations.
func (h *handler) apiLinkCase(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	var req struct {
		Number    string `json:"number"`
		Duplicate bool   `json:"duplicate"`
	}
	if err := bindJSON(c, &req); err != nil {
		h.fail(c, err)
		return
	}
	ctx := c.Request.Context()
	other, err := h.store.CaseByNumber(ctx, req.Number)
	if errors.Is(err, tracker.ErrNotFound) {
		err = &tracker.ValidationError{Fields: map[string]string{"number": "Det finns inget ärende med det diarienumret."}}
	}
	if err == nil {
		if req.Duplicate {
			err = h.store.MarkDuplicate(ctx, id, other.ID, actor(c))
		} else {
			err = h.store.LinkCases(ctx, id, other.ID, actor(c))
		}
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	h.apiRelations(c)
}

// apiRelations is GET /api/v1/cases/{id}/links: related cases, the original
// it duplicates and its duplicates.
func (h *handler) apiRelations(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	cs, err := h.store.Case(c.Request.Context(), id)
	if err != nil {
		h.fail(c, err)
		return
	}
	r, err := h.store.RelatedCases(c.Request.Context(), cs)
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, toRelationsJSON(r))
}

// apiReconsiderAppeal is POST /api/v1/cases/{id}/appeal/reconsider {"outcome":"unchanged|changed","note"}.
func (h *handler) apiReconsiderAppeal(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	var req struct {
		Outcome string `json:"outcome"`
		Note    string `json:"note"`
	}
	if err := bindJSON(c, &req); err != nil {
		h.fail(c, err)
		return
	}
	ap, err := h.store.Reconsider(c.Request.Context(), id, req.Outcome, req.Note, actor(c))
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, toAppealJSON(ap))
}

// apiCourtOutcome is POST /api/v1/cases/{id}/appeal/court {"outcome","decided_at"}.
func (h *handler) apiCourtOutcome(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	var req struct {
		Outcome   string `json:"outcome"`
		DecidedAt string `json:"decided_at"`
	}
	if err := bindJSON(c, &req); err != nil {
		h.fail(c, err)
		return
	}
	at, ok := parseTime(req.DecidedAt, false)
	if !ok || at == nil {
		h.fail(c, &tracker.ValidationError{Fields: map[string]string{"decided_at": "Ange domstolens avgörande enligt RFC 3339 eller som ÅÅÅÅ-MM-DD."}})
		return
	}
	ap, err := h.store.RecordCourtOutcome(c.Request.Context(), id, req.Outcome, *at, actor(c))
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, toAppealJSON(ap))
}
