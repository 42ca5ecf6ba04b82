package web

import (
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
