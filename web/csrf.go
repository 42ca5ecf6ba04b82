package web

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/justinas/nosurf"
)

// csrf protects every form with nosurf: a masked double-submit token plus a
// same-origin check (Sec-Fetch-Site, Origin or Referer).
func csrf(h *handler) gin.HandlerFunc {
	return func(c *gin.Context) {
		passed := false
		guard := nosurf.New(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			passed = true
			c.Request = r // carries the token for the templates
		}))
		guard.SetBaseCookie(http.Cookie{Name: "lagesbild_csrf", Path: "/", HttpOnly: true, Secure: h.secure,
			SameSite: http.SameSiteLaxMode, MaxAge: nosurf.MaxAge})
		guard.SetIsTLSFunc(func(r *http.Request) bool {
			return r.TLS != nil || strings.EqualFold(r.Header.Get("X-Forwarded-Proto"), "https")
		})
		guard.SetFailureHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			h.log.InfoContext(r.Context(), "csrf check failed", "path", r.URL.Path, "reason", nosurf.Reason(r).Error())
			c.Request = r
			h.render(c, http.StatusForbidden, "error.html", "Formuläret kunde inte skickas", errorPage{
				Status:  http.StatusForbidden,
				Message: "Formuläret saknade sin säkerhetskod eller kom från en annan webbplats. Ladda om sidan och försök igen.",
			})
		}))
		guard.ServeHTTP(c.Writer, c.Request)
		if !passed {
			c.Abort()
			return
		}
		c.Next()
	}
}

func csrfToken(c *gin.Context) string { return nosurf.Token(c.Request) }
