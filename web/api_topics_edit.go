package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/search"
	"github.com/lagesbild/lagesbild/tracker"
)

// topicEditRoutes mount editing and deleting topics, and each user's saved
// searches.
func (h *handler) topicEditRoutes(api, ui *gin.RouterGroup) {
	api.PATCH("/topics/:id", h.apiUpdateTopic)
	api.DELETE("/topics/:id", h.apiDeleteTopic)
	api.GET("/searches", h.apiListSavedSearches)
	api.POST("/searches", h.apiSaveSearch)
	api.DELETE("/searches/:id", h.apiDeleteSavedSearch)

	ui.POST("/topics/:id", h.updateTopic)
	ui.POST("/topics/:id/delete", h.deleteTopic)
	ui.POST("/searches", h.saveSearch)
	ui.POST("/searches/:id/delete", h.deleteSavedSearch)
}

// checkQuery tells a query that does not parse as a *ValidationError on field.
func checkQuery(field, q string) error {
	if _, err := search.ParseQuery(q); err != nil {
		var qe *search.QueryError
		if !errors.As(err, &qe) {
			return err
		}
		v := &tracker.ValidationError{}
		v.Add(field, qe.Error())
		return v
	}
	return nil
}

// changeTopic renames a topic or changes its query; a new query retags the
// articles, old ones included, at once.
func (h *handler) changeTopic(ctx context.Context, a tracker.Actor, id int64, up ingest.TopicUpdate) (*ingest.Topic, error) {
	if !a.Role.ManagesTopics() {
		return nil, tracker.ErrForbidden
	}
	if up.Query != nil {
		if h.index == nil {
			return nil, errSearchUnavailable
		}
		if strings.TrimSpace(*up.Query) != "" {
			if err := checkQuery("query", *up.Query); err != nil {
				return nil, err
			}
		}
	}
	t, err := h.feeds.UpdateTopic(ctx, id, up)
	if err != nil {
		return nil, err
	}
	if up.Query != nil {
		tagged, err := h.index.TagTopics(ctx, h.feeds)
		if err != nil {
			return nil, fmt.Errorf("retag topic %d: %w", id, err)
		}
		h.log.InfoContext(ctx, "topic query changed", "topic_id", id, "tagged", tagged)
		return h.feeds.Topic(ctx, id)
	}
	return t, nil
}

func (h *handler) apiUpdateTopic(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	var req struct {
		Name  *string `json:"name"`
		Query *string `json:"query"`
	}
	if err := bindJSON(c, &req); err != nil {
		h.fail(c, err)
		return
	}
	t, err := h.changeTopic(c.Request.Context(), actor(c), id, ingest.TopicUpdate{Name: req.Name, Query: req.Query})
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, toTopicJSON(t))
}

func (h *handler) apiDeleteTopic(c *gin.Context) {
	if !currentUser(c).Role.ManagesTopics() {
		h.fail(c, tracker.ErrForbidden)
		return
	}
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	if err := h.feeds.DeleteTopic(c.Request.Context(), id); err != nil {
		h.fail(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}

func (h *handler) updateTopic(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	form := topicForm{EditID: id, EditName: strings.TrimSpace(c.PostForm("name")), EditQuery: strings.TrimSpace(c.PostForm("query"))}
	_, err = h.changeTopic(c.Request.Context(), actor(c), id, ingest.TopicUpdate{Name: &form.EditName, Query: &form.EditQuery})
	if fields, ok := validationFields(err); ok {
		form.EditErrors = fields
		h.renderTopics(c, http.StatusUnprocessableEntity, form)
		return
	}
	if errors.Is(err, ingest.ErrConflict) {
		form.EditErrors = map[string]string{"name": "Det finns redan ett ämne med det namnet."}
		h.renderTopics(c, http.StatusConflict, form)
		return
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/topics?m=topicsaved#topic-%d", id))
}

func (h *handler) deleteTopic(c *gin.Context) {
	if !currentUser(c).Role.ManagesTopics() {
		h.fail(c, tracker.ErrForbidden)
		return
	}
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	if err := h.feeds.DeleteTopic(c.Request.Context(), id); err != nil {
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/topics?m=topicdeleted")
}

type savedSearchJSON struct {
	ID        int64  `json:"id"`
	Name      string `json:"name"`
	Query     string `json:"query"`
	CreatedAt string `json:"created_at"`
}

func (h *handler) apiListSavedSearches(c *gin.Context) {
	ss, err := h.feeds.SavedSearches(c.Request.Context(), currentUser(c).Username)
	if err != nil {
		h.fail(c, err)
		return
	}
	out := make([]savedSearchJSON, len(ss))
	for i, s := range ss {
		out[i] = savedSearchJSON{ID: s.ID, Name: s.Name, Query: s.Query, CreatedAt: rfc3339(s.CreatedAt)}
	}
	c.JSON(http.StatusOK, gin.H{"searches": out})
}

// keepSearch saves a query for the user; it must parse.
func (h *handler) keepSearch(ctx context.Context, username, name, query string) (*ingest.SavedSearch, error) {
	if strings.TrimSpace(query) != "" {
		if err := checkQuery("query", query); err != nil {
			return nil, err
		}
	}
	return h.feeds.SaveSearch(ctx, username, name, query)
}

func (h *handler) apiSaveSearch(c *gin.Context) {
	var req struct {
		Name  string `json:"name"`
		Query string `json:"query"`
	}
	if err := bindJSON(c, &req); err != nil {
		h.fail(c, err)
		return
	}
	s, err := h.keepSearch(c.Request.Context(), currentUser(c).Username, req.Name, req.Query)
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusCreated, savedSearchJSON{ID: s.ID, Name: s.Name, Query: s.Query, CreatedAt: rfc3339(s.CreatedAt)})
}

func (h *handler) apiDeleteSavedSearch(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	if err := h.feeds.DeleteSavedSearch(c.Request.Context(), currentUser(c).Username, id); err != nil {
		h.fail(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}

// saveSearch keeps the search page's query under a name and goes back to it.
func (h *handler) saveSearch(c *gin.Context) {
	name, q := strings.TrimSpace(c.PostForm("name")), strings.TrimSpace(c.PostForm("q"))
	back := "/search?" + url.Values{"q": {q}}.Encode()
	_, err := h.keepSearch(c.Request.Context(), currentUser(c).Username, name, q)
	var v *tracker.ValidationError
	switch {
	case errors.As(err, &v):
		msg := "Sökningen sparades inte."
		for _, f := range []string{"name", "query"} {
			if v.Fields[f] != "" {
				msg += " " + v.Fields[f]
			}
		}
		c.Redirect(http.StatusSeeOther, back+"&"+url.Values{"save_error": {msg}}.Encode())
		return
	case errors.Is(err, ingest.ErrConflict):
		c.Redirect(http.StatusSeeOther, back+"&"+url.Values{"save_error": {"Du har redan en sparad sökning med det namnet."}}.Encode())
		return
	case err != nil:
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, back+"&m=searchsaved")
}

func (h *handler) deleteSavedSearch(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	if err := h.feeds.DeleteSavedSearch(c.Request.Context(), currentUser(c).Username, id); err != nil {
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/search?m=searchdeleted")
}
