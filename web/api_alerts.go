package web

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/alert"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/tracker"
)

// alertRoutes mount subscriptions and notifications: each user's own.
func (h *handler) alertRoutes(api, ui *gin.RouterGroup) {
	api.POST("/alerts", h.apiSubscribe)
	api.GET("/alerts", h.apiListAlerts)
	api.DELETE("/alerts/:id", h.apiUnsubscribe)
	api.GET("/notifications", h.apiListNotifications)
	api.POST("/notifications/read", h.apiMarkRead)

	ui.GET("/alerts", h.showAlerts)
	ui.POST("/alerts", h.subscribe)
	ui.POST("/alerts/:id/delete", h.unsubscribe)
	ui.POST("/alerts/email", h.setOwnEmail)
	ui.GET("/notifications", h.showNotifications)
	ui.POST("/notifications/read", h.markAllRead)
}

type alertJSON struct {
	ID            int64  `json:"id"`
	Name          string `json:"name"`
	TopicID       *int64 `json:"topic_id"`
	SavedSearchID *int64 `json:"saved_search_id"`
	Query         string `json:"query,omitempty"`
	Mode          string `json:"mode"`
	// Email is where mail goes: the subscription's own address, else the
	// user's own; "" in the app only (OwnEmail tells which).
	Email       string   `json:"email"`
	OwnEmail    bool     `json:"own_email"`
	Outlets     []string `json:"outlets"`
	OutletTypes []string `json:"outlet_types"`
	SpikeFactor float64  `json:"spike_factor"`
	QuietFrom   string   `json:"quiet_from,omitempty"`
	QuietTo     string   `json:"quiet_to,omitempty"`
	CreatedAt   string   `json:"created_at"`
}

// toAlertJSON is a subscription of user, whose own address it may use.
func toAlertJSON(s *alert.Subscription, user *tracker.User) alertJSON {
	own := map[string]string{user.Username: user.Email}
	j := alertJSON{ID: s.ID, Name: s.Name, Query: s.Query, Mode: string(s.Mode), Email: s.To(own), OwnEmail: s.Email == "", Outlets: s.OutletList(),
		OutletTypes: []string{}, SpikeFactor: s.SpikeFactor, QuietFrom: s.QuietFrom, QuietTo: s.QuietTo, CreatedAt: rfc3339(s.CreatedAt)}
	if j.Outlets == nil {
		j.Outlets = []string{}
	}
	for _, t := range s.TypeList() {
		j.OutletTypes = append(j.OutletTypes, string(t))
	}
	if s.TopicID != 0 {
		j.TopicID = &s.TopicID
	}
	if s.SavedSearchID != 0 {
		j.SavedSearchID = &s.SavedSearchID
	}
	return j
}

func (h *handler) apiSubscribe(c *gin.Context) {
	var req struct {
		Name          string   `json:"name"`
		TopicID       int64    `json:"topic_id"`
		SavedSearchID int64    `json:"saved_search_id"`
		Query         string   `json:"query"`
		Mode          string   `json:"mode"`
		Email         string   `json:"email"`
		Outlets       []string `json:"outlets"`
		OutletTypes   []string `json:"outlet_types"`
		SpikeFactor   float64  `json:"spike_factor"`
		QuietFrom     string   `json:"quiet_from"`
		QuietTo       string   `json:"quiet_to"`
	}
	if err := bindJSON(c, &req); err != nil {
		h.fail(c, err)
		return
	}
	in := alert.NewSubscription{Username: currentUser(c).Username, Name: req.Name, TopicID: req.TopicID,
		SavedSearchID: req.SavedSearchID, Query: req.Query, Mode: alert.Mode(req.Mode), Email: req.Email,
		Outlets: req.Outlets, SpikeFactor: req.SpikeFactor, QuietFrom: req.QuietFrom, QuietTo: req.QuietTo}
	for _, t := range req.OutletTypes {
		in.OutletTypes = append(in.OutletTypes, ingest.OutletType(t))
	}
	sub, err := h.alerts.Subscribe(c.Request.Context(), in)
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusCreated, toAlertJSON(sub, currentUser(c)))
}

func (h *handler) apiListAlerts(c *gin.Context) {
	subs, err := h.alerts.Subscriptions(c.Request.Context(), currentUser(c).Username)
	if err != nil {
		h.fail(c, err)
		return
	}
	out := make([]alertJSON, len(subs))
	for i := range subs {
		out[i] = toAlertJSON(&subs[i], currentUser(c))
	}
	c.JSON(http.StatusOK, gin.H{"alerts": out})
}

