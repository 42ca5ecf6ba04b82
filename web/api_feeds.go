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
	api.POST("/feeds", h.apiCreateFeed)
	api.GET("/feeds", h.apiListFeeds)
	api.POST("/feeds/import", h.apiImportFeeds)
	api.POST("/feeds/:id/refresh", h.apiRefreshFeed)

	ui.GET("/feeds", h.showFeeds)
	ui.POST("/feeds", h.createFeed)
	ui.POST("/feeds/import", h.importFeeds)
	ui.POST("/feeds/:id/refresh", h.refreshFeed)
	h.searchRoutes(api, ui)
}

type feedJSON struct {
	ID                  int64       `json:"id"`
	URL                 string      `json:"url"`
	Title               string      `json:"title"`
	Outlet              string      `json:"outlet"`
	Kind                ingest.Kind `json:"kind"`
	IntervalSeconds     int         `json:"interval_seconds"`
	LastFetchedAt       *string     `json:"last_fetched_at"`
	LastStatus          string      `json:"last_status"`
	LastError           string      `json:"last_error"`
	NextFetchAt         string      `json:"next_fetch_at"`
	ConsecutiveFailures int         `json:"consecutive_failures"`
	ArticleCount        int64       `json:"article_count"`
}

func toFeedJSON(f *ingest.Feed) feedJSON {
	return feedJSON{ID: f.ID, URL: f.URL, Title: f.Title, Outlet: f.Outlet, Kind: f.Kind, IntervalSeconds: f.IntervalSeconds,
		LastFetchedAt: rfc3339Ptr(f.LastFetchedAt), LastStatus: f.LastStatus, LastError: f.LastError,
		NextFetchAt: rfc3339(f.NextFetchAt), ConsecutiveFailures: f.ConsecutiveFailures, ArticleCount: f.ArticleCount}
}

// mayManageFeeds: feeds are the administrator's.
func mayManageFeeds(c *gin.Context) error {
	if !currentUser(c).Role.ManagesFeeds() {
		return tracker.ErrForbidden
	}
	return nil
}

func (h *handler) apiCreateFeed(c *gin.Context) {
	if err := mayManageFeeds(c); err != nil {
		h.fail(c, err)
		return
	}
	var req struct {
		URL             string `json:"url"`
		Title           string `json:"title"`
		Outlet          string `json:"outlet"`
		Kind            string `json:"kind"`
		IntervalSeconds int    `json:"interval_seconds"`
	}
	if err := bindJSON(c, &req); err != nil {
		h.fail(c, err)
		return
	}
	f, err := h.feeds.CreateFeed(c.Request.Context(), ingest.NewFeed{URL: req.URL, Title: req.Title, Outlet: req.Outlet,
		Kind: ingest.Kind(req.Kind), IntervalSeconds: req.IntervalSeconds})
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusCreated, toFeedJSON(f))
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
	if err := mayManageFeeds(c); err != nil {
		h.fail(c, err)
		return
	}
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
	return h.ingester.Refresh(c.Request.Context(), id)
}

func (h *handler) apiImportFeeds(c *gin.Context) {
	if err := mayManageFeeds(c); err != nil {
		h.fail(c, err)
		return
	}
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
	Form      feedForm
	CanManage bool
	Kinds     []ingest.Kind
	Result    *ingest.Result
	Import    *ingest.ImportResult // what an OPML import just did
	OPMLLimit int
	Now       time.Time
}

type feedForm struct {
	URL, Title, Outlet, Kind, Interval string
	Errors                             map[string]string
}
