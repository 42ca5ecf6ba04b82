package web

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/tracker"
)

// coverageRoutes mounts feeds, search, articles and topics.
func (h *handler) coverageRoutes(api, ui *gin.RouterGroup) {
	api.GET("/feeds", h.apiListFeeds)
	api.GET("/outlets", h.apiListOutlets)
	ui.GET("/feeds", h.showFeeds)

	// Every change to the feeds and outlets: only for those who keep them.
	keep, keepUI := api.Group("", h.keepsFeeds), ui.Group("", h.keepsFeeds)
	keep.POST("/feeds", h.apiCreateFeed)
	keep.POST("/feeds/import", h.apiImportFeeds)
	keep.POST("/feeds/:id/refresh", h.apiRefreshFeed)
	keep.PATCH("/feeds/:id", h.apiUpdateFeed)
	keep.DELETE("/feeds/:id", h.apiDeleteFeed)
	keep.PATCH("/outlets/:id", h.apiUpdateOutlet)
	keepUI.POST("/feeds", h.createFeed)
	keepUI.POST("/feeds/import", h.importFeeds)
	keepUI.POST("/feeds/:id/refresh", h.refreshFeed)
	keepUI.POST("/feeds/:id", h.updateFeed)
	keepUI.POST("/feeds/:id/delete", h.deleteFeed)
	keepUI.POST("/outlets/:id", h.updateOutlet)
	h.searchRoutes(api, ui)
}

type feedJSON struct {
	ID                  int64       `json:"id"`
	URL                 string      `json:"url"`
	Title               string      `json:"title"`
	Outlet              string      `json:"outlet"`
	Kind                ingest.Kind `json:"kind"`
	Platform            string      `json:"platform"`
	Paused              bool        `json:"paused"`
	IntervalSeconds     int         `json:"interval_seconds"`
	LastFetchedAt       *string     `json:"last_fetched_at"`
	LastStatus          string      `json:"last_status"`
	LastError           string      `json:"last_error"`
	NextFetchAt         string      `json:"next_fetch_at"`
	ConsecutiveFailures int         `json:"consecutive_failures"`
	ArticleCount        int64       `json:"article_count"`
}

func toFeedJSON(f *ingest.Feed) feedJSON {
	return feedJSON{ID: f.ID, URL: f.URL, Title: f.Title, Outlet: f.Outlet, Kind: f.Kind, Platform: string(f.Platform),
		Paused: f.Paused, IntervalSeconds: f.IntervalSeconds,
		LastFetchedAt: rfc3339Ptr(f.LastFetchedAt), LastStatus: f.LastStatus, LastError: f.LastError,
		NextFetchAt: rfc3339(f.NextFetchAt), ConsecutiveFailures: f.ConsecutiveFailures, ArticleCount: f.ArticleCount}
}

// keepsFeeds lets through to a change of the feeds or outlets only the
// roles that keep them; the others get the refusal that says who does.
func (h *handler) keepsFeeds(c *gin.Context) {
	if err := mayManageFeeds(c); err != nil {
		h.fail(c, err)
		return
	}
	c.Next()
}

// mayManageFeeds: feeds are kept by analysts and administrators (tracker.Role.ManagesFeeds).
func mayManageFeeds(c *gin.Context) error {
	if !currentUser(c).Role.ManagesFeeds() {
		return tracker.Forbidden("Flöden och medier sköts av analytiker och administratörer.")
	}
	return nil
}

func (h *handler) apiCreateFeed(c *gin.Context) {
	var req struct {
		URL             string `json:"url"`
		Title           string `json:"title"`
		Outlet          string `json:"outlet"`
		Kind            string `json:"kind"`
		Platform        string `json:"platform"`
		IntervalSeconds int    `json:"interval_seconds"`
	}
	if err := bindJSON(c, &req); err != nil {
		h.fail(c, err)
		return
	}
	f, err := h.feeds.CreateFeed(c.Request.Context(), ingest.NewFeed{URL: req.URL, Title: req.Title, Outlet: req.Outlet,
		Kind: ingest.Kind(req.Kind), Platform: ingest.Platform(req.Platform), IntervalSeconds: req.IntervalSeconds})
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusCreated, toFeedJSON(f))
}

// feedPatch is the body of PATCH /api/v1/feeds/{id}: the fields given change.
type feedPatch struct {
	URL             *string `json:"url"`
	Title           *string `json:"title"`
	Outlet          *string `json:"outlet"`
	Kind            *string `json:"kind"`
	Platform        *string `json:"platform"`
	IntervalSeconds *int    `json:"interval_seconds"`
	Paused          *bool   `json:"paused"`
}

func (p feedPatch) update() ingest.FeedUpdate {
	up := ingest.FeedUpdate{URL: p.URL, Title: p.Title, Outlet: p.Outlet, IntervalSeconds: p.IntervalSeconds, Paused: p.Paused}
	if p.Kind != nil {
		k := ingest.Kind(*p.Kind)
		up.Kind = &k
	}
	if p.Platform != nil {
		pl := ingest.Platform(*p.Platform)
		up.Platform = &pl
	}
	return up
}

func (h *handler) apiUpdateFeed(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	var req feedPatch
	if err := bindJSON(c, &req); err != nil {
		h.fail(c, err)
		return
	}
	f, err := h.feeds.UpdateFeed(c.Request.Context(), id, req.update())
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, toFeedJSON(f))
}

