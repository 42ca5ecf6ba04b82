package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/search"
	"github.com/lagesbild/lagesbild/tracker"
)

// searchRoutes mounts search, articles and topics.
func (h *handler) searchRoutes(api, ui *gin.RouterGroup) {
	h.searchGET(api, "/articles/search", h.apiSearchArticles)
	api.GET("/articles/:id", h.apiShowArticle)
	api.POST("/topics", h.apiCreateTopic)
	api.GET("/topics", h.apiListTopics)
	api.POST("/cases/:id/articles", h.apiLinkArticle)
	api.GET("/cases/:id/articles", h.apiCaseArticles)

	h.searchGET(ui, "/search", h.showSearch)
	h.searchGET(ui, "/search.csv", h.exportSearchCSV)
	ui.GET("/articles/:id", h.showArticle)
	ui.POST("/articles/:id/link", h.linkArticle)
	ui.GET("/topics", h.showTopics)
	ui.POST("/topics", h.createTopic)
	h.topicEditRoutes(api, ui)
}

// searchGET mounts a route whose work is a search of the index: it waits
// at the door in the searches' lane (admission).
func (h *handler) searchGET(g *gin.RouterGroup, relativePath string, handle gin.HandlerFunc) {
	g.GET(relativePath, handle)
	h.door.searchRoute(path.Join(g.BasePath(), relativePath))
}

// searchParams is a search as the URL gives it, strings as typed; the API,
// the search page and the CSV export read the same parameters.
type searchParams struct {
	Q, From, To, Kind, Outlet, Topic, Sort, Size, Page string
	Compounds                                          bool
	compoundsBad                                       bool
	// Facets is the API's facets parameter (default true): false leaves
	// the facets out, and the search does not count them.
	Facets    bool
	facetsBad bool
}

func searchParamsFrom(c *gin.Context) searchParams {
	p := searchParams{Q: c.Query("q"), From: strings.TrimSpace(c.Query("from")), To: strings.TrimSpace(c.Query("to")),
		Kind: strings.TrimSpace(c.Query("kind")), Outlet: strings.TrimSpace(c.Query("outlet")),
		Topic: strings.TrimSpace(c.Query("topic")), Sort: strings.TrimSpace(c.Query("sort")),
		Size: strings.TrimSpace(c.Query("size")), Page: strings.TrimSpace(c.Query("page"))}
	p.Compounds, p.compoundsBad = parseSwitch(c.Query("compounds"), false)
	p.Facets, p.facetsBad = parseSwitch(c.Query("facets"), true)
	return p
}

// parseSwitch reads a yes/no parameter; empty is def, anything else bad.
func parseSwitch(v string, def bool) (on, bad bool) {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "":
		return def, false
	case "false", "0", "no", "nej", "off":
		return false, false
	case "true", "1", "yes", "ja", "on":
		return true, false
	}
	return def, true
}

// request turns the parameters into a search; a malformed one is a
// *search.QueryError naming the parameter.
func (p searchParams) request() (search.Request, error) {
	req := search.Request{Q: p.Q, Kind: p.Kind, Outlet: p.Outlet, Topic: p.Topic, Sort: p.Sort, Compounds: p.Compounds}
	if p.compoundsBad {
		return req, &search.QueryError{Field: "compounds", Pos: -1, Msg: "compounds ska vara true eller false"}
	}
	if p.facetsBad {
		return req, &search.QueryError{Field: "facets", Pos: -1, Msg: "facets ska vara true eller false"}
	}
	for _, d := range []struct {
		name, value string
		dst         *time.Time
	}{{"from", p.From, &req.From}, {"to", p.To, &req.To}} {
		if d.value == "" {
			continue
		}
		t, err := time.ParseInLocation(time.DateOnly, d.value, tracker.Stockholm)
		if err != nil {
			return req, &search.QueryError{Field: d.name, Pos: -1, Msg: "Ange datumet som ÅÅÅÅ-MM-DD, t.ex. 2024-11-19"}
		}
		*d.dst = t
	}
	for _, n := range []struct {
		name, value string
		dst         *int
		msg         string
	}{
		{"size", p.Size, &req.Size, fmt.Sprintf("Antal träffar per sida ska vara ett heltal 1–%d", search.MaxSize)},
		{"page", p.Page, &req.Page, "Sidnumret ska vara ett heltal, 1 eller mer"},
	} {
		if n.value == "" {
			continue
		}
		v, err := strconv.Atoi(n.value)
		if err != nil || v < 1 {
			return req, &search.QueryError{Field: n.name, Pos: -1, Msg: n.msg}
		}
		*n.dst = v
	}
	if req.Topic != "" {
		if _, err := strconv.ParseInt(req.Topic, 10, 64); err != nil {
			return req, &search.QueryError{Field: "topic", Pos: -1, Msg: "Ange ämnet med dess id (ett heltal)"}
		}
	}
	return req, nil
}

