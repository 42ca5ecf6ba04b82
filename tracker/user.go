package tracker

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"net/mail"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

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

// ReadsMailAndDocuments tells whether the role may read the press mailbox's
// mail and open the files kept with cases (the requester's mail, its
// attachments, decision letters). They carry personal data, so only those
// who work the register read them; the other roles see that a case's
// documents exist, with name and size.
func (r Role) ReadsMailAndDocuments() bool { return r.SeesPersonalData() }

// RecordsActions tells whether the role may enter communication actions.
func (r Role) RecordsActions() bool {
	return r == RoleAdmin || r == RolePressOfficer || r == RoleEditor
}

// EditsReports tells whether the role may keep the lägesbild's lists, drafts and publications.
func (r Role) EditsReports() bool { return r == RoleAdmin || r == RoleEditor }

// ManagesFeeds tells whether the role may add, import, change, pause and
// remove feeds and outlets. Monitoring is the analysts' to run alone (they
// follow the coverage and keep the topics), so they and administrators
// keep the sources; press officers and editors read them.
func (r Role) ManagesFeeds() bool { return r == RoleAdmin || r == RoleAnalyst }

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
	ID       int64  `gorm:"primaryKey"`
	Username string `gorm:"size:100"`
	Name     string `gorm:"size:200"`
	Title    string `gorm:"size:200"`
	// Email is the user's own address, where their alerts and morning
	// digest go; "" none. Personal data: shown to administrators and to the
	// user alone.
	Email        string `gorm:"size:300"`
	Role         Role   `gorm:"size:20"`
	PasswordHash string `gorm:"size:100"`
	// Delegations lists, separated by ";", the units for which the user may
	// take formal decisions (refusal, partial release); "*" is every unit.
	Delegations string `gorm:"size:2000"`
	Disabled    bool
	CreatedAt   time.Time

	// day is the Stockholm date the store loaded the user on: the day whose
	// delegations Actor grants. Zero means today by the wall clock.
	day string `gorm:"-"`
}

// Actor is who does something: enough of a user to check rights and sign events.
type Actor struct {
	Username    string
	Role        Role
	Delegations []string
}

// System is the actor of what the program does by itself.
var System = Actor{Username: "system", Role: RoleAdmin}

// Actor returns the user as an actor, with the delegations valid on the
// day the store loaded the user.
func (u *User) Actor() Actor {
	day := u.day
	if day == "" {
		day = time.Now().In(Stockholm).Format(time.DateOnly)
	}
	var units []string
	for _, d := range u.Grants() {
		if d.ActiveOn(day) {
			units = append(units, d.Unit)
		}
	}
	return Actor{Username: u.Username, Role: u.Role, Delegations: units}
}

// DelegationList returns the units of every delegation, whatever its dates.
func (u *User) DelegationList() []string {
	var units []string
	for _, d := range u.Grants() {
		units = append(units, d.Unit)
	}
	return units
}

// Grants returns the user's delegations with their validity dates.
func (u *User) Grants() []Delegation {
	var out []Delegation
	for _, e := range splitUnits(u.Delegations) {
		out = append(out, ParseDelegation(e))
	}
	return out
}

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
	Username, Name, Title, Password string
	Email                           string // the user's own address; "" none
	Role                            Role
	// Delegations are units, each optionally with validity dates in the
	// form Delegation.String gives ("Unit@2025-01-01..2025-12-31").
	Delegations []string
}

