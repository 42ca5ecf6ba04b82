package web

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

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
