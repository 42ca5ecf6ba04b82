package web

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/tracker"
)

type userJSON struct {
	Username    string               `json:"username"`
	Name        string               `json:"name"`
	Title       string               `json:"title"`
	Email       string               `json:"email"`
	Role        tracker.Role         `json:"role"`
	Delegations []tracker.Delegation `json:"delegations"`
	Disabled    bool                 `json:"disabled"`
	CreatedAt   time.Time            `json:"created_at"`
}

func toUserJSON(u *tracker.User) userJSON {
	ds := u.Grants()
	if ds == nil {
		ds = []tracker.Delegation{}
	}
	return userJSON{Username: u.Username, Name: u.Name, Title: u.Title, Email: u.Email, Role: u.Role, Delegations: ds,
		Disabled: u.Disabled, CreatedAt: u.CreatedAt}
}

// delegationEntries turns delegations into the stored form NewUser takes.
func delegationEntries(ds []tracker.Delegation) []string {
	out := make([]string, 0, len(ds))
	for _, d := range ds {
		out = append(out, d.String())
	}
	return out
}

func (h *handler) apiListUsers(c *gin.Context) {
	us, err := h.store.Users(c.Request.Context(), actor(c))
	if err != nil {
		h.fail(c, err)
		return
	}
	out := make([]userJSON, len(us))
	for i := range us {
		out[i] = toUserJSON(&us[i])
	}
	c.JSON(http.StatusOK, gin.H{"users": out})
}

func (h *handler) apiCreateUser(c *gin.Context) {
	var req struct {
		Username    string               `json:"username"`
		Name        string               `json:"name"`
		Title       string               `json:"title"`
		Email       string               `json:"email"`
		Role        string               `json:"role"`
		Password    string               `json:"password"`
		Delegations []tracker.Delegation `json:"delegations"`
	}
	if err := bindJSON(c, &req); err != nil {
		h.fail(c, err)
		return
	}
	u, err := h.store.CreateUser(c.Request.Context(), tracker.NewUser{Username: req.Username, Name: req.Name, Title: req.Title, Email: req.Email,
		Role: tracker.Role(req.Role), Password: req.Password, Delegations: delegationEntries(req.Delegations)}, actor(c))
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusCreated, toUserJSON(u))
}

func (h *handler) apiUpdateUser(c *gin.Context) {
	var req struct {
		Name        *string               `json:"name"`
		Title       *string               `json:"title"`
		Email       *string               `json:"email"`
		Role        *tracker.Role         `json:"role"`
		Delegations *[]tracker.Delegation `json:"delegations"`
		Disabled    *bool                 `json:"disabled"`
		Password    *string               `json:"password"`
	}
	if err := bindJSON(c, &req); err != nil {
		h.fail(c, err)
		return
	}
	var u *tracker.User
	var err error
	if req.Email != nil && req.Name == nil && req.Title == nil && req.Role == nil && req.Delegations == nil &&
		req.Disabled == nil && req.Password == nil {
		// The address alone: a user may set their own.
		u, err = h.store.SetEmail(c.Request.Context(), c.Param("username"), *req.Email, actor(c))
	} else {
		up := tracker.UserUpdate{Name: req.Name, Title: req.Title, Email: req.Email, Role: req.Role, Disabled: req.Disabled, Password: req.Password}
		if req.Delegations != nil {
			ds := delegationEntries(*req.Delegations)
			up.Delegations = &ds
		}
		u, err = h.store.UpdateUser(c.Request.Context(), c.Param("username"), up, actor(c))
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, toUserJSON(u))
}

func (h *handler) apiListTokens(c *gin.Context) {
	ts, err := h.store.Tokens(c.Request.Context(), actor(c))
	if err != nil {
		h.fail(c, err)
		return
	}
	if ts == nil {
		ts = []tracker.TokenInfo{}
	}
	c.JSON(http.StatusOK, gin.H{"tokens": ts})
}

func (h *handler) apiRevokeToken(c *gin.Context) {
	id, err := pathID(c)
	if err == nil {
		err = h.store.RevokeToken(c.Request.Context(), id, actor(c))
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}