// values are the parameters for a link to the same search (page and size
// left out). from and to are always written, empty or not, so that a
// cleared date stays cleared instead of falling back to the page's default.
func (p searchParams) values() url.Values {
	v := url.Values{}
	for _, kv := range [][2]string{{"q", p.Q}, {"kind", p.Kind}, {"outlet", p.Outlet}, {"topic", p.Topic}, {"sort", p.Sort}} {
		if kv[1] != "" {
			v.Set(kv[0], kv[1])
		}
	}
	v.Set("from", p.From)
	v.Set("to", p.To)
	if p.Compounds {
		v.Set("compounds", "true")
	}
	return v
}

// search runs req on the index; without one search is unavailable.
func (h *handler) search(ctx context.Context, req search.Request) (*search.Result, error) {
	if h.index == nil {
		return nil, errSearchUnavailable
	}
	return h.index.Search(ctx, req)
}

type hitJSON struct {
	ID          int64       `json:"id"`
	Title       string      `json:"title"`
	URL         string      `json:"url"`
	Outlet      string      `json:"outlet"`
	Kind        ingest.Kind `json:"kind"`
	PublishedAt string      `json:"published_at"`
	Snippet     string      `json:"snippet"`
	TitleHTML   string      `json:"title_html"`
	StoryKey    string      `json:"story_key"`
	// AlsoIn is how many other hits of this page belong to the same story
	// (near-duplicates in other outlets).
	AlsoIn int `json:"also_in"`
}

type termJSON struct {
	Term  string `json:"term"`
	Count int    `json:"count"`
	Name  string `json:"name,omitempty"` // the topic's name in the topic facet
}

type facetsJSON struct {
	Outlet []termJSON        `json:"outlet"`
	Kind   []termJSON        `json:"kind"`
	Topic  []termJSON        `json:"topic"`
	Day    []search.DayCount `json:"day"`
}

type searchJSON struct {
	Total  uint64     `json:"total"`
	Page   int        `json:"page"`
	Size   int        `json:"size"`
	Hits   []hitJSON  `json:"hits"`
	Facets facetsJSON `json:"facets"`
	// NamesAsWords: a capitalised name asked for alone found nothing as a
	// name and was searched as the word too (search.Result.NamesAsWords).
	NamesAsWords bool `json:"names_as_words,omitempty"`
}

// storyCounts counts the hits of a page per near-duplicate group.
func storyCounts(hits []search.Hit) map[string]int {
	n := map[string]int{}
	for _, h := range hits {
		if h.StoryKey != "" {
			n[h.StoryKey]++
		}
	}
	return n
}

func terms(tcs []search.TermCount) []termJSON {
	out := make([]termJSON, 0, len(tcs))
	for _, t := range tcs {
		out = append(out, termJSON{Term: t.Term, Count: t.Count})
	}
	return out
}

// topicNames maps topic ids (as the index and the URL write them) to names.
func (h *handler) topicNames(ctx context.Context) (map[string]string, []ingest.Topic, error) {
	topics, err := h.feeds.Topics(ctx)
	if err != nil {
		return nil, nil, err
	}
	names := make(map[string]string, len(topics))
	for _, t := range topics {
		names[strconv.FormatInt(t.ID, 10)] = t.Name
	}
	return names, topics, nil
}

