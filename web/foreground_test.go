package web

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/priority"
)

// A request counts as foreground work while it is answered, and no longer
// once it is.
func TestRequestsAreForegroundWhileAnswered(t *testing.T) {
	gin.SetMode(gin.TestMode)
	fg := priority.New()
	r := gin.New()
	r.Use(foreground(fg))
	during := -1
	r.GET("/", func(c *gin.Context) { during = fg.Active(); c.Status(http.StatusNoContent) })
	r.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))
	if during != 1 || fg.Active() != 0 {
		t.Errorf("active while answered %d, after %d; want 1 and 0", during, fg.Active())
	}
}

// A request that does the background's work itself (a feed refreshed on
// request) steps aside: it no longer counts once it has, and leaving at
// its end changes nothing more.
func TestRequestStepsAsideForBackgroundWork(t *testing.T) {
	gin.SetMode(gin.TestMode)
	fg := priority.New()
	r := gin.New()
	r.Use(foreground(fg))
	before, after := -1, -1
	r.POST("/", func(c *gin.Context) {
		before = fg.Active()
		stepAside(c)
		after = fg.Active()
		c.Status(http.StatusNoContent)
	})
	other := fg.Enter() // another request, still being answered
	r.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("POST", "/", nil))
	if before != 2 || after != 1 || fg.Active() != 1 {
		t.Errorf("active before stepping aside %d, after %d, at the end %d; want 2, 1, 1", before, after, fg.Active())
	}
	other()
}

// A request whose client went away fails as abandoned (499), not as the
// server's fault (500), however the cancellation reached the error.
func TestAbandonedRequestIsNoServerError(t *testing.T) {
	gin.SetMode(gin.TestMode)
	h := &handler{log: slog.New(slog.DiscardHandler)}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rec := httptest.NewRecorder()
	c, _ := gin.CreateTestContext(rec)
	c.Request = httptest.NewRequest("GET", "/api/v1/articles/search", nil).WithContext(ctx)
	h.fail(c, fmt.Errorf("look up token: %w", context.Canceled))
	if rec.Code != statusClientClosedRequest {
		t.Errorf("status %d, want %d", rec.Code, statusClientClosedRequest)
	}
	// A cancellation the client did not cause (the request still open) stays
	// the server's error.
	rec = httptest.NewRecorder()
	c, _ = gin.CreateTestContext(rec)
	c.Request = httptest.NewRequest("GET", "/api/v1/articles/search", nil)
	h.fail(c, fmt.Errorf("look up token: %w", context.Canceled))
	if rec.Code < 500 {
		t.Errorf("status %d for a cancellation of the server's own, want 5xx", rec.Code)
	}
}

// No more requests are worked on at once than there are turns: one more
// waits until a turn frees. The health check and the static assets are
// not counted, so they answer while every turn is taken.
func TestRequestsWaitForATurnButHealthChecksDoNot(t *testing.T) {
	gin.SetMode(gin.TestMode)
	turns := priority.NewTurns(1)
	r := gin.New()
	r.Use(foreground(priority.New()), admission(doorOf(turns)))
	holding, release := make(chan struct{}), make(chan struct{})
	r.GET("/hold", func(c *gin.Context) { close(holding); <-release; c.Status(http.StatusNoContent) })
	r.GET("/next", func(c *gin.Context) { c.Status(http.StatusNoContent) })
	r.GET("/healthz", func(c *gin.Context) { c.Status(http.StatusNoContent) })
	go r.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/hold", nil))
	<-holding

	next := make(chan *httptest.ResponseRecorder)
	go func() {
		rec := httptest.NewRecorder()
		r.ServeHTTP(rec, httptest.NewRequest("GET", "/next", nil))
		next <- rec
	}()
	health := make(chan int)
	go func() {
		rec := httptest.NewRecorder()
		r.ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
		health <- rec.Code
	}()
	select {
	case code := <-health:
		if code != http.StatusNoContent {
			t.Errorf("the health check while every turn was taken: %d", code)
		}
	case <-time.After(5 * time.Second):
		t.Error("the health check waited for a turn")
	}
	select {
	case rec := <-next:
		t.Fatalf("a request was answered (%d) while the only turn was taken", rec.Code)
	case <-time.After(50 * time.Millisecond):
	}
	close(release)
	rec := <-next
	if rec.Code != http.StatusNoContent {
		t.Errorf("the request after the turn freed: %d", rec.Code)
	}
	// The answer says how long it waited at the door: at least the 50 ms
	// above, and it was worked on for less than that.
	var queue, app float64
	if _, err := fmt.Sscanf(rec.Header().Get("Server-Timing"), "queue;dur=%g, app;dur=%g", &queue, &app); err != nil {
		t.Fatalf("Server-Timing %q: %v", rec.Header().Get("Server-Timing"), err)
	}
	if queue < 50 || app >= 50 {
		t.Errorf("Server-Timing %q: want queue ≥ 50 ms and app < 50 ms", rec.Header().Get("Server-Timing"))
	}
}

