package web

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/tracker"
)

func init() {
	for k, v := range map[string]string{
		"articlelinked": "Artikeln är kopplad till ärendet. Kopplingen syns i ärendets historik.",
		"alreadylinked": "Artikeln var redan kopplad till ärendet.",
		"topicadded":    "Ämnet är sparat. Artiklar som redan finns och matchar sökfrågan är märkta med det; nya märks när de hämtas.",
	} {
		messages[k] = v
	}
}

// linkForm is the "Koppla till ärende" form as typed.
type linkForm struct {
	Case   string
	Errors map[string]string
}

type articlePage struct {
	*articleView
	// Body is the article's content (or, without one, its summary) as HTML.
	Body       template.HTML
	Categories []string
	KindLabel  string
	CanLink    bool
	Form       linkForm
}

func (h *handler) showArticle(c *gin.Context) {
	h.renderArticle(c, http.StatusOK, linkForm{})
}

func (h *handler) renderArticle(c *gin.Context, status int, form linkForm) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	v, err := h.loadArticle(c.Request.Context(), id)
	if err != nil {
		h.fail(c, err)
		return
	}
	body := v.Content
	if strings.TrimSpace(body) == "" {
		body = v.Summary
	}
	page := articlePage{articleView: v, Categories: categories(v.Categories), KindLabel: v.Kind.Label(),
		CanLink: currentUser(c).Role.WorksRegister(), Form: form,
		// Content and Summary were sanitised when they were ingested
		// (ingest/normalize.go: bluemonday's UGC allow-list, no scripts,
		// event handlers or javascript: URLs) and are stored only so; that
		// is why they may be shown as HTML here.
		Body: template.HTML(body)} //nolint:gosec // sanitised by bluemonday in ingest, see above
	h.render(c, status, "article.html", v.Title, page)
}

// findCase reads a case as the link form takes it: a register number
// ("HA-2024-0001") or a case id.
func (h *handler) findCase(ctx context.Context, typed string) (*tracker.Case, error) {
	if id, err := strconv.ParseInt(typed, 10, 64); err == nil {
		if id < 1 {
			return nil, tracker.ErrNotFound
		}
		return h.store.Case(ctx, id)
	}
	return h.store.CaseByNumber(ctx, typed)
}

func (h *handler) linkArticle(c *gin.Context) {
	if !currentUser(c).Role.WorksRegister() {
		h.fail(c, tracker.ErrForbidden)
		return
	}
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	ctx := c.Request.Context()
	if _, err := h.feeds.Article(ctx, id); err != nil {
		h.fail(c, err)
		return
	}
	form := linkForm{Case: strings.TrimSpace(c.PostForm("case"))}
	if form.Case == "" {
		form.Errors = map[string]string{"case": "Ange ärendets nummer, t.ex. HA-2024-0001."}
		h.renderArticle(c, http.StatusUnprocessableEntity, form)
		return
	}
	cs, err := h.findCase(ctx, form.Case)
	if errors.Is(err, tracker.ErrNotFound) {
		form.Errors = map[string]string{"case": fmt.Sprintf("Det finns inget ärende med numret %s. Ange numret som HA-2024-0001 eller PF-2024-0001.", form.Case)}
		h.renderArticle(c, http.StatusUnprocessableEntity, form)
		return
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	msg := "articlelinked"
	_, err = h.linkArticleTo(ctx, cs.ID, id, actor(c))
	switch {
	case errors.Is(err, tracker.ErrConflict):
		msg = "alreadylinked"
	case err != nil:
		if fields, ok := validationFields(err); ok {
			form.Errors = fields
			h.renderArticle(c, http.StatusUnprocessableEntity, form)
			return
		}
		h.fail(c, err)
		return
	default:
		h.log.InfoContext(c.Request.Context(), "article linked", "case_id", cs.ID, "article_id", id)
	}
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/articles/%d?m=%s#arenden", id, msg))
}
