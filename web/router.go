// Package web is the HTTP face of Lägesbild: the Swedish server-rendered UI
// and the JSON API of shared/API.md, on one Gin router.
package web

import (
	"log/slog"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/tracker"
)

// Deps is what the router needs.
type Deps struct {
	Store  *tracker.Store
	Logger *slog.Logger
	// SecureCookies marks cookies Secure (set when served over HTTPS).
	SecureCookies bool
}

// New builds the router.
func New(d Deps) *gin.Engine {
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	return r
}
