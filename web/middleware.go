package web

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"net/http"
	"runtime/debug"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/priority"
)

// foreground marks the request as being answered while it runs (see
// package priority), or until it steps aside (stepAside), and gives its
// context the request's arrival, which orders its turns at the door
// (admission), at the database's pools and at the search gate
// (priority.WithArrival, priority.Turns).
func foreground(f *priority.Foreground) gin.HandlerFunc {
	return func(c *gin.Context) {
		enterLeave := f.Enter()
		ctx, background := priority.WithArrival(c.Request.Context(), time.Now())
		c.Request = c.Request.WithContext(ctx)
		leave := func() { background(); enterLeave() }
		defer leave()
		c.Set(foregroundLeaveKey, leave)
		c.Next()
	}
}

const foregroundLeaveKey = "lagesbild.foreground.leave"

// stepAside ends the request's part in the foreground before it does the
// background's work itself: a feed refreshed on request is ingest, which
// yields to the people being answered (IngesterOptions.Yield), and so does
// the index that catches up with it. Counted among them, the refresh would
// wait MaxYield at every one of its own yields (forty for a feed of 1,000
// items) and hold the index back the whole time.
func stepAside(c *gin.Context) {
	for _, key := range []string{admissionLeaveKey, foregroundLeaveKey} {
		if leave, ok := c.Get(key); ok {
			leave.(func())()
		}
	}
}

// requestLog logs one line per request: no query strings, no bodies (they
// may hold personal data).
func (h *handler) requestLog() gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		c.Next()
		status := c.Writer.Status()
		attrs := []any{"method", c.Request.Method, "path", c.Request.URL.Path, "status", status,
			"duration_ms", time.Since(start).Milliseconds()}
		if u := currentUser(c); u != nil {
			attrs = append(attrs, "user_id", u.ID)
		}
		switch {
		case status >= 500:
			h.log.WarnContext(c.Request.Context(), "request", attrs...)
		default:
			h.log.DebugContext(c.Request.Context(), "request", attrs...)
		}
	}
}

// recovery turns a panic into a logged error and a plain 500.
func (h *handler) recovery() gin.HandlerFunc {
	return func(c *gin.Context) {
		defer func() {
			if p := recover(); p != nil {
				h.log.ErrorContext(c.Request.Context(), "panic in handler", "path", c.Request.URL.Path, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
				if !c.Writer.Written() {
					h.fail(c, fmt.Errorf("panic: %v", p))
				}
				c.Abort()
			}
		}()
		c.Next()
	}
}

const nonceKey = "csp_nonce"

// securityHeaders sets a strict CSP with a per-request nonce and the usual hardening headers.
func securityHeaders() gin.HandlerFunc {
	return func(c *gin.Context) {
		var b [16]byte
		if _, err := rand.Read(b[:]); err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		nonce := base64.StdEncoding.EncodeToString(b[:])
		c.Set(nonceKey, nonce)
		hd := c.Writer.Header()
		hd.Set("Content-Security-Policy", "default-src 'self'; script-src 'self' 'nonce-"+nonce+"'; style-src 'self'; "+
			"img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'")
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "same-origin")
		hd.Set("X-Frame-Options", "DENY")
		c.Next()
	}
}

// largerBodies are the routes whose bodies may exceed their group's cap: an
// OPML file may be as large as the importer reads (plus the form around it).
var largerBodies = map[string]int64{
	"/api/v1/feeds/import": ingest.MaxOPMLBytes,
	"/feeds/import":        ingest.MaxOPMLBytes + 64<<10,
}

// limitBody caps request bodies; reading past the cap fails with *http.MaxBytesError.
func limitBody(limit int64) gin.HandlerFunc {
	return func(c *gin.Context) {
		n := limit
		if larger, ok := largerBodies[c.FullPath()]; ok {
			n = larger
		}
		if c.Request.ContentLength > n {
			tooLarge(c, n)
			return
		}
		c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, n)
		c.Next()
	}
}
