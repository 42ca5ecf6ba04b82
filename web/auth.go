package web

import (
	"errors"
	"net/http"
	"strings"
	"sync"
	"time"

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
	keys := []string{"user:" + username, "ip:" + c.ClientIP()}
	if wait := h.throttle.blocked(keys...); wait > 0 {
		page.Error = "För många misslyckade inloggningar. Försök igen om " + minutes(wait) + "."
		h.render(c, http.StatusTooManyRequests, "login.html", "Logga in", page)
		return
	}
	u, err := h.store.Authenticate(c.Request.Context(), username, c.PostForm("password"))
	if errors.Is(err, tracker.ErrBadCredentials) {
		h.throttle.fail(keys...)
		h.log.Info("login failed", "remote_addr", c.ClientIP())
		page.Error = "Fel användarnamn eller lösenord."
		h.render(c, http.StatusUnauthorized, "login.html", "Logga in", page)
		return
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	h.throttle.reset(keys[0])
	secret, err := h.store.CreateSession(c.Request.Context(), u.ID, h.ttl)
	if err != nil {
		h.fail(c, err)
		return
	}
	h.setSessionCookie(c, secret)
	h.log.Info("login", "user_id", u.ID)
	c.Redirect(http.StatusSeeOther, page.Next)
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

// safeNext keeps a post-login redirect on this site.
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") {
		return "/"
	}
	return next
}

// loginThrottle slows down password guessing: after maxFailures failed
// logins for a username or from an address within window, further attempts
// are refused until the window has passed.
type loginThrottle struct {
	mu       sync.Mutex
	now      func() time.Time
	failures map[string][]time.Time
}

const (
	maxFailures    = 5
	throttleWindow = 15 * time.Minute
)

func newLoginThrottle(now func() time.Time) *loginThrottle {
	return &loginThrottle{now: now, failures: map[string][]time.Time{}}
}

func (t *loginThrottle) recent(key string) []time.Time {
	cutoff := t.now().Add(-throttleWindow)
	kept := t.failures[key][:0]
	for _, at := range t.failures[key] {
		if at.After(cutoff) {
			kept = append(kept, at)
		}
	}
	if len(kept) == 0 {
		delete(t.failures, key)
		return nil
	}
	t.failures[key] = kept
	return kept
}

// blocked says how long the caller must wait (0: not blocked).
func (t *loginThrottle) blocked(keys ...string) time.Duration {
	t.mu.Lock()
	defer t.mu.Unlock()
	var wait time.Duration
	for _, k := range keys {
		if f := t.recent(k); len(f) >= maxFailures {
			wait = max(wait, f[len(f)-maxFailures].Add(throttleWindow).Sub(t.now()))
		}
	}
	return wait
}

func (t *loginThrottle) fail(keys ...string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if len(t.failures) > 100000 { // bound memory under a flood of distinct keys
		t.failures = map[string][]time.Time{}
	}
	for _, k := range keys {
		t.failures[k] = append(t.recent(k), t.now())
	}
}

func (t *loginThrottle) reset(key string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.failures, key)
}
