package web

import (
	"errors"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/search"
)

// uiPageSize is how many hits the search page shows at a time.
const uiPageSize = 20

// defaultSearchDays is the period the search page starts with: the last 30
// days, today included.
const defaultSearchDays = 30

// uiSearchParams reads the search page's parameters. On a first visit (no
// from and no to at all) the period is the last 30 days; a date the analyst
// cleared stays open, because every link of the page writes both.
func (h *handler) uiSearchParams(c *gin.Context) searchParams {
	p := searchParamsFrom(c)
	p.Size = ""
	if q := c.Request.URL.Query(); !q.Has("from") && !q.Has("to") {
		today := dayStart(h.store.Now())
		p.From = today.AddDate(0, 0, -(defaultSearchDays - 1)).Format(time.DateOnly)
		p.To = today.Format(time.DateOnly)
	}
	return p
}

type option struct {
	Value, Label string
}

// facetLink is one value of a facet as a filter: a link that narrows the
// search to it, or, for the value in use, one that lifts the filter.
type facetLink struct {
	Label  string
	Count  int
	URL    string
	Active bool
}

// hitRow is one result: a hit and the copies of the same story in other
// outlets on this page ("även i …"). Each copy still counts in the totals.
type facetGroup struct {
	Title string
	Links []facetLink
}

type hitRow struct {
	search.Hit
	// TitleHTML and Snippet are safe HTML from search: everything there is
	// escaped except the <mark> tags it put around the matched words.
	TitleHTML template.HTML
	Snippet   template.HTML
	KindLabel string
	Also      []search.Hit
}

type pager struct {
	Page, Pages   int
	PrevURL, Next string
}

type searchPage struct {
	Form        searchParams
	Errors      map[string]string
	Unavailable bool
	Searched    bool
	Total       uint64
	AsWords     bool // the query's capitalised names found nothing as names and were searched as words too
	Rows        []hitRow
	Facets      []facetGroup
	Chart       *barChart
	Pager       pager
	CSVURL      string
	ClearURL    string
	KindOptions []option
	OutletNames []string
	TopicOpts   []option
	MaxExport   int
	Saved       []ingest.SavedSearch // the user's own saved searches
	SaveError   string               // why the last save failed (from the redirect)
}

var kindOptions = []option{{string(ingest.KindNews), ingest.KindNews.Label()},
	{string(ingest.KindOpinion), ingest.KindOpinion.Label()}, {string(ingest.KindOwn), ingest.KindOwn.Label()}}

// searchURL is the search page for the parameters v, changed by pairs of
// name and value ("" removes the parameter).
func searchURL(path string, v url.Values, pairs ...string) string {
	out := url.Values{}
	for k, vs := range v {
		out[k] = slices.Clone(vs)
	}
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] == "" && pairs[i] != "from" && pairs[i] != "to" {
			out.Del(pairs[i])
		} else {
			out.Set(pairs[i], pairs[i+1])
		}
	}
	return path + "?" + out.Encode()
}

