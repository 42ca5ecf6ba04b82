package web

import (
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/search"
	"github.com/lagesbild/lagesbild/tracker"
)

// topicDaysShown is how many days, today included, the topics page counts per topic.
const topicDaysShown = 14

type topicForm struct {
	Name, Query string
	Errors      map[string]string
	// The edit of a topic that failed: its id, what was typed and why.
	EditID              int64
	EditName, EditQuery string
	EditErrors          map[string]string
}

type topicRow struct {
	ingest.Topic
	Days []search.DayCount
}

type dayHead struct {
	Short, Long string
}

type topicsPage struct {
	Topics      []topicRow
	Days        []dayHead
	Form        topicForm
	CanManage   bool
	Unavailable bool
}

func (h *handler) showTopics(c *gin.Context) {
	h.renderTopics(c, http.StatusOK, topicForm{})
}

func (h *handler) renderTopics(c *gin.Context, status int, form topicForm) {
	ctx := c.Request.Context()
	topics, err := h.feeds.Topics(ctx)
	if err != nil {
		h.fail(c, err)
		return
	}
	page := topicsPage{Form: form, CanManage: currentUser(c).Role.ManagesTopics(), Unavailable: h.index == nil}
	to := dayStart(h.store.Now())
	from := to.AddDate(0, 0, -(topicDaysShown - 1))
	for d := from; !d.After(to); d = d.AddDate(0, 0, 1) {
		page.Days = append(page.Days, dayHead{Short: fmt.Sprintf("%d/%d", d.Day(), int(d.Month())), Long: swedishDate(d)})
	}
	for _, t := range topics {
		row := topicRow{Topic: t}
		if h.index != nil {
			if row.Days, err = h.topicDays(ctx, t.ID, from, to); err != nil {
				h.fail(c, err)
				return
			}
		}
		page.Topics = append(page.Topics, row)
	}
	h.render(c, status, "topics.html", "Ämnen", page)
}

func (h *handler) createTopic(c *gin.Context) {
	if !currentUser(c).Role.ManagesTopics() {
		h.fail(c, tracker.ErrForbidden)
		return
	}
	form := topicForm{Name: strings.TrimSpace(c.PostForm("name")), Query: strings.TrimSpace(c.PostForm("query"))}
	t, err := h.addTopic(c.Request.Context(), actor(c), form.Name, form.Query)
	if fields, ok := validationFields(err); ok {
		form.Errors = fields
		h.renderTopics(c, http.StatusUnprocessableEntity, form)
		return
	}
	if errors.Is(err, ingest.ErrConflict) {
		form.Errors = map[string]string{"name": "Det finns redan ett ämne med det namnet."}
		h.renderTopics(c, http.StatusConflict, form)
		return
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/topics?m=topicadded#topic-%d", t.ID))
}
