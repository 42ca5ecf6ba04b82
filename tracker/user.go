package tracker

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"golang.org/x/crypto/bcrypt"
	"gorm.io/gorm"
)

// Role is what a user may do.
type Role string

const (
	RoleAdmin        Role = "admin"         // everything, every delegation
	RolePressOfficer Role = "press_officer" // works the register
	RoleAnalyst      Role = "analyst"       // reads coverage; sees the register without personal data
	RoleEditor       Role = "editor"        // reports and communication actions
)

// Roles lists every role.
var Roles = []Role{RoleAdmin, RolePressOfficer, RoleAnalyst, RoleEditor}

// Valid tells whether r is a known role.
func (r Role) Valid() bool { return slices.Contains(Roles, r) }

// Label is the Swedish name of the role.
func (r Role) Label() string {
	switch r {
	case RoleAdmin:
		return "Administratör"
	case RolePressOfficer:
		return "Presstjänst"
	case RoleAnalyst:
		return "Analytiker"
	case RoleEditor:
		return "Redaktör"
	}
	return string(r)
}

// WorksRegister tells whether the role may register and move cases.
func (r Role) WorksRegister() bool { return r == RoleAdmin || r == RolePressOfficer }

// SeesPersonalData tells whether the role may see requesters' personal data.
func (r Role) SeesPersonalData() bool { return r.WorksRegister() }

// RecordsActions tells whether the role may enter communication actions.
func (r Role) RecordsActions() bool {
	return r == RoleAdmin || r == RolePressOfficer || r == RoleEditor
}

// EditsReports tells whether the role may keep the lägesbild's lists, drafts and publications.
func (r Role) EditsReports() bool { return r == RoleAdmin || r == RoleEditor }

// ManagesFeeds tells whether the role may add, change and refresh feeds: the administrator's.
func (r Role) ManagesFeeds() bool { return r == RoleAdmin }

// ManagesTopics tells whether the role may keep the monitored topics. Topics
// decide what the lägesbild counts as coverage, so those who compile it
// (analysts, editors) and administrators keep them; press officers read them.
func (r Role) ManagesTopics() bool { return r == RoleAdmin || r == RoleAnalyst || r == RoleEditor }

// CorrectsTone tells whether the role may correct the tone of articles.
func (r Role) CorrectsTone() bool { return r == RoleAdmin || r == RoleAnalyst || r == RoleEditor }

// AllUnits in a user's delegations means the right to decide for every unit.
const AllUnits = "*"

// User is a local account.
type User struct {
	ID           int64  `gorm:"primaryKey"`
	Username     string `gorm:"size:100"`
	Name         string `gorm:"size:200"`
	Role         Role   `gorm:"size:20"`
	PasswordHash string `gorm:"size:100"`
	// Delegations lists, separated by ";", the units for which the user may
	// take formal decisions (refusal, partial release); "*" is every unit.
	Delegations string `gorm:"size:2000"`
	Disabled    bool
	CreatedAt   time.Time
}

// Actor is who does something: enough of a user to check rights and sign events.
type Actor struct {
	Username    string
	Role        Role
	Delegations []string
}

// System is the actor of what the program does by itself.
var System = Actor{Username: "system", Role: RoleAdmin}

// Actor returns the user as an actor.
func (u *User) Actor() Actor {
	return Actor{Username: u.Username, Role: u.Role, Delegations: splitUnits(u.Delegations)}
}

// DelegationList returns the units the user may decide for.
func (u *User) DelegationList() []string { return splitUnits(u.Delegations) }

// CanDecide tells whether the actor may take formal decisions for the unit.
func (a Actor) CanDecide(unit string) bool {
	if a.Role == RoleAdmin {
		return true
	}
	if !a.Role.WorksRegister() {
		return false
	}
	for _, d := range a.Delegations {
		if d == AllUnits || (unit != "" && d == unit) {
			return true
		}
	}
	return false
}

func splitUnits(s string) []string {
	var out []string
	for _, u := range strings.Split(s, ";") {
		if u = strings.TrimSpace(u); u != "" {
			out = append(out, u)
		}
	}
	return out
}

// NewUser is what creating a user takes.
type NewUser struct {
	Username, Name, Password string
	Role                     Role
	Delegations              []string
}

