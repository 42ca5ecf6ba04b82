package web

import (
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/distribution"
)

// distributionRoutes mount the distribution list and sending a published
// lägesbild to it.
func (h *handler) distributionRoutes(api, ui *gin.RouterGroup) {
	api.POST("/reports/published/:id/send", h.apiSendReport)
	api.GET("/reports/published/:id/sendings", h.apiListSendings)
	api.GET("/distribution", h.apiListRecipients)
	api.POST("/distribution", h.apiAddRecipient)
	api.DELETE("/distribution/:id", h.apiRemoveRecipient)

	ui.POST("/lagesbild/publicerad/:id/skicka", h.sendReport)
	ui.POST("/lagesbild/sandlista", h.addRecipient)
	ui.POST("/lagesbild/sandlista/:id/ta-bort", h.removeRecipient)
}

type sendingJSON struct {
	ID       int64  `json:"id"`
	To       string `json:"to"`
	SentBy   string `json:"sent_by"`
	QueuedAt string `json:"queued_at"`
	OutboxID int64  `json:"outbox_id"`
}

func toSendingsJSON(ss []distribution.Sending) []sendingJSON {
	out := make([]sendingJSON, len(ss))
	for i, s := range ss {
		out[i] = sendingJSON{ID: s.ID, To: s.To, SentBy: s.SentBy, QueuedAt: rfc3339(s.QueuedAt), OutboxID: s.OutboxID}
	}
	return out
}

func (h *handler) apiSendReport(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	var req struct {
		To []string `json:"to"`
	}
	if c.Request.ContentLength != 0 {
		if err := bindJSON(c, &req); err != nil {
			h.fail(c, err)
			return
		}
	}
	ss, err := h.distribution.Send(c.Request.Context(), id, req.To, actor(c))
	if err != nil {
		h.fail(c, err)
		return
	}
	h.log.InfoContext(c.Request.Context(), "report sent", "report_id", id, "recipients", len(ss))
	c.JSON(http.StatusAccepted, gin.H{"queued": len(ss), "sendings": toSendingsJSON(ss)})
}

func (h *handler) apiListSendings(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	if _, err := h.reports.PublishedReport(c.Request.Context(), id); err != nil {
		h.fail(c, err)
		return
	}
	ss, err := h.distribution.Sendings(c.Request.Context(), id)
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"sendings": toSendingsJSON(ss)})
}

type recipientJSON struct {
	ID      int64  `json:"id"`
	Address string `json:"address"`
	Name    string `json:"name"`
}

func (h *handler) apiListRecipients(c *gin.Context) {
	rs, err := h.distribution.Recipients(c.Request.Context())
	if err != nil {
		h.fail(c, err)
		return
	}
	out := make([]recipientJSON, len(rs))
	for i, r := range rs {
		out[i] = recipientJSON{ID: r.ID, Address: r.Address, Name: r.Name}
	}
	c.JSON(http.StatusOK, gin.H{"recipients": out})
}

func (h *handler) apiAddRecipient(c *gin.Context) {
	var req struct {
		Address string `json:"address"`
		Name    string `json:"name"`
	}
	if err := bindJSON(c, &req); err != nil {
		h.fail(c, err)
		return
	}
	r, err := h.distribution.AddRecipient(c.Request.Context(), req.Address, req.Name, actor(c))
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusCreated, recipientJSON{ID: r.ID, Address: r.Address, Name: r.Name})
}

func (h *handler) apiRemoveRecipient(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	if err := h.distribution.RemoveRecipient(c.Request.Context(), id, actor(c)); err != nil {
		h.fail(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}

// sendReport sends the published report from its page: to the addresses
// typed (one a line, or separated by commas), else to the list.
func (h *handler) sendReport(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	var to []string
	for _, f := range strings.FieldsFunc(c.PostForm("to"), func(r rune) bool { return r == '\n' || r == ',' || r == ';' }) {
		if f = strings.TrimSpace(f); f != "" {
			to = append(to, f)
		}
	}
	_, err = h.distribution.Send(c.Request.Context(), id, to, actor(c))
	if fields, ok := validationFields(err); ok {
		h.renderPublished(c, http.StatusUnprocessableEntity, id, fields, c.PostForm("to"))
		return
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/lagesbild/publicerad/%d?m=reportsent#skicka", id))
}

func (h *handler) addRecipient(c *gin.Context) {
	back := c.PostForm("back")
	if !strings.HasPrefix(back, "/lagesbild/publicerad/") {
		back = "/lagesbild/historik"
	}
	_, err := h.distribution.AddRecipient(c.Request.Context(), c.PostForm("address"), c.PostForm("name"), actor(c))
	if _, ok := validationFields(err); ok {
		c.Redirect(http.StatusSeeOther, back+"?m=badrecipient#skicka")
		return
	}
	if err != nil && !errors.Is(err, distribution.ErrConflict) { // already on the list: as good as added
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, back+"?m=recipientadded#skicka")
}

func (h *handler) removeRecipient(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	back := c.PostForm("back")
	if !strings.HasPrefix(back, "/lagesbild/publicerad/") {
		back = "/lagesbild/historik"
	}
	if err := h.distribution.RemoveRecipient(c.Request.Context(), id, actor(c)); err != nil {
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, back+"?m=recipientremoved#skicka")
}