func (h *handler) apiDeleteFeed(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	if err := h.removeFeed(c, id); err != nil {
		h.fail(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}

// removeFeed deletes a feed, keeping the articles that cases link to, whose
// tone was corrected or that a published report counted, and takes the
// others out of the index.
func (h *handler) removeFeed(c *gin.Context, id int64) error {
	ctx := c.Request.Context()
	var keep ingest.Keep
	linked, err := h.store.LinkedArticleIDs(ctx)
	if err != nil {
		return err
	}
	keep.ArticleIDs = linked
	if h.reports != nil {
		ref, err := h.reports.ReferencedArticles(ctx)
		if err != nil {
			return err
		}
		keep.ArticleIDs = append(keep.ArticleIDs, ref.ArticleIDs...)
		for _, p := range ref.Periods {
			keep.Periods = append(keep.Periods, ingest.Span{From: p[0], To: p[1]})
		}
	}
	deleted, err := h.feeds.DeleteFeed(ctx, id, keep)
	if err != nil {
		return err
	}
	h.log.InfoContext(ctx, "feed deleted", "feed_id", id, "articles_deleted", len(deleted))
	if h.index != nil {
		if err := h.index.DeleteArticles(ctx, deleted); err != nil {
			// The database is the truth; a reindex mends the index.
			h.log.ErrorContext(ctx, "delete articles of a deleted feed from the index", "feed_id", id, "err", err)
		}
	}
	return nil
}

type outletJSON struct {
	ID        int64             `json:"id"`
	Name      string            `json:"name"`
	Type      ingest.OutletType `json:"type"`
	Weight    float64           `json:"weight"`
	FeedCount int64             `json:"feed_count"`
}

func toOutletJSON(o *ingest.Outlet) outletJSON {
	return outletJSON{ID: o.ID, Name: o.Name, Type: o.Type, Weight: o.Weight, FeedCount: o.FeedCount}
}

func (h *handler) apiListOutlets(c *gin.Context) {
	os, err := h.feeds.Outlets(c.Request.Context())
	if err != nil {
		h.fail(c, err)
		return
	}
	out := make([]outletJSON, len(os))
	for i := range os {
		out[i] = toOutletJSON(&os[i])
	}
	c.JSON(http.StatusOK, gin.H{"outlets": out})
}

func (h *handler) apiUpdateOutlet(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	var req struct {
		Name   *string  `json:"name"`
		Type   *string  `json:"type"`
		Weight *float64 `json:"weight"`
	}
	if err := bindJSON(c, &req); err != nil {
		h.fail(c, err)
		return
	}
	up := ingest.OutletUpdate{Name: req.Name, Weight: req.Weight}
	if req.Type != nil {
		t := ingest.OutletType(*req.Type)
		up.Type = &t
	}
	o, err := h.feeds.UpdateOutlet(c.Request.Context(), id, up)
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, toOutletJSON(o))
}

func (h *handler) apiListFeeds(c *gin.Context) {
	fs, err := h.feeds.Feeds(c.Request.Context())
	if err != nil {
		h.fail(c, err)
		return
	}
	out := make([]feedJSON, len(fs))
	for i := range fs {
		out[i] = toFeedJSON(&fs[i])
	}
	c.JSON(http.StatusOK, gin.H{"feeds": out})
}

func (h *handler) apiRefreshFeed(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	res, err := h.refresh(c, id)
	if err != nil {
		h.fail(c, err)
		return
	}
	body := gin.H{"status": res.Status, "items": res.Items, "new": res.New, "updated": res.Updated}
	if res.Err != nil {
		body["error"] = res.Err.Error()
	}
	c.JSON(http.StatusOK, body)
}

// refresh fetches a feed now, bounded so a slow feed cannot hold the request for ever.
func (h *handler) refresh(c *gin.Context, id int64) (ingest.Result, error) {
	if h.ingester == nil {
		return ingest.Result{}, tracker.ErrNotFound
	}
	stepAside(c)
	return h.ingester.Refresh(c.Request.Context(), id)
}

func (h *handler) apiImportFeeds(c *gin.Context) {
	res, err := h.feeds.ImportOPML(c.Request.Context(), c.Request.Body)
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, importBody(res))
}

// importBody is an OPML import's answer: the contract's added and skipped,
// and why each skipped outline was left out.
func importBody(res ingest.ImportResult) gin.H {
	return gin.H{"added": res.Added, "skipped": res.Skipped(), "limit": ingest.MaxOPMLFeeds,
		"skipped_by_reason": gin.H{"duplicate": res.Duplicates, "invalid": res.Invalid,
			"over_limit": res.OverLimit, "too_deep": res.TooDeep}}
}

// feedRow is a feed as the feeds page shows it.
type feedRow struct {
	*ingest.Feed
	Healthy bool
}

type feedsPage struct {
	Feeds     []feedRow
	Outlets   []ingest.Outlet
	Form      feedForm
	CanManage bool
	Kinds     []ingest.Kind
	Platforms []ingest.Platform
	Types     []ingest.OutletType
	// EditID is the feed (or outlet, OutletEditID) whose edit failed, with
	// what was wrong.
	EditID, OutletEditID int64
	EditErrors           map[string]string
	Result               *ingest.Result
	Import               *ingest.ImportResult // what an OPML import just did
	OPMLLimit            int
	Now                  time.Time
}

type feedForm struct {
	URL, Title, Outlet, Kind, Platform, Interval string
	Errors                                       map[string]string
}