func (h *handler) apiSearchArticles(c *gin.Context) {
	p := searchParamsFrom(c)
	req, err := p.request()
	if err != nil {
		h.fail(c, err)
		return
	}
	req.Facets = p.Facets
	ctx := c.Request.Context()
	res, err := h.search(ctx, req)
	if err != nil {
		h.fail(c, err)
		return
	}
	out := searchJSON{Total: res.Total, Page: max(req.Page, 1), Size: req.Size, NamesAsWords: res.NamesAsWords, Hits: make([]hitJSON, 0, len(res.Hits)),
		Facets: facetsJSON{Outlet: []termJSON{}, Kind: []termJSON{}, Topic: []termJSON{}, Day: []search.DayCount{}}}
	if out.Size == 0 {
		out.Size = search.DefaultSize
	}
	stories := storyCounts(res.Hits)
	for _, hit := range res.Hits {
		j := hitJSON{ID: hit.ID, Title: hit.Title, URL: hit.URL, Outlet: hit.Outlet, Kind: hit.Kind,
			PublishedAt: rfc3339(hit.PublishedAt), Snippet: hit.Snippet, TitleHTML: hit.TitleHTML, StoryKey: hit.StoryKey}
		if hit.StoryKey != "" {
			j.AlsoIn = stories[hit.StoryKey] - 1
		}
		out.Hits = append(out.Hits, j)
	}
	if f := res.Facets; f != nil {
		out.Facets.Outlet, out.Facets.Kind, out.Facets.Topic = terms(f.Outlet), terms(f.Kind), terms(f.Topic)
		out.Facets.Day = append(out.Facets.Day, f.Day...)
		if len(f.Topic) > 0 {
			names, _, err := h.topicNames(ctx)
			if err != nil {
				h.fail(c, err)
				return
			}
			for i := range out.Facets.Topic {
				out.Facets.Topic[i].Name = names[out.Facets.Topic[i].Term]
			}
		}
	}
	c.JSON(http.StatusOK, out)
}

type topicRefJSON struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

type caseRefJSON struct {
	ID     int64          `json:"id"`
	Number string         `json:"number"`
	Kind   tracker.Kind   `json:"kind"`
	Status tracker.Status `json:"status"`
}

type articleJSON struct {
	ID                 int64       `json:"id"`
	Title              string      `json:"title"`
	URL                string      `json:"url"`
	Outlet             string      `json:"outlet"`
	Kind               ingest.Kind `json:"kind"`
	PublishedAt        string      `json:"published_at"`
	PublishedEstimated bool        `json:"published_estimated"`
	Author             string      `json:"author"`
	Categories         []string    `json:"categories"`
	Image              string      `json:"image"`
	// Summary and Content are HTML as ingest stored it: sanitised there with
	// bluemonday's allow-list. Text is the plain text.
	Summary     string         `json:"summary"`
	Content     string         `json:"content"`
	Text        string         `json:"text"`
	StoryKey    string         `json:"story_key"`
	FeedID      int64          `json:"feed_id"`
	FirstSeenAt string         `json:"first_seen_at"`
	Topics      []topicRefJSON `json:"topics"`
	Cases       []caseRefJSON  `json:"cases"`
}

// articleView is an article with what hangs on it: its topics and the cases
// it is linked to.
type articleView struct {
	*ingest.Article
	Topics []ingest.Topic
	Cases  []tracker.LinkedCase
}

func (h *handler) loadArticle(ctx context.Context, id int64) (*articleView, error) {
	a, err := h.feeds.Article(ctx, id)
	if err != nil {
		return nil, err
	}
	topics, err := h.feeds.ArticleTopics(ctx, id)
	if err != nil {
		return nil, err
	}
	cases, err := h.store.ArticleCases(ctx, id)
	if err != nil {
		return nil, err
	}
	return &articleView{Article: a, Topics: topics, Cases: cases}, nil
}