func (h *handler) showSearch(c *gin.Context) {
	ctx := c.Request.Context()
	p := h.uiSearchParams(c)
	page := searchPage{Form: p, KindOptions: kindOptions, MaxExport: maxCSVRows}
	v := p.values()
	page.CSVURL = searchURL("/search.csv", v)
	page.ClearURL = "/search"
	names, topics, err := h.topicNames(ctx)
	if err != nil {
		h.fail(c, err)
		return
	}
	for _, t := range topics {
		page.TopicOpts = append(page.TopicOpts, option{strconv.FormatInt(t.ID, 10), t.Name})
	}
	if page.Saved, err = h.feeds.SavedSearches(ctx, currentUser(c).Username); err != nil {
		h.fail(c, err)
		return
	}
	page.SaveError = savedSearchError(c.Query("save_error"))
	if h.index == nil {
		page.Unavailable = true
		h.render(c, http.StatusServiceUnavailable, "search.html", "Bevakning", page)
		return
	}

	req, err := p.request()
	if err == nil {
		req.Size, req.Facets = uiPageSize, true
		var res *search.Result
		if res, err = h.search(ctx, req); err == nil {
			h.fillResults(&page, req, res, names, v)
		}
	}
	var qe *search.QueryError
	if errors.As(err, &qe) {
		page.Errors = map[string]string{qe.Field: qe.Error()}
		h.render(c, http.StatusUnprocessableEntity, "search.html", "Bevakning", page)
		return
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	h.render(c, http.StatusOK, "search.html", "Bevakning", page)
}

func (h *handler) fillResults(page *searchPage, req search.Request, res *search.Result, topicNames map[string]string, v url.Values) {
	page.Searched = true
	page.Total, page.AsWords = res.Total, res.NamesAsWords
	page.Rows = groupStories(res.Hits)

	f := res.Facets
	if f == nil {
		f = &search.Facets{}
	}
	facet := func(param, current string, tcs []search.TermCount, label func(string) string) []facetLink {
		var out []facetLink
		for _, t := range tcs {
			active := strings.EqualFold(t.Term, current)
			l := facetLink{Label: label(t.Term), Count: t.Count, Active: active, URL: searchURL("/search", v, param, t.Term)}
			if active {
				l.URL = searchURL("/search", v, param, "")
			}
			out = append(out, l)
		}
		return out
	}
	page.Facets = []facetGroup{
		{"Medium", facet("outlet", page.Form.Outlet, f.Outlet, func(s string) string { return s })},
		{"Typ", facet("kind", page.Form.Kind, f.Kind, func(s string) string { return ingest.Kind(s).Label() })},
		{"Ämne", facet("topic", page.Form.Topic, f.Topic, func(s string) string {
			if n, ok := topicNames[s]; ok {
				return n
			}
			return "Ämne " + s
		})},
	}
	for _, o := range f.Outlet {
		page.OutletNames = append(page.OutletNames, o.Term)
	}
	if page.Form.Outlet != "" && !slices.ContainsFunc(page.OutletNames, func(s string) bool { return strings.EqualFold(s, page.Form.Outlet) }) {
		page.OutletNames = append(page.OutletNames, page.Form.Outlet)
	}
	slices.SortFunc(page.OutletNames, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })

	page.Chart = volumeChart("volym", f.Day, req.From, req.To)

	cur := max(req.Page, 1)
	pages := int((res.Total + uiPageSize - 1) / uiPageSize)
	pages = min(pages, search.MaxWindow/uiPageSize)
	page.Pager = pager{Page: cur, Pages: pages}
	if cur > 1 {
		page.Pager.PrevURL = searchURL("/search", v, "page", strconv.Itoa(cur-1))
	}
	if cur < pages {
		page.Pager.Next = searchURL("/search", v, "page", strconv.Itoa(cur+1))
	}
}

// groupStories folds the hits of a page that belong to one near-duplicate
// group (the same wire story in several outlets) into the first of them.
func groupStories(hits []search.Hit) []hitRow {
	var rows []hitRow
	at := map[string]int{}
	for _, hit := range hits {
		if i, ok := at[hit.StoryKey]; ok && hit.StoryKey != "" {
			rows[i].Also = append(rows[i].Also, hit)
			continue
		}
		if hit.StoryKey != "" {
			at[hit.StoryKey] = len(rows)
		}
		rows = append(rows, hitRow{Hit: hit, TitleHTML: template.HTML(hit.TitleHTML), //nolint:gosec // safe HTML from search, see hitRow
			Snippet: template.HTML(hit.Snippet), KindLabel: hit.Kind.Label()}) //nolint:gosec // idem
	}
	return rows
}

// savedSearchError lets through only the messages saveSearch redirects
// with, so that a link cannot put text of its own on the page.
func savedSearchError(msg string) string {
	if strings.HasPrefix(msg, "Sökningen sparades inte.") || msg == "Du har redan en sparad sökning med det namnet." {
		if len(msg) > 400 {
			return ""
		}
		return msg
	}
	return ""
}
