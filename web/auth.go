package web

import (
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/tracker"
)

const (
	userKey       = "user"
	sessionCookie = "lagesbild_session"
)

func currentUser(c *gin.Context) *tracker.User {
	if v, ok := c.Get(userKey); ok {
		return v.(*tracker.User)
	}
	return nil
}

func actor(c *gin.Context) tracker.Actor { return currentUser(c).Actor() }

// tokenAuth lets an API call through only with a valid bearer token.
func (h *handler) tokenAuth() gin.HandlerFunc {
	return func(c *gin.Context) {
		auth := c.GetHeader("Authorization")
		token, ok := strings.CutPrefix(auth, "Bearer ")
		if !ok || strings.TrimSpace(token) == "" {
			h.fail(c, errUnauthorized)
			return
		}
		u, err := h.store.UserByToken(c.Request.Context(), strings.TrimSpace(token))
		if err != nil {
			h.fail(c, err)
			return
		}
		c.Set(userKey, u)
		c.Next()
	}
}

// sessionAuth finds the logged-in user, if any, from the session cookie.
func (h *handler) sessionAuth() gin.HandlerFunc {
	return func(c *gin.Context) {
		if secret, err := c.Cookie(sessionCookie); err == nil && secret != "" {
			u, err := h.store.UserBySession(c.Request.Context(), secret)
			switch {
			case err == nil:
				c.Set(userKey, u)
			case errors.Is(err, tracker.ErrBadCredentials):
				h.clearSessionCookie(c)
			default:
				h.fail(c, err)
				return
			}
		}
		c.Next()
	}
}

// requireLogin sends visitors without a session to the login page.
func (h *handler) requireLogin() gin.HandlerFunc {
	return func(c *gin.Context) {
		if currentUser(c) == nil {
			next := c.Request.URL.RequestURI()
			if c.Request.Method != http.MethodGet {
				next = "/"
			}
			c.Redirect(http.StatusSeeOther, "/login?next="+urlQueryEscape(next))
			c.Abort()
			return
		}
		c.Next()
	}
}

func (h *handler) setSessionCookie(c *gin.Context, secret string) {
	http.SetCookie(c.Writer, &http.Cookie{Name: sessionCookie, Value: secret, Path: "/", MaxAge: int(h.ttl.Seconds()),
		HttpOnly: true, Secure: h.secure, SameSite: http.SameSiteLaxMode})
}

func (h *handler) clearSessionCookie(c *gin.Context) {
	http.SetCookie(c.Writer, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1,
		HttpOnly: true, Secure: h.secure, SameSite: http.SameSiteLaxMode})
}

type loginPage struct {
	Username string
	Next     string
	Error    string
}

func (h *handler) showLogin(c *gin.Context) {
	if currentUser(c) != nil {
		c.Redirect(http.StatusSeeOther, "/")
		return
	}
	h.render(c, http.StatusOK, "login.html", "Logga in", loginPage{Next: safeNext(c.Query("next"))})
}

func (h *handler) login(c *gin.Context) {
	username := strings.ToLower(strings.TrimSpace(c.PostForm("username")))
	page := loginPage{Username: username, Next: safeNext(c.PostForm("next"))}
	keys := loginKeys(username, c.ClientIP())
	if wait := h.throttle.wait(keys); wait > 0 {
		c.Header("Retry-After", strconv.Itoa(int(wait.Round(time.Second).Seconds())+1))
		page.Error = "För många misslyckade inloggningar. Vänta " + seconds(wait) + " och försök igen."
		h.render(c, http.StatusTooManyRequests, "login.html", "Logga in", page)
		return
	}
	u, err := h.store.Authenticate(c.Request.Context(), username, c.PostForm("password"))
	if errors.Is(err, tracker.ErrBadCredentials) {
		h.throttle.fail(keys)
		h.log.InfoContext(c.Request.Context(), "login failed", "remote_addr", c.ClientIP())
		page.Error = "Fel användarnamn eller lösenord."
		h.render(c, http.StatusUnauthorized, "login.html", "Logga in", page)
		return
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	h.throttle.succeed(keys)
	secret, err := h.store.CreateSession(c.Request.Context(), u.ID, h.ttl)
	if err != nil {
		h.fail(c, err)
		return
	}
	h.setSessionCookie(c, secret)
	h.log.InfoContext(c.Request.Context(), "login", "user_id", u.ID)
	c.Redirect(http.StatusSeeOther, page.Next)
}

func seconds(d time.Duration) string {
	n := int(d.Round(time.Second).Seconds())
	if n <= 1 {
		return "en sekund"
	}
	if n < 120 {
		return strconv.Itoa(n) + " sekunder"
	}
	return minutes(d)
}

func (h *handler) logout(c *gin.Context) {
	if secret, err := c.Cookie(sessionCookie); err == nil && secret != "" {
		if err := h.store.DeleteSession(c.Request.Context(), secret); err != nil {
			h.fail(c, err)
			return
		}
	}
	h.clearSessionCookie(c)
	c.Redirect(http.StatusSeeOther, "/login")
}

// safeNext keeps a post-login redirect on this site: a path that starts with
// one "/", with no "//" or "\\" anywhere (browsers read "/\\host" and, once
// they strip tabs and newlines, "/\t/host" as another site) and no control
// characters or invisible separators. Anything else goes to the start page.
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/") || strings.Contains(next, "//") || strings.Contains(next, "\\") ||
		strings.IndexFunc(next, func(r rune) bool { return !unicode.IsGraphic(r) || r == utf8.RuneError }) >= 0 ||
		!utf8.ValidString(next) {
		return "/"
	}
	return next
}