// A request gives its turn back when it steps aside to do background work,
// and a response gives it back once it has written admitAfterBytes: a
// client that reads slowly must not hold a turn until the write timeout.
func TestATurnGoesBackOnStepAsideAndAfterALargeResponse(t *testing.T) {
	for name, handle := range map[string]func(c *gin.Context){
		"step aside": func(c *gin.Context) { stepAside(c) },
		"large response": func(c *gin.Context) {
			c.Writer.WriteString(strings.Repeat("x", admitAfterBytes)) //nolint:errcheck // a recorder
		},
	} {
		t.Run(name, func(t *testing.T) {
			gin.SetMode(gin.TestMode)
			turns := priority.NewTurns(1)
			r := gin.New()
			r.Use(foreground(priority.New()), admission(doorOf(turns)))
			gaveBack, finish := make(chan struct{}), make(chan struct{})
			r.GET("/", func(c *gin.Context) {
				handle(c)
				// The turn is free while this request goes on.
				ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
				defer cancel()
				if err := turns.Take(ctx); err != nil {
					t.Errorf("the turn was not given back: %v", err)
				} else {
					turns.Give()
				}
				close(gaveBack)
				<-finish
			})
			go r.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))
			<-gaveBack
			close(finish)
		})
	}
}

// doorOf is a door with the given turns whose searches' lane has as many.
func doorOf(turns *priority.Turns) *door {
	return &door{turns: turns, searches: priority.NewTurns(1 << 10), paths: map[string]bool{}}
}

// Searches hold at most the lane's turns at the door: a search beyond them
// waits without one, and a page that came in after it is answered while
// it waits (the triage page among ten searching clients waited behind
// searches that slept at the index's gate).
func TestSearchesWaitInTheirLaneAndLeaveTheDoorToPages(t *testing.T) {
	gin.SetMode(gin.TestMode)
	d := &door{turns: priority.NewTurns(2), searches: priority.NewTurns(1), paths: map[string]bool{}}
	r := gin.New()
	r.Use(foreground(priority.New()), admission(d))
	searching, release := make(chan struct{}, 2), make(chan struct{})
	r.GET("/search", func(c *gin.Context) { searching <- struct{}{}; <-release; c.Status(http.StatusNoContent) })
	r.GET("/", func(c *gin.Context) { c.Status(http.StatusNoContent) })
	d.searchRoute("/search")

	answered := make(chan int, 2)
	search := func() {
		rec := httptest.NewRecorder()
		r.ServeHTTP(rec, httptest.NewRequest("GET", "/search", nil))
		answered <- rec.Code
	}
	go search()
	<-searching
	go search() // waits in the lane: the first holds its only turn
	time.Sleep(50 * time.Millisecond)
	select {
	case <-searching:
		t.Fatal("a second search was let in while the lane's only turn was taken")
	default:
	}

	page := make(chan int)
	go func() {
		rec := httptest.NewRecorder()
		r.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
		page <- rec.Code
	}()
	select {
	case code := <-page:
		if code != http.StatusNoContent {
			t.Errorf("the page: %d", code)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the page waited behind a search waiting in its lane")
	}

	close(release)
	for range 2 {
		if code := <-answered; code != http.StatusNoContent {
			t.Errorf("a search: %d", code)
		}
	}
	// Both the lane's turn and the door's went back: three searches in a
	// row and nothing else wait.
	for range 3 {
		if code := func() int { go search(); <-searching; return <-answered }(); code != http.StatusNoContent {
			t.Errorf("a later search: %d", code)
		}
	}
}

// The search routes are marked by their full path, as gin gives it.
func TestTheSearchRoutesWaitInTheSearchesLane(t *testing.T) {
	gin.SetMode(gin.TestMode)
	h := &handler{door: newDoor()}
	r := gin.New()
	h.searchRoutes(r.Group("/api/v1"), r.Group("/"))
	for _, p := range []string{"/api/v1/articles/search", "/search", "/search.csv"} {
		if !h.door.paths[p] {
			t.Errorf("%s is not in the searches' lane; the lane has %v", p, h.door.paths)
		}
	}
	if h.door.paths["/api/v1/articles/:id"] {
		t.Error("an article's page is in the searches' lane")
	}
}