func (h *handler) apiUnsubscribe(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	if err := h.alerts.Unsubscribe(c.Request.Context(), currentUser(c).Username, id); err != nil {
		h.fail(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}

type notificationJSON struct {
	ID           int64    `json:"id"`
	Kind         string   `json:"kind"`
	AlertID      int64    `json:"alert_id"`
	Title        string   `json:"title"`
	Body         string   `json:"body"`
	URL          string   `json:"url"`
	ArticleID    *int64   `json:"article_id"`
	Outlets      []string `json:"outlets"`
	ArticleCount int      `json:"article_count"`
	CreatedAt    string   `json:"created_at"`
	Read         bool     `json:"read"`
}

func (h *handler) apiListNotifications(c *gin.Context) {
	ns, unread, err := h.alerts.Notifications(c.Request.Context(), currentUser(c).Username, 100)
	if err != nil {
		h.fail(c, err)
		return
	}
	out := make([]notificationJSON, len(ns))
	for i, n := range ns {
		j := notificationJSON{ID: n.ID, Kind: string(n.Kind), AlertID: n.SubscriptionID, Title: n.Title, Body: n.Body,
			URL: n.URL, Outlets: n.OutletList(), ArticleCount: n.ArticleCount, CreatedAt: rfc3339(n.CreatedAt), Read: n.ReadAt != nil}
		if j.Outlets == nil {
			j.Outlets = []string{}
		}
		if n.ArticleID != 0 {
			id := n.ArticleID
			j.ArticleID = &id
		}
		out[i] = j
	}
	c.JSON(http.StatusOK, gin.H{"unread": unread, "notifications": out})
}

func (h *handler) apiMarkRead(c *gin.Context) {
	var req struct {
		IDs []int64 `json:"ids"`
	}
	if c.Request.ContentLength != 0 {
		if err := bindJSON(c, &req); err != nil {
			h.fail(c, err)
			return
		}
	}
	if err := h.alerts.MarkRead(c.Request.Context(), currentUser(c).Username, req.IDs); err != nil {
		h.fail(c, err)
		return
	}
	n, err := h.alerts.Unread(c.Request.Context(), currentUser(c).Username)
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"unread": n})
}

// alertForm is the subscription form as typed.
type alertForm struct {
	Source, TopicID, SavedSearchID, Query, Mode, Email, Outlets, SpikeFactor, QuietFrom, QuietTo string
	Types                                                                                        []string
	Errors                                                                                       map[string]string
}

type alertsPage struct {
	Subscriptions []alert.Subscription
	Topics        []ingest.Topic
	Saved         []ingest.SavedSearch
	Modes         []alert.Mode
	Types         []ingest.OutletType
	Form          alertForm
	TopicNames    map[int64]string
	// OwnEmail is the user's own address, where a subscription without one
	// of its own mails ("": in the app only); EmailForm its form as typed.
	OwnEmail  string
	EmailForm ownEmailForm
}

// ownEmailForm is the form for the user's own address as typed.
type ownEmailForm struct {
	Email string
	Error string
}

func (h *handler) showAlerts(c *gin.Context) {
	h.renderAlerts(c, http.StatusOK, alertForm{Source: "topic", Mode: string(alert.ModeInstant), SpikeFactor: "3"})
}

func (h *handler) renderAlerts(c *gin.Context, status int, form alertForm) {
	h.renderAlertsPage(c, status, alertsPage{Form: form, EmailForm: ownEmailForm{Email: currentUser(c).Email}})
}

func (h *handler) renderAlertsPage(c *gin.Context, status int, page alertsPage) {
	ctx := c.Request.Context()
	user := currentUser(c).Username
	page.Modes, page.Types, page.TopicNames = []alert.Mode{alert.ModeInstant, alert.ModeSpike, alert.ModeDigest}, ingest.OutletTypes, map[int64]string{}
	page.OwnEmail = currentUser(c).Email
	var err error
	if page.Subscriptions, err = h.alerts.Subscriptions(ctx, user); err != nil {
		h.fail(c, err)
		return
	}
	if page.Topics, err = h.feeds.Topics(ctx); err != nil {
		h.fail(c, err)
		return
	}
	for _, t := range page.Topics {
		page.TopicNames[t.ID] = t.Name
	}
	if page.Saved, err = h.feeds.SavedSearches(ctx, user); err != nil {
		h.fail(c, err)
		return
	}
	h.render(c, status, "alerts.html", "Bevakningar och aviseringar", page)
}

