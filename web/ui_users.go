package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/tracker"
)

// userForm is the users page's form: strings as typed, no rules.
type userForm struct {
	Username, Name, Title, Email, Role, Delegations, Password string
	Disabled                                                  bool
	Errors                                                    map[string]string
}

// delegationLines reads one delegation per line: "Enhet", or
// "Enhet | 2025-01-01 | 2025-12-31" with a validity (either date may be empty).
func delegationLines(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		parts := strings.Split(line, "|")
		d := tracker.Delegation{Unit: strings.TrimSpace(parts[0])}
		if len(parts) > 1 {
			d.From = strings.TrimSpace(parts[1])
		}
		if len(parts) > 2 {
			d.Until = strings.TrimSpace(parts[2])
		}
		if d.Unit != "" {
			out = append(out, d.String())
		}
	}
	return out
}

func delegationText(u *tracker.User) string {
	var lines []string
	for _, d := range u.Grants() {
		line := d.Unit
		if d.From != "" || d.Until != "" {
			line += " | " + d.From + " | " + d.Until
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

type usersPage struct {
	Users  []tracker.User
	Audit  []tracker.AuditEvent
	Form   userForm
	Edit   *tracker.User // the user being edited, nil on the list
	Roles  []tracker.Role
	Units  []string
	Tokens []tracker.TokenInfo
}

func (h *handler) renderUsers(c *gin.Context, status int, page usersPage) {
	ctx := c.Request.Context()
	us, err := h.store.Users(ctx, actor(c))
	if err != nil {
		h.fail(c, err)
		return
	}
	audit, err := h.store.AuditEvents(ctx, 30, actor(c))
	if err != nil {
		h.fail(c, err)
		return
	}
	page.Users, page.Audit, page.Roles, page.Units = us, audit, tracker.Roles, h.store.Units()
	title := "Användare"
	if page.Edit != nil {
		title = "Användare " + page.Edit.Username
	}
	h.render(c, status, "users.html", title, page)
}

func (h *handler) showUsers(c *gin.Context) {
	h.renderUsers(c, http.StatusOK, usersPage{Form: userForm{Role: string(tracker.RolePressOfficer)}})
}

func (h *handler) createUser(c *gin.Context) {
	form := userForm{Username: strings.TrimSpace(c.PostForm("username")), Name: c.PostForm("name"), Title: c.PostForm("title"),
		Email: strings.TrimSpace(c.PostForm("email")), Role: c.PostForm("role"), Delegations: c.PostForm("delegations"), Password: c.PostForm("password")}
	u, err := h.store.CreateUser(c.Request.Context(), tracker.NewUser{Username: form.Username, Name: form.Name, Title: form.Title, Email: form.Email,
		Role: tracker.Role(form.Role), Password: form.Password, Delegations: delegationLines(form.Delegations)}, actor(c))
	if fields, ok := validationFields(err); ok {
		form.Password, form.Errors = "", fields
		h.renderUsers(c, http.StatusUnprocessableEntity, usersPage{Form: form})
		return
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/users/"+url.PathEscape(u.Username)+"?m=usercreated")
}

func (h *handler) showUser(c *gin.Context) {
	u, err := h.store.User(c.Request.Context(), c.Param("username"))
	if err != nil {
		h.fail(c, err)
		return
	}
	form := userForm{Username: u.Username, Name: u.Name, Title: u.Title, Email: u.Email, Role: string(u.Role),
		Delegations: delegationText(u), Disabled: u.Disabled}
	h.renderUser(c, http.StatusOK, u, form)
}

func (h *handler) renderUser(c *gin.Context, status int, u *tracker.User, form userForm) {
	ts, err := h.store.Tokens(c.Request.Context(), actor(c))
	if err != nil {
		h.fail(c, err)
		return
	}
	var own []tracker.TokenInfo
	for _, t := range ts {
		if t.Username == u.Username {
			own = append(own, t)
		}
	}
	h.renderUsers(c, status, usersPage{Form: form, Edit: u, Tokens: own})
}

func (h *handler) updateUser(c *gin.Context) {
	u, err := h.store.User(c.Request.Context(), c.Param("username"))
	if err != nil {
		h.fail(c, err)
		return
	}
	form := userForm{Username: u.Username, Name: c.PostForm("name"), Title: c.PostForm("title"), Email: strings.TrimSpace(c.PostForm("email")), Role: c.PostForm("role"),
		Delegations: c.PostForm("delegations"), Password: c.PostForm("password"), Disabled: c.PostForm("disabled") == "1"}
	role, ds := tracker.Role(form.Role), delegationLines(form.Delegations)
	up := tracker.UserUpdate{Name: &form.Name, Title: &form.Title, Email: &form.Email, Role: &role, Delegations: &ds, Disabled: &form.Disabled}
	if form.Password != "" {
		up.Password = &form.Password
	}
	_, err = h.store.UpdateUser(c.Request.Context(), u.Username, up, actor(c))
	if fields, ok := validationFields(err); ok {
		form.Password, form.Errors = "", fields
		h.renderUser(c, http.StatusUnprocessableEntity, u, form)
		return
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/users/"+url.PathEscape(u.Username)+"?m=usersaved")
}

// tokensPage lists the tokens the user may see and shows a new one once.
type tokensPage struct {
	Tokens   []tracker.TokenInfo
	New      string // the token just created, in clear, shown once
	Name     string
	Expires  string
	Errors   map[string]string
	CanAdmin bool
}

func (h *handler) renderTokens(c *gin.Context, status int, page tokensPage) {
	ts, err := h.store.Tokens(c.Request.Context(), actor(c))
	if err != nil {
		h.fail(c, err)
		return
	}
	page.Tokens, page.CanAdmin = ts, actor(c).Role.ManagesUsers()
	h.render(c, status, "tokens.html", "API-tokens", page)
}

func (h *handler) showTokens(c *gin.Context) { h.renderTokens(c, http.StatusOK, tokensPage{}) }

// createToken makes a token for the logged-in user; an expiry date is the
// last day it works (Stockholm).
func (h *handler) createToken(c *gin.Context) {
	page := tokensPage{Name: strings.TrimSpace(c.PostForm("name")), Expires: strings.TrimSpace(c.PostForm("expires"))}
	in := tracker.NewToken{Username: currentUser(c).Username, Name: page.Name}
	if page.Expires != "" {
		d, err := time.ParseInLocation(time.DateOnly, page.Expires, tracker.Stockholm)
		if err != nil {
			page.Errors = map[string]string{"expires": "Skriv datumet som ÅÅÅÅ-MM-DD."}
			h.renderTokens(c, http.StatusUnprocessableEntity, page)
			return
		}
		end := d.AddDate(0, 0, 1)
		in.ExpiresAt = &end
	}
	plain, err := h.store.CreateToken(c.Request.Context(), in, actor(c))
	if fields, ok := validationFields(err); ok {
		if m, ok := fields["expires_at"]; ok {
			fields["expires"] = m
			delete(fields, "expires_at")
		}
		page.Errors = fields
		h.renderTokens(c, http.StatusUnprocessableEntity, page)
		return
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	// Rendered, not redirected: the secret must not travel in a URL.
	c.Header("Cache-Control", "no-store")
	h.renderTokens(c, http.StatusCreated, tokensPage{New: plain})
}

func (h *handler) revokeToken(c *gin.Context) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		h.fail(c, tracker.ErrNotFound)
		return
	}
	if err := h.store.RevokeToken(c.Request.Context(), id, actor(c)); err != nil {
		h.fail(c, err)
		return
	}
	back := "/tokens?m=tokenrevoked"
	if u := c.PostForm("back"); u != "" && safeNext(u) == u {
		back = u
	}
	c.Redirect(http.StatusSeeOther, back)
}

func init() {
	for k, v := range map[string]string{
		"usercreated":  "Användaren är skapad.",
		"usersaved":    "Ändringarna är sparade. Stängs ett konto av eller byts lösenordet avslutas användarens inloggningar och API-tokens direkt.",
		"tokenrevoked": "Token är återkallad och fungerar inte längre.",
	} {
		messages[k] = v
	}
}