// categories splits ingest's "; "-separated categories.
func categories(s string) []string {
	out := []string{}
	for _, c := range strings.Split(s, ";") {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

func (h *handler) apiShowArticle(c *gin.Context) {
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
	a := v.Article
	j := articleJSON{ID: a.ID, Title: a.Title, URL: a.URL, Outlet: a.Outlet, Kind: a.Kind, PublishedAt: rfc3339(a.PublishedAt),
		PublishedEstimated: a.PublishedEstimated, Author: a.Author, Categories: categories(a.Categories), Image: a.ImageURL,
		Summary: a.Summary, Content: a.Content, Text: a.Text, StoryKey: a.StoryKey, FeedID: a.FeedID,
		FirstSeenAt: rfc3339(a.FirstSeenAt), Topics: []topicRefJSON{}, Cases: []caseRefJSON{}}
	for _, t := range v.Topics {
		j.Topics = append(j.Topics, topicRefJSON{ID: t.ID, Name: t.Name})
	}
	for _, cs := range v.Cases {
		j.Cases = append(j.Cases, caseRefJSON{ID: cs.ID, Number: cs.Number, Kind: cs.Kind, Status: cs.Status})
	}
	c.JSON(http.StatusOK, j)
}

// addTopic creates a monitored topic and tags the articles, old ones
// included, that its query matches. The query must parse (else a
// *ValidationError on "query"). New articles are tagged as they are indexed
// (cmd wires that); progress is kept per topic, so none is missed or tagged twice.
func (h *handler) addTopic(ctx context.Context, a tracker.Actor, name, query string) (*ingest.Topic, error) {
	if !a.Role.ManagesTopics() {
		return nil, tracker.ErrForbidden
	}
	if h.index == nil {
		return nil, errSearchUnavailable
	}
	if _, err := search.ParseQuery(query); err != nil {
		var qe *search.QueryError
		if !errors.As(err, &qe) {
			return nil, err
		}
		v := &tracker.ValidationError{}
		v.Add("query", qe.Error())
		return nil, v
	}
	t, err := h.feeds.CreateTopic(ctx, ingest.NewTopic{Name: name, Query: query})
	if err != nil {
		return nil, err
	}
	// The same mechanism as for new articles, so the topic's progress is
	// recorded and nothing is matched twice.
	tagged, err := h.index.TagTopics(ctx, h.feeds)
	if err != nil {
		return nil, fmt.Errorf("tag topic %d: %w", t.ID, err)
	}
	h.log.InfoContext(ctx, "topic created", "topic_id", t.ID, "tagged", tagged)
	return h.feeds.Topic(ctx, t.ID)
}

type topicJSON struct {
	ID           int64             `json:"id"`
	Name         string            `json:"name"`
	Query        string            `json:"query"`
	ArticleCount int64             `json:"article_count"`
	CreatedAt    string            `json:"created_at"`
	ByDay        []search.DayCount `json:"by_day,omitempty"`
}

func toTopicJSON(t *ingest.Topic) topicJSON {
	return topicJSON{ID: t.ID, Name: t.Name, Query: t.Query, ArticleCount: t.ArticleCount, CreatedAt: rfc3339(t.CreatedAt)}
}

func (h *handler) apiCreateTopic(c *gin.Context) {
	if !currentUser(c).Role.ManagesTopics() {
		h.fail(c, tracker.ErrForbidden)
		return
	}
	var req struct {
		Name  string `json:"name"`
		Query string `json:"query"`
	}
	if err := bindJSON(c, &req); err != nil {
		h.fail(c, err)
		return
	}
	t, err := h.addTopic(c.Request.Context(), actor(c), req.Name, req.Query)
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusCreated, toTopicJSON(t))
}

// apiListTopics lists the topics with their counts; with from and to (dates)
// each also gets its count per day in that period ("by_day").
func (h *handler) apiListTopics(c *gin.Context) {
	ctx := c.Request.Context()
	topics, err := h.feeds.Topics(ctx)
	if err != nil {
		h.fail(c, err)
		return
	}
	out := make([]topicJSON, len(topics))
	for i := range topics {
		out[i] = toTopicJSON(&topics[i])
	}
	if p := searchParamsFrom(c); p.From != "" || p.To != "" {
		req, err := searchParams{From: p.From, To: p.To}.request()
		if err == nil && (req.From.IsZero() || req.To.IsZero()) {
			err = &search.QueryError{Field: "from", Pos: -1, Msg: "Ange både from och to för antal per dag"}
		}
		if err != nil {
			h.fail(c, err)
			return
		}
		for i := range topics {
			days, err := h.topicDays(ctx, topics[i].ID, req.From, req.To)
			if err != nil {
				h.fail(c, err)
				return
			}
			out[i].ByDay = days
		}
	}
	c.JSON(http.StatusOK, gin.H{"topics": out})
}

// topicDays counts a topic's articles per Stockholm day from one day to
// another, both included, days without articles as 0.
func (h *handler) topicDays(ctx context.Context, topicID int64, from, to time.Time) ([]search.DayCount, error) {
	res, err := h.search(ctx, search.Request{Topic: strconv.FormatInt(topicID, 10), From: from, To: to,
		Sort: search.SortNewest, Size: 1, Facets: true})
	if err != nil {
		return nil, err
	}
	return fillDays(res.Facets.Day, from, to), nil
}

// fillDays lists every day from one to another with its count (0 for days
// the facet left out).
func fillDays(days []search.DayCount, from, to time.Time) []search.DayCount {
	n := map[string]int{}
	for _, d := range days {
		n[d.Date] = d.Count
	}
	out := []search.DayCount{}
	for d := dayStart(from); !d.After(dayStart(to)) && len(out) < 4000; d = d.AddDate(0, 0, 1) {
		key := d.Format(time.DateOnly)
		out = append(out, search.DayCount{Date: key, Count: n[key]})
	}
	return out
}

// dayStart is the calendar day of t (as written), at noon in Stockholm so
// that adding days never trips over a change to or from summer time.
func dayStart(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 12, 0, 0, 0, tracker.Stockholm)
}