func (h *handler) subscribe(c *gin.Context) {
	form := alertForm{Source: c.PostForm("source"), TopicID: c.PostForm("topic_id"), SavedSearchID: c.PostForm("saved_search_id"),
		Query: strings.TrimSpace(c.PostForm("query")), Mode: c.PostForm("mode"), Email: strings.TrimSpace(c.PostForm("email")),
		Outlets: strings.TrimSpace(c.PostForm("outlets")), SpikeFactor: strings.TrimSpace(c.PostForm("spike_factor")),
		QuietFrom: strings.TrimSpace(c.PostForm("quiet_from")), QuietTo: strings.TrimSpace(c.PostForm("quiet_to")),
		Types: c.PostFormArray("outlet_types")}
	in := alert.NewSubscription{Username: currentUser(c).Username, Mode: alert.Mode(form.Mode), Email: form.Email,
		QuietFrom: form.QuietFrom, QuietTo: form.QuietTo}
	fields := map[string]string{}
	switch form.Source {
	case "topic":
		in.TopicID, _ = strconv.ParseInt(form.TopicID, 10, 64)
		if in.TopicID == 0 {
			fields["topic_id"] = "Välj ett ämne."
		}
	case "saved":
		in.SavedSearchID, _ = strconv.ParseInt(form.SavedSearchID, 10, 64)
		if in.SavedSearchID == 0 {
			fields["saved_search_id"] = "Välj en sparad sökning."
		}
	default:
		in.Query = form.Query
	}
	if form.SpikeFactor != "" {
		f, err := strconv.ParseFloat(strings.ReplaceAll(form.SpikeFactor, ",", "."), 64)
		if err != nil {
			fields["spike_factor"] = "Ange faktorn som ett tal, till exempel 3 eller 2,5."
		}
		in.SpikeFactor = f
	}
	for _, o := range strings.Split(form.Outlets, ",") {
		in.Outlets = append(in.Outlets, o)
	}
	for _, t := range form.Types {
		in.OutletTypes = append(in.OutletTypes, ingest.OutletType(t))
	}
	var err error
	if len(fields) == 0 {
		_, err = h.alerts.Subscribe(c.Request.Context(), in)
	}
	if v, ok := validationFields(err); ok {
		fields = v
	}
	if len(fields) > 0 {
		if fields["quiet_hours"] != "" {
			fields["quiet_from"] = fields["quiet_hours"]
		}
		form.Errors = fields
		h.renderAlerts(c, http.StatusUnprocessableEntity, form)
		return
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/alerts?m=alertadded")
}

func (h *handler) unsubscribe(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	if err := h.alerts.Unsubscribe(c.Request.Context(), currentUser(c).Username, id); err != nil {
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/alerts?m=alertdeleted")
}

// setOwnEmail sets or removes the user's own address from the alerts page.
func (h *handler) setOwnEmail(c *gin.Context) {
	form := ownEmailForm{Email: strings.TrimSpace(c.PostForm("email"))}
	_, err := h.store.SetEmail(c.Request.Context(), currentUser(c).Username, form.Email, actor(c))
	if fields, ok := validationFields(err); ok {
		form.Error = fields["email"]
		h.renderAlertsPage(c, http.StatusUnprocessableEntity, alertsPage{EmailForm: form,
			Form: alertForm{Source: "topic", Mode: string(alert.ModeInstant), SpikeFactor: "3"}})
		return
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/alerts?m=emailsaved")
}

type notificationsPage struct {
	Notifications []alert.Notification
	Unread        int64
}

// showNotifications lists the user's notifications; those shown count as
// read from the next visit on (they stay marked as new on this one).
func (h *handler) showNotifications(c *gin.Context) {
	ctx := c.Request.Context()
	user := currentUser(c).Username
	ns, unread, err := h.alerts.Notifications(ctx, user, 100)
	if err != nil {
		h.fail(c, err)
		return
	}
	h.render(c, http.StatusOK, "notifications.html", "Aviseringar", notificationsPage{Notifications: ns, Unread: unread})
}

func (h *handler) markAllRead(c *gin.Context) {
	if err := h.alerts.MarkRead(c.Request.Context(), currentUser(c).Username, nil); err != nil {
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/notifications?m=allread")
}
