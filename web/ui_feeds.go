package web

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/ingest"
)

func (h *handler) showFeeds(c *gin.Context) {
	h.renderFeeds(c, http.StatusOK, feedForm{Kind: string(ingest.KindNews)})
}

func (h *handler) renderFeeds(c *gin.Context, status int, form feedForm) {
	h.renderFeedsPage(c, status, feedsPage{Form: form})
}

func (h *handler) renderFeedsPage(c *gin.Context, status int, page feedsPage) {
	fs, err := h.feeds.Feeds(c.Request.Context())
	if err != nil {
		h.fail(c, err)
		return
	}
	if page.Outlets, err = h.feeds.Outlets(c.Request.Context()); err != nil {
		h.fail(c, err)
		return
	}
	page.CanManage, page.Now, page.Import, page.OPMLLimit = mayManageFeeds(c) == nil, h.store.Now(), importFromQuery(c), ingest.MaxOPMLFeeds
	page.Kinds = []ingest.Kind{ingest.KindNews, ingest.KindOpinion, ingest.KindOwn}
	page.Platforms, page.Types = ingest.Platforms, ingest.OutletTypes
	if page.Form.Kind == "" {
		page.Form.Kind = string(ingest.KindNews)
	}
	for i := range fs {
		page.Feeds = append(page.Feeds, feedRow{Feed: &fs[i], Healthy: fs[i].LastStatus != "error"})
	}
	h.render(c, status, "feeds.html", "Flöden", page)
}

// importFromQuery reads the counts an OPML import redirected with (numbers
// only: nothing else from the URL reaches the page).
func importFromQuery(c *gin.Context) *ingest.ImportResult {
	if c.Query("m") != "imported" {
		return nil
	}
	n := func(key string) int {
		v, err := strconv.Atoi(c.Query(key))
		if err != nil || v < 0 {
			return 0
		}
		return v
	}
	return &ingest.ImportResult{Added: n("added"), Duplicates: n("duplicate"), Invalid: n("invalid"),
		OverLimit: n("over_limit"), TooDeep: n("too_deep")}
}

func (h *handler) createFeed(c *gin.Context) {
	form := feedForm{URL: strings.TrimSpace(c.PostForm("url")), Title: strings.TrimSpace(c.PostForm("title")),
		Outlet: strings.TrimSpace(c.PostForm("outlet")), Kind: c.PostForm("kind"), Platform: c.PostForm("platform"),
		Interval: strings.TrimSpace(c.PostForm("interval"))}
	in := ingest.NewFeed{URL: form.URL, Title: form.Title, Outlet: form.Outlet, Kind: ingest.Kind(form.Kind),
		Platform: ingest.Platform(form.Platform)}
	if form.Interval != "" {
		minutes, err := strconv.Atoi(form.Interval)
		if err != nil || minutes < 1 {
			form.Errors = map[string]string{"interval": "Ange intervallet i hela minuter."}
			h.renderFeeds(c, http.StatusUnprocessableEntity, form)
			return
		}
		in.IntervalSeconds = minutes * 60
	}
	f, err := h.feeds.CreateFeed(c.Request.Context(), in)
	if fields, ok := validationFields(err); ok {
		form.Errors = fields
		h.renderFeeds(c, http.StatusUnprocessableEntity, form)
		return
	}
	if err != nil && err == ingest.ErrDuplicateFeed {
		form.Errors = map[string]string{"url": "Flödet finns redan."}
		h.renderFeeds(c, http.StatusConflict, form)
		return
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	h.log.InfoContext(c.Request.Context(), "feed added", "feed_id", f.ID)
	c.Redirect(http.StatusSeeOther, "/feeds?m=feedadded")
}

func (h *handler) importFeeds(c *gin.Context) {
	file, err := c.FormFile("opml")
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		h.renderFeeds(c, http.StatusRequestEntityTooLarge, feedForm{Kind: string(ingest.KindNews),
			Errors: map[string]string{"opml": fmt.Sprintf("Filen är för stor. En OPML-fil får vara högst %d MB.", ingest.MaxOPMLBytes>>20)}})
		return
	}
	if err != nil {
		h.renderFeeds(c, http.StatusUnprocessableEntity, feedForm{Kind: string(ingest.KindNews),
			Errors: map[string]string{"opml": "Välj en OPML-fil att läsa in."}})
		return
	}
	r, err := file.Open()
	if err != nil {
		h.fail(c, err)
		return
	}
	defer r.Close()
	res, err := h.feeds.ImportOPML(c.Request.Context(), r)
	if fields, ok := validationFields(err); ok {
		h.renderFeeds(c, http.StatusUnprocessableEntity, feedForm{Kind: string(ingest.KindNews), Errors: fields})
		return
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/feeds?m=imported&added=%d&duplicate=%d&invalid=%d&over_limit=%d&too_deep=%d",
		res.Added, res.Duplicates, res.Invalid, res.OverLimit, res.TooDeep))
}