type linkJSONOut struct {
	CaseID    int64  `json:"case_id"`
	ArticleID int64  `json:"article_id"`
	LinkedBy  string `json:"linked_by"`
	LinkedAt  string `json:"linked_at"`
}

// linkArticleTo links an article, which must exist, to a case.
func (h *handler) linkArticleTo(ctx context.Context, caseID, articleID int64, a tracker.Actor) (*tracker.ArticleLink, error) {
	if !a.Role.WorksRegister() {
		return nil, tracker.ErrForbidden
	}
	if articleID > 0 {
		if _, err := h.feeds.Article(ctx, articleID); errors.Is(err, ingest.ErrNotFound) {
			v := &tracker.ValidationError{}
			v.Add("article_id", "Det finns ingen artikel med det id:t.")
			return nil, v
		} else if err != nil {
			return nil, err
		}
	}
	return h.store.LinkArticle(ctx, caseID, articleID, a)
}

func (h *handler) apiLinkArticle(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	var req struct {
		ArticleID int64 `json:"article_id"`
	}
	if err := bindJSON(c, &req); err != nil {
		h.fail(c, err)
		return
	}
	l, err := h.linkArticleTo(c.Request.Context(), id, req.ArticleID, actor(c))
	if err != nil {
		h.fail(c, err)
		return
	}
	h.log.InfoContext(c.Request.Context(), "article linked", "case_id", id, "article_id", req.ArticleID)
	c.JSON(http.StatusCreated, linkJSONOut{CaseID: l.CaseID, ArticleID: l.ArticleID, LinkedBy: l.LinkedBy, LinkedAt: rfc3339(l.LinkedAt)})
}

// apiCaseArticles lists the articles linked to a case; an article removed
// since (with its feed) is listed with its id only.
func (h *handler) apiCaseArticles(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	ctx := c.Request.Context()
	links, err := h.store.CaseArticles(ctx, id)
	if err != nil {
		h.fail(c, err)
		return
	}
	type linkedArticleJSON struct {
		ID          int64       `json:"id"`
		Title       string      `json:"title"`
		URL         string      `json:"url"`
		Outlet      string      `json:"outlet"`
		Kind        ingest.Kind `json:"kind"`
		PublishedAt string      `json:"published_at,omitempty"`
		LinkedBy    string      `json:"linked_by"`
		LinkedAt    string      `json:"linked_at"`
	}
	out := make([]linkedArticleJSON, 0, len(links))
	for _, l := range links {
		j := linkedArticleJSON{ID: l.ArticleID, LinkedBy: l.LinkedBy, LinkedAt: rfc3339(l.LinkedAt)}
		a, err := h.feeds.Article(ctx, l.ArticleID)
		switch {
		case err == nil:
			j.Title, j.URL, j.Outlet, j.Kind, j.PublishedAt = a.Title, a.URL, a.Outlet, a.Kind, rfc3339(a.PublishedAt)
		case !errors.Is(err, ingest.ErrNotFound):
			h.fail(c, err)
			return
		}
		out = append(out, j)
	}
	c.JSON(http.StatusOK, gin.H{"articles": out})
}