var usernameShape = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{1,99}$`)

// MinPasswordLength is the shortest password a user may choose.
const MinPasswordLength = 10

// CreateUser adds a local account.
func (s *Store) CreateUser(ctx context.Context, in NewUser) (*User, error) {
	v := &ValidationError{}
	in.Username = strings.ToLower(strings.TrimSpace(in.Username))
	if !usernameShape.MatchString(in.Username) {
		v.Add("username", "Användarnamnet ska vara 2–100 tecken: a–z, 0–9, punkt, bindestreck eller understreck.")
	}
	if !in.Role.Valid() {
		v.Add("role", "Okänd roll. Välj admin, press_officer, analyst eller editor.")
	}
	if in.Password != "" && len([]rune(in.Password)) < MinPasswordLength {
		v.Add("password", fmt.Sprintf("Lösenordet ska ha minst %d tecken.", MinPasswordLength))
	}
	if v.Any() {
		return nil, v
	}
	hash := ""
	if in.Password != "" {
		h, err := bcrypt.GenerateFromPassword([]byte(in.Password), s.passwordCost)
		if err != nil {
			return nil, fmt.Errorf("hash password: %w", err)
		}
		hash = string(h)
	}
	u := &User{Username: in.Username, Name: strings.TrimSpace(in.Name), Role: in.Role,
		PasswordHash: hash, Delegations: strings.Join(in.Delegations, ";"), CreatedAt: s.now()}
	if err := s.db.WithContext(ctx).Create(u).Error; err != nil {
		if isUniqueViolation(err) {
			return nil, fmt.Errorf("user %q: %w", in.Username, ErrConflict)
		}
		return nil, fmt.Errorf("create user: %w", err)
	}
	return u, nil
}

// SetPassword replaces a user's password.
func (s *Store) SetPassword(ctx context.Context, username, password string) error {
	if len([]rune(password)) < MinPasswordLength {
		v := &ValidationError{}
		v.Add("password", fmt.Sprintf("Lösenordet ska ha minst %d tecken.", MinPasswordLength))
		return v
	}
	h, err := bcrypt.GenerateFromPassword([]byte(password), s.passwordCost)
	if err != nil {
		return fmt.Errorf("hash password: %w", err)
	}
	res := s.db.WithContext(ctx).Model(&User{}).Where("username = ?", username).Update("password_hash", string(h))
	if res.Error != nil {
		return fmt.Errorf("set password: %w", res.Error)
	}
	if res.RowsAffected == 0 {
		return ErrNotFound
	}
	return nil
}

// User loads a user by username.
func (s *Store) User(ctx context.Context, username string) (*User, error) {
	var u User
	err := s.db.WithContext(ctx).Where("username = ?", strings.ToLower(username)).Take(&u).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("load user: %w", err)
	}
	return &u, nil
}

// Users lists every user by username.
func (s *Store) Users(ctx context.Context) ([]User, error) {
	var us []User
	if err := s.db.WithContext(ctx).Order("username").Find(&us).Error; err != nil {
		return nil, fmt.Errorf("list users: %w", err)
	}
	return us, nil
}

// Names maps login names to the full names lists show: people are named,
// never shown by their login names.
type Names map[string]string

// Of is the full name of the user with login name username; what the program
// does by itself is "Lägesbild"; a user registered without a name keeps the login name.
func (n Names) Of(username string) string {
	switch {
	case username == "":
		return ""
	case n[username] != "":
		return n[username]
	case username == System.Username:
		return "Lägesbild (automatiskt)"
	}
	return username
}

// Names returns every user's full name by login name.
func (s *Store) Names(ctx context.Context) (Names, error) {
	var rows []struct{ Username, Name string }
	if err := s.db.WithContext(ctx).Model(&User{}).Select("username, name").Scan(&rows).Error; err != nil {
		return nil, fmt.Errorf("list names: %w", err)
	}
	out := make(Names, len(rows))
	for _, r := range rows {
		out[r.Username] = strings.TrimSpace(r.Name)
	}
	return out, nil
}

// dummyHash keeps a failed login with an unknown username as slow as one with a wrong password.
var dummyHash, _ = bcrypt.GenerateFromPassword([]byte("lagesbild-dummy-password"), bcrypt.DefaultCost)

// Authenticate checks a username and password.
func (s *Store) Authenticate(ctx context.Context, username, password string) (*User, error) {
	u, err := s.User(ctx, strings.TrimSpace(username))
	if errors.Is(err, ErrNotFound) {
		bcrypt.CompareHashAndPassword(dummyHash, []byte(password)) //nolint:errcheck // timing only
		return nil, ErrBadCredentials
	}
	if err != nil {
		return nil, err
	}
	if u.Disabled || u.PasswordHash == "" {
		return nil, ErrBadCredentials
	}
	if bcrypt.CompareHashAndPassword([]byte(u.PasswordHash), []byte(password)) != nil {
		return nil, ErrBadCredentials
	}
	return u, nil
}

// Token is an API token. Only its SHA-256 is stored: the token itself is
// shown once, when it is created.
type Token struct {
	ID         int64 `gorm:"primaryKey"`
	UserID     int64
	Name       string `gorm:"size:200"`
	Hash       string `gorm:"size:64"`
	CreatedAt  time.Time
	LastUsedAt *time.Time
}

func (Token) TableName() string { return "api_tokens" }

// CreateToken makes a new API token for the user and returns it in clear.
func (s *Store) CreateToken(ctx context.Context, username, name string) (string, error) {
	plain, err := randomSecret("lgb_")
	if err != nil {
		return "", err
	}
	return plain, s.EnsureToken(ctx, username, name, plain)
}

// EnsureToken makes sure a token with exactly this value exists for the user
// (the LAGESBILD_ADMIN_TOKEN rule); calling it again changes nothing.
func (s *Store) EnsureToken(ctx context.Context, username, name, plain string) error {
	u, err := s.User(ctx, username)
	if err != nil {
		return fmt.Errorf("token for %q: %w", username, err)
	}
	hash := hashSecret(plain)
	var n int64
	if err := s.db.WithContext(ctx).Model(&Token{}).Where("hash = ?", hash).Count(&n).Error; err != nil {
		return fmt.Errorf("look up token: %w", err)
	}
	if n > 0 {
		return nil
	}
	t := &Token{UserID: u.ID, Name: name, Hash: hash, CreatedAt: s.now()}
	if err := s.db.WithContext(ctx).Create(t).Error; err != nil {
		return fmt.Errorf("create token: %w", err)
	}
	return nil
}

// UserByToken finds the enabled user an API token belongs to.
func (s *Store) UserByToken(ctx context.Context, plain string) (*User, error) {
	if plain == "" {
		return nil, ErrBadCredentials
	}
	var u User
	err := s.db.WithContext(ctx).Joins("JOIN api_tokens ON api_tokens.user_id = users.id").
		Where("api_tokens.hash = ? AND users.disabled = ?", hashSecret(plain), false).Take(&u).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, ErrBadCredentials
	}
	if err != nil {
		return nil, fmt.Errorf("look up token: %w", err)
	}
	return &u, nil
}

// Session is a logged-in browser. The cookie carries the secret; the table its hash.
type Session struct {
	Hash      string `gorm:"primaryKey;size:64"`
	UserID    int64
	CreatedAt time.Time
	ExpiresAt time.Time
}

// CreateSession starts a session for the user and returns its secret.
func (s *Store) CreateSession(ctx context.Context, userID int64, ttl time.Duration) (string, error) {
	plain, err := randomSecret("")
	if err != nil {
		return "", err
	}
	now := s.now()
	sess := &Session{Hash: hashSecret(plain), UserID: userID, CreatedAt: now, ExpiresAt: now.Add(ttl)}
	if err := s.db.WithContext(ctx).Create(sess).Error; err != nil {
		return "", fmt.Errorf("create session: %w", err)
	}
	// Expired sessions are swept as new ones begin.
	if err := s.db.WithContext(ctx).Where("expires_at < ?", now).Delete(&Session{}).Error; err != nil {
		return "", fmt.Errorf("sweep sessions: %w", err)
	}
	return plain, nil
}

// UserBySession finds the enabled user of a live session.
func (s *Store) UserBySession(ctx context.Context, plain string) (*User, error) {
	if plain == "" {
		return nil, ErrBadCredentials
	}
	var u User
	err := s.db.WithContext(ctx).Joins("JOIN sessions ON sessions.user_id = users.id").
		Where("sessions.hash = ? AND sessions.expires_at > ? AND users.disabled = ?", hashSecret(plain), s.now(), false).
		Take(&u).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, ErrBadCredentials
	}
	if err != nil {
		return nil, fmt.Errorf("look up session: %w", err)
	}
	return &u, nil
}

// DeleteSession ends a session (log out).
func (s *Store) DeleteSession(ctx context.Context, plain string) error {
	if err := s.db.WithContext(ctx).Where("hash = ?", hashSecret(plain)).Delete(&Session{}).Error; err != nil {
		return fmt.Errorf("delete session: %w", err)
	}
	return nil
}

func randomSecret(prefix string) (string, error) {
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("random secret: %w", err)
	}
	return prefix + base64.RawURLEncoding.EncodeToString(b[:]), nil
}

// hashSecret is SHA-256: the secrets are 256 random bits, so a slow hash adds nothing.
func hashSecret(plain string) string {
	sum := sha256.Sum256([]byte(plain))
	return hex.EncodeToString(sum[:])
}