func (h *handler) refreshFeed(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	if _, err := h.refresh(c, id); err != nil {
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/feeds?m=refreshed#feed-%d", id))
}

// updateFeed saves the edit form of one feed: title, outlet, kind,
// platform, interval in minutes, paused.
func (h *handler) updateFeed(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	title, outlet := c.PostForm("title"), c.PostForm("outlet")
	kind, platform := ingest.Kind(c.PostForm("kind")), ingest.Platform(c.PostForm("platform"))
	paused := c.PostForm("paused") == "1"
	up := ingest.FeedUpdate{Title: &title, Outlet: &outlet, Kind: &kind, Platform: &platform, Paused: &paused}
	minutes, err := strconv.Atoi(strings.TrimSpace(c.PostForm("interval")))
	if err != nil || minutes < 1 {
		h.renderFeedsPage(c, http.StatusUnprocessableEntity, feedsPage{EditID: id,
			EditErrors: map[string]string{"interval": "Ange intervallet i hela minuter."}})
		return
	}
	seconds := minutes * 60
	up.IntervalSeconds = &seconds
	_, err = h.feeds.UpdateFeed(c.Request.Context(), id, up)
	if fields, ok := validationFields(err); ok {
		if fields["interval_seconds"] != "" {
			fields["interval"] = fields["interval_seconds"]
		}
		h.renderFeedsPage(c, http.StatusUnprocessableEntity, feedsPage{EditID: id, EditErrors: fields})
		return
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/feeds?m=feedsaved#feed-%d", id))
}

func (h *handler) deleteFeed(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	if err := h.removeFeed(c, id); err != nil {
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/feeds?m=feeddeleted")
}

// updateOutlet saves an outlet's name, type and weight (a decimal comma
// is fine).
func (h *handler) updateOutlet(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		h.fail(c, err)
		return
	}
	name, typ := c.PostForm("name"), ingest.OutletType(c.PostForm("type"))
	up := ingest.OutletUpdate{Name: &name, Type: &typ}
	weight, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimSpace(c.PostForm("weight")), ",", "."), 64)
	if err != nil {
		h.renderFeedsPage(c, http.StatusUnprocessableEntity, feedsPage{OutletEditID: id,
			EditErrors: map[string]string{"weight": "Ange vikten som ett tal, till exempel 1 eller 2,5."}})
		return
	}
	up.Weight = &weight
	_, err = h.feeds.UpdateOutlet(c.Request.Context(), id, up)
	if fields, ok := validationFields(err); ok {
		h.renderFeedsPage(c, http.StatusUnprocessableEntity, feedsPage{OutletEditID: id, EditErrors: fields})
		return
	}
	if errors.Is(err, ingest.ErrConflict) {
		h.renderFeedsPage(c, http.StatusConflict, feedsPage{OutletEditID: id,
			EditErrors: map[string]string{"name": "Ett annat medium har redan det namnet."}})
		return
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/feeds?m=outletsaved#outlet-%d", id))
}