var usernameShape = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{1,99}$`)

// MinPasswordLength is the shortest password a user may choose.
const MinPasswordLength = 10

// ManagesUsers tells whether the role may create, change and disable users
// and see or revoke every API token.
func (r Role) ManagesUsers() bool { return r == RoleAdmin }

// Delegation is the right to take formal decisions for a unit, from and
// until a day (YYYY-MM-DD, both included; empty is open).
type Delegation struct {
	Unit  string `json:"unit"`
	From  string `json:"from,omitempty"`
	Until string `json:"until,omitempty"`
}

// String is the stored form: "Unit", or "Unit@from..until" with dates.
func (d Delegation) String() string {
	if d.From == "" && d.Until == "" {
		return d.Unit
	}
	return d.Unit + "@" + d.From + ".." + d.Until
}

// ParseDelegation reads the stored form; an entry without a date part is
// valid on every day.
func ParseDelegation(s string) Delegation {
	s = strings.TrimSpace(s)
	if i := strings.LastIndex(s, "@"); i >= 0 {
		if from, until, ok := strings.Cut(s[i+1:], ".."); ok {
			return Delegation{Unit: strings.TrimSpace(s[:i]), From: strings.TrimSpace(from), Until: strings.TrimSpace(until)}
		}
	}
	return Delegation{Unit: s}
}

// ActiveOn tells whether the delegation holds on day (YYYY-MM-DD).
func (d Delegation) ActiveOn(day string) bool {
	return (d.From == "" || d.From <= day) && (d.Until == "" || day <= d.Until)
}

// checkDelegations validates entries in the stored form and returns them cleaned.
func (s *Store) checkDelegations(v *ValidationError, entries []string) []string {
	var out []string
	for _, e := range entries {
		d := ParseDelegation(e)
		if d.Unit == "" {
			continue
		}
		switch {
		case strings.ContainsAny(d.Unit, ";@"):
			v.Add("delegations", fmt.Sprintf("Enheten %q får inte innehålla ; eller @.", d.Unit))
		case d.Unit != AllUnits && len(s.units) > 0 && !slices.Contains(s.units, d.Unit):
			v.Add("delegations", fmt.Sprintf("%q är ingen känd enhet (%s).", d.Unit, strings.Join(s.units, "; ")))
		case !isDate(d.From) || !isDate(d.Until):
			v.Add("delegations", fmt.Sprintf("Giltighetsdatum för %q ska skrivas ÅÅÅÅ-MM-DD.", d.Unit))
		case d.From != "" && d.Until != "" && d.Until < d.From:
			v.Add("delegations", fmt.Sprintf("Delegationen för %q slutar innan den börjar.", d.Unit))
		}
		out = append(out, d.String())
	}
	return out
}

func isDate(s string) bool {
	if s == "" {
		return true
	}
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

// maxEmail is the longest address a user may have.
const maxEmail = 300

// checkEmail validates a user's own address and returns it cleaned: a bare
// address (no display name) or "" for none.
func checkEmail(v *ValidationError, email string) string {
	email = strings.TrimSpace(email)
	if email == "" {
		return ""
	}
	addr, err := mail.ParseAddress(email)
	switch {
	case err != nil || addr.Address != email || !strings.Contains(addr.Address[strings.LastIndex(addr.Address, "@")+1:], "."):
		v.Add("email", "Ange en giltig e-postadress, till exempel fornamn.efternamn@myndighet.se.")
	case utf8.RuneCountInString(email) > maxEmail:
		v.Add("email", fmt.Sprintf("E-postadressen får vara högst %d tecken.", maxEmail))
	}
	return email
}

func checkPassword(v *ValidationError, password string) {
	if len([]rune(password)) < MinPasswordLength {
		v.Add("password", fmt.Sprintf("Lösenordet ska ha minst %d tecken.", MinPasswordLength))
	}
}

// CreateUser adds a local account; by must manage users.
func (s *Store) CreateUser(ctx context.Context, in NewUser, by Actor) (*User, error) {
	if !by.Role.ManagesUsers() {
		return nil, ErrForbidden
	}
	v := &ValidationError{}
	in.Username = strings.ToLower(strings.TrimSpace(in.Username))
	if !usernameShape.MatchString(in.Username) {
		v.Add("username", "Användarnamnet ska vara 2–100 tecken: a–z, 0–9, punkt, bindestreck eller understreck.")
	}
	if !in.Role.Valid() {
		v.Add("role", "Okänd roll. Välj admin, press_officer, analyst eller editor.")
	}
	if in.Password != "" {
		checkPassword(v, in.Password)
	}
	checkText(v, "name", strings.TrimSpace(in.Name), 200)
	checkText(v, "title", strings.TrimSpace(in.Title), 200)
	email := checkEmail(v, in.Email)
	delegations := s.checkDelegations(v, in.Delegations)
	if v.Any() {
		return nil, v
	}
	hash, err := s.hashPassword(in.Password)
	if err != nil {
		return nil, err
	}
	u := &User{Username: in.Username, Name: strings.TrimSpace(in.Name), Title: strings.TrimSpace(in.Title), Email: email, Role: in.Role,
		PasswordHash: hash, Delegations: strings.Join(delegations, ";"), CreatedAt: s.now()}
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Create(u).Error; err != nil {
			return err
		}
		// The address itself is personal data: the trail says only that there is one.
		return s.audit(tx, by, "user_created", u.Username, map[string]any{"role": u.Role, "delegations": u.Delegations,
			"email": u.Email != ""})
	})
	if err != nil {
		if isUniqueViolation(err) {
			return nil, fmt.Errorf("user %q: %w", in.Username, ErrConflict)
		}
		return nil, fmt.Errorf("create user: %w", err)
	}
	u.day = s.today()
	return u, nil
}

func (s *Store) hashPassword(password string) (string, error) {
	if password == "" {
		return "", nil
	}
	h, err := bcrypt.GenerateFromPassword([]byte(password), s.passwordCost)
	if err != nil {
		return "", fmt.Errorf("hash password: %w", err)
	}
	return string(h), nil
}

func (s *Store) today() string { return s.now().In(Stockholm).Format(time.DateOnly) }

// UserUpdate changes the fields that are set.
type UserUpdate struct {
	Name, Title *string
	Email       *string // "" removes the address
	Role        *Role
	Delegations *[]string // the stored form, see NewUser
	Disabled    *bool
	Password    *string
}

// UpdateUser changes an account; by must manage users. Disabling a user or
// replacing the password ends every session and API token of the user in
// the same transaction. An administrator cannot disable or demote themself.
func (s *Store) UpdateUser(ctx context.Context, username string, up UserUpdate, by Actor) (*User, error) {
	if !by.Role.ManagesUsers() {
		return nil, ErrForbidden
	}
	u, err := s.User(ctx, username)
	if err != nil {
		return nil, err
	}
	v := &ValidationError{}
	cols := map[string]any{}
	data := map[string]any{}
	if up.Name != nil {
		n := strings.TrimSpace(*up.Name)
		checkText(v, "name", n, 200)
		cols["name"], data["name"] = n, true
	}
	if up.Title != nil {
		t := strings.TrimSpace(*up.Title)
		checkText(v, "title", t, 200)
		cols["title"], data["title"] = t, true
	}
	if up.Email != nil {
		e := checkEmail(v, *up.Email)
		cols["email"], data["email"] = e, e != ""
	}
	if up.Role != nil {
		switch {
		case !up.Role.Valid():
			v.Add("role", "Okänd roll. Välj admin, press_officer, analyst eller editor.")
		case u.Username == by.Username && *up.Role != RoleAdmin:
			v.Add("role", "Du kan inte ta bort din egen administratörsroll.")
		}
		cols["role"], data["role"] = *up.Role, *up.Role
	}
	if up.Delegations != nil {
		ds := strings.Join(s.checkDelegations(v, *up.Delegations), ";")
		cols["delegations"], data["delegations"] = ds, ds
	}
	endCredentials := false
	if up.Disabled != nil {
		if *up.Disabled && u.Username == by.Username {
			v.Add("disabled", "Du kan inte stänga av ditt eget konto.")
		}
		cols["disabled"], data["disabled"] = *up.Disabled, *up.Disabled
		endCredentials = endCredentials || *up.Disabled
	}
	if up.Password != nil {
		checkPassword(v, *up.Password)
		endCredentials = true
		data["password"] = "replaced"
	}
	if v.Any() {
		return nil, v
	}
	if up.Password != nil {
		h, err := s.hashPassword(*up.Password)
		if err != nil {
			return nil, err
		}
		cols["password_hash"] = h
	}
	if len(cols) == 0 {
		return u, nil
	}
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Model(&User{}).Where("id = ?", u.ID).Updates(cols).Error; err != nil {
			return err
		}
		if endCredentials {
			ended, err := endAllCredentials(tx, u.ID)
			if err != nil {
				return err
			}
			data["sessions_ended"], data["tokens_revoked"] = ended.sessions, ended.tokens
		}
		return s.audit(tx, by, "user_updated", u.Username, data)
	})
	if err != nil {
		return nil, fmt.Errorf("update user %q: %w", u.Username, err)
	}
	return s.User(ctx, u.Username)
}

// SetEmail sets the user's own address ("" removes it): a user their own,
// an administrator anyone's.
func (s *Store) SetEmail(ctx context.Context, username, email string, by Actor) (*User, error) {
	if !strings.EqualFold(username, by.Username) && !by.Role.ManagesUsers() {
		return nil, ErrForbidden
	}
	u, err := s.User(ctx, username)
	if err != nil {
		return nil, err
	}
	v := &ValidationError{}
	email = checkEmail(v, email)
	if v.Any() {
		return nil, v
	}
	if email == u.Email {
		return u, nil
	}
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Model(&User{}).Where("id = ?", u.ID).Update("email", email).Error; err != nil {
			return err
		}
		return s.audit(tx, by, "user_updated", u.Username, map[string]any{"email": email != ""})
	})
	if err != nil {
		return nil, fmt.Errorf("set the address of %q: %w", u.Username, err)
	}
	u.Email = email
	return u, nil
}

// Addresses maps the login names of enabled users to their own e-mail
// addresses, for those who have one: where alerts and digests without an
// address of their own go.
func (s *Store) Addresses(ctx context.Context) (map[string]string, error) {
	var rows []User
	if err := s.db.WithContext(ctx).Select("username, email").Where("email <> '' AND disabled = ?", false).
		Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("list addresses: %w", err)
	}
	out := make(map[string]string, len(rows))
	for _, u := range rows {
		out[u.Username] = u.Email
	}
	return out, nil
}

// SetPassword replaces a user's password and ends the user's sessions and tokens.
func (s *Store) SetPassword(ctx context.Context, username, password string, by Actor) error {
	_, err := s.UpdateUser(ctx, username, UserUpdate{Password: &password}, by)
	return err
}

// DisableUser shuts an account: its sessions and tokens end at once.
func (s *Store) DisableUser(ctx context.Context, username string, by Actor) error {
	yes := true
	_, err := s.UpdateUser(ctx, username, UserUpdate{Disabled: &yes}, by)
	return err
}

type ended struct{ sessions, tokens int64 }

func endAllCredentials(tx *gorm.DB, userID int64) (ended, error) {
	var e ended
	res := tx.Where("user_id = ?", userID).Delete(&Session{})
	if res.Error != nil {
		return e, fmt.Errorf("end sessions: %w", res.Error)
	}
	e.sessions = res.RowsAffected
	res = tx.Where("user_id = ?", userID).Delete(&Token{})
	if res.Error != nil {
		return e, fmt.Errorf("revoke tokens: %w", res.Error)
	}
	e.tokens = res.RowsAffected
	return e, nil
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
	u.day = s.today()
	return &u, nil
}

// Users lists every user by username; only for those who manage users.
func (s *Store) Users(ctx context.Context, by Actor) ([]User, error) {
	if !by.Role.ManagesUsers() {
		return nil, ErrForbidden
	}
	return s.allUsers(ctx)
}

// Assignees lists the enabled users a case can be assigned to.
func (s *Store) Assignees(ctx context.Context) ([]User, error) {
	us, err := s.allUsers(ctx)
	if err != nil {
		return nil, err
	}
	return slices.DeleteFunc(us, unassignable), nil
}

// unassignable: a user no case can be assigned to.
func unassignable(u User) bool { return !u.Role.WorksRegister() || u.Disabled }

// AssigneesAndNames is Assignees and Names from one reading of the users,
// for a page that shows both (the triage page).
func (s *Store) AssigneesAndNames(ctx context.Context) ([]User, Names, error) {
	return s.assigneesAndNames(s.db.WithContext(ctx))
}

func (s *Store) assigneesAndNames(db *gorm.DB) ([]User, Names, error) {
	us, err := s.allUsersIn(db)
	if err != nil {
		return nil, nil, err
	}
	names := make(Names, len(us))
	for _, u := range us {
		names.add(u.Username, u.Name)
	}
	return slices.DeleteFunc(us, unassignable), names, nil
}

func (s *Store) allUsers(ctx context.Context) ([]User, error) {
	return s.allUsersIn(s.db.WithContext(ctx))
}

func (s *Store) allUsersIn(db *gorm.DB) ([]User, error) {
	var us []User
	if err := db.Order("username").Find(&us).Error; err != nil {
		return nil, fmt.Errorf("list users: %w", err)
	}
	for i := range us {
		us[i].day = s.today()
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
		out.add(r.Username, r.Name)
	}
	return out, nil
}

// add names username as lists show them.
func (n Names) add(username, name string) { n[username] = strings.TrimSpace(name) }

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
	CreatedBy  string `gorm:"size:100"`
	CreatedAt  time.Time
	LastUsedAt *time.Time
	ExpiresAt  *time.Time
}

func (Token) TableName() string { return "api_tokens" }

// NewToken is what creating a token takes.
type NewToken struct {
	Username, Name string
	ExpiresAt      *time.Time // nil: valid until revoked
}

// TokenInfo is a token as listed: never the secret.
type TokenInfo struct {
	ID         int64      `json:"id"`
	Username   string     `json:"username"`
	Name       string     `json:"name"`
	CreatedBy  string     `json:"created_by"`
	CreatedAt  time.Time  `json:"created_at"`
	LastUsedAt *time.Time `json:"last_used_at"`
	ExpiresAt  *time.Time `json:"expires_at"`
}

// CreateToken makes a new API token and returns it in clear. A user may make
// tokens for themself; an administrator for anyone.
func (s *Store) CreateToken(ctx context.Context, in NewToken, by Actor) (string, error) {
	if in.Username != by.Username && !by.Role.ManagesUsers() {
		return "", ErrForbidden
	}
	v := &ValidationError{}
	in.Name = strings.TrimSpace(in.Name)
	if in.Name == "" {
		v.Add("name", "Ange vad token är till för.")
	}
	checkText(v, "name", in.Name, 200)
	if in.ExpiresAt != nil {
		// UTC, as every stored time: SQLite compares the text.
		at := in.ExpiresAt.UTC().Truncate(time.Microsecond)
		in.ExpiresAt = &at
		if !at.After(s.now()) {
			v.Add("expires_at", "Giltighetstiden måste sluta i framtiden.")
		}
	}
	if v.Any() {
		return "", v
	}
	u, err := s.User(ctx, in.Username)
	if err != nil {
		return "", fmt.Errorf("token for %q: %w", in.Username, err)
	}
	plain, err := randomSecret("lgb_")
	if err != nil {
		return "", err
	}
	t := &Token{UserID: u.ID, Name: in.Name, Hash: hashSecret(plain), CreatedBy: by.Username, CreatedAt: s.now(), ExpiresAt: in.ExpiresAt}
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Create(t).Error; err != nil {
			return err
		}
		return s.audit(tx, by, "token_created", u.Username, map[string]any{"token_id": t.ID, "name": t.Name})
	})
	if err != nil {
		return "", fmt.Errorf("create token: %w", err)
	}
	return plain, nil
}

// ReplaceToken makes plain the one token of the user with this name (the
// LAGESBILD_ADMIN_TOKEN rule): other tokens of that name are revoked, and
// calling it again with the same value changes nothing.
func (s *Store) ReplaceToken(ctx context.Context, username, name, plain string) error {
	u, err := s.User(ctx, username)
	if err != nil {
		return fmt.Errorf("token for %q: %w", username, err)
	}
	hash := hashSecret(plain)
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var same int64
		if err := tx.Model(&Token{}).Where("hash = ?", hash).Count(&same).Error; err != nil {
			return fmt.Errorf("look up token: %w", err)
		}
		res := tx.Where("user_id = ? AND name = ? AND hash <> ?", u.ID, name, hash).Delete(&Token{})
		if res.Error != nil {
			return fmt.Errorf("revoke old token: %w", res.Error)
		}
		if same > 0 && res.RowsAffected == 0 {
			return nil
		}
		if same == 0 {
			t := &Token{UserID: u.ID, Name: name, Hash: hash, CreatedBy: System.Username, CreatedAt: s.now()}
			if err := tx.Create(t).Error; err != nil {
				return fmt.Errorf("create token: %w", err)
			}
		}
		return s.audit(tx, System, "token_replaced", u.Username, map[string]any{"name": name, "revoked": res.RowsAffected})
	})
}

// Tokens lists API tokens, newest first: every token for an administrator,
// the actor's own for anyone else.
func (s *Store) Tokens(ctx context.Context, by Actor) ([]TokenInfo, error) {
	q := s.db.WithContext(ctx).Table("api_tokens").
		Select("api_tokens.id, users.username, api_tokens.name, api_tokens.created_by, api_tokens.created_at, api_tokens.last_used_at, api_tokens.expires_at").
		Joins("JOIN users ON users.id = api_tokens.user_id").Order("api_tokens.id DESC")
	if !by.Role.ManagesUsers() {
		q = q.Where("users.username = ?", by.Username)
	}
	var out []TokenInfo
	if err := q.Scan(&out).Error; err != nil {
		return nil, fmt.Errorf("list tokens: %w", err)
	}
	return out, nil
}

// RevokeToken removes a token at once: an administrator any, a user their own.
func (s *Store) RevokeToken(ctx context.Context, id int64, by Actor) error {
	var t TokenInfo
	err := s.db.WithContext(ctx).Table("api_tokens").Select("api_tokens.id, users.username, api_tokens.name").
		Joins("JOIN users ON users.id = api_tokens.user_id").Where("api_tokens.id = ?", id).Take(&t).Error
	switch {
	case errors.Is(err, gorm.ErrRecordNotFound):
		return ErrNotFound
	case err != nil:
		return fmt.Errorf("load token %d: %w", id, err)
	case t.Username != by.Username && !by.Role.ManagesUsers():
		return ErrNotFound // someone else's token: not even its existence is shown
	}
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Delete(&Token{}, id).Error; err != nil {
			return fmt.Errorf("revoke token %d: %w", id, err)
		}
		return s.audit(tx, by, "token_revoked", t.Username, map[string]any{"token_id": id, "name": t.Name})
	})
}

// lastUseGranularity: a token's last use is written at most this often.
const lastUseGranularity = time.Minute

// noteUseWait is how long a request waits for its token's use to be noted.
const noteUseWait = 50 * time.Millisecond

// UserByToken finds the enabled user a live API token belongs to and notes the use.
func (s *Store) UserByToken(ctx context.Context, plain string) (*User, error) {
	if plain == "" {
		return nil, ErrBadCredentials
	}
	var row struct {
		User
		TokenID    int64
		LastUsedAt *time.Time
	}
	now := s.now()
	err := s.db.WithContext(ctx).Model(&User{}).Select("users.*, api_tokens.id AS token_id, api_tokens.last_used_at").
		Joins("JOIN api_tokens ON api_tokens.user_id = users.id").
		Where("api_tokens.hash = ? AND users.disabled = ? AND (api_tokens.expires_at IS NULL OR api_tokens.expires_at > ?)",
			hashSecret(plain), false, now).Take(&row).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, ErrBadCredentials
	}
	if err != nil {
		return nil, fmt.Errorf("look up token: %w", err)
	}
	if row.LastUsedAt == nil || now.Sub(*row.LastUsedAt) >= lastUseGranularity {
		// Noted in passing: a database that cannot write (full, read-only)
		// must not turn away a request that only reads, and a request waits
		// for the writer (busy with a feed, say) at most noteUseWait; the
		// note is written when the writer is free.
		noted := make(chan struct{})
		if _, busy := s.noting.LoadOrStore(row.TokenID, true); busy {
			close(noted) // an earlier request's note is on its way
		} else {
			go func() {
				defer close(noted)
				defer s.noting.Delete(row.TokenID)
				wctx := context.WithoutCancel(ctx)
				if err := s.db.WithContext(wctx).Model(&Token{}).Where("id = ?", row.TokenID).Update("last_used_at", now).Error; err != nil {
					s.log.WarnContext(wctx, "note token use", "token_id", row.TokenID, "err", err)
				}
			}()
		}
		select {
		case <-noted:
		case <-time.After(noteUseWait):
		}
	}
	u := row.User
	u.day = s.today()
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
	u.day = s.today()
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
