package tracker_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/tracker"
	"gorm.io/gorm"
)

func TestCreateUser(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		now := sthlm(t, "2025-05-14 10:00")
		s, _ := newStore(t, db, now)
		ctx := context.Background()

		invalid := map[string]struct {
			in    tracker.NewUser
			field string
		}{
			"empty username":       {tracker.NewUser{Role: tracker.RoleAnalyst}, "username"},
			"one letter":           {tracker.NewUser{Username: "a", Role: tracker.RoleAnalyst}, "username"},
			"space in username":    {tracker.NewUser{Username: "karin s", Role: tracker.RoleAnalyst}, "username"},
			"å in username":        {tracker.NewUser{Username: "åsa", Role: tracker.RoleAnalyst}, "username"},
			"starts with a dot":    {tracker.NewUser{Username: ".karin", Role: tracker.RoleAnalyst}, "username"},
			"username too long":    {tracker.NewUser{Username: strings.Repeat("k", 101), Role: tracker.RoleAnalyst}, "username"},
			"no role":              {tracker.NewUser{Username: "karin"}, "role"},
			"unknown role":         {tracker.NewUser{Username: "karin", Role: "root"}, "role"},
			"password too short":   {tracker.NewUser{Username: "karin", Role: tracker.RoleAnalyst, Password: "kort"}, "password"},
			"nine-letter password": {tracker.NewUser{Username: "karin", Role: tracker.RoleAnalyst, Password: "123456789"}, "password"},
		}
		for name, tt := range invalid {
			t.Run(name, func(t *testing.T) {
				_, err := s.CreateUser(ctx, tt.in, tracker.System)
				wantField(t, err, tt.field)
			})
		}

		t.Run("created", func(t *testing.T) {
			u, err := s.CreateUser(ctx, tracker.NewUser{Username: " Karin.S ", Name: " Karin Svensson ",
				Password: "ett långt lösenord", Role: tracker.RolePressOfficer, Delegations: []string{unitComms, unitFinance}}, tracker.System)

			if err != nil {
				t.Fatal(err)
			}
			got, err := s.User(ctx, "KARIN.S")
			if err != nil {
				t.Fatal(err)
			}
			if got.ID != u.ID || got.Username != "karin.s" || got.Name != "Karin Svensson" || got.Role != tracker.RolePressOfficer {
				t.Errorf("user = %+v", got)
			}
			if got.PasswordHash == "" || strings.Contains(got.PasswordHash, "lösenord") {
				t.Errorf("PasswordHash = %q, want a bcrypt hash", got.PasswordHash)
			}
			if !slices.Equal(got.DelegationList(), []string{unitComms, unitFinance}) {
				t.Errorf("DelegationList = %v", got.DelegationList())
			}
			a := got.Actor()
			if a.Username != "karin.s" || !a.CanDecide(unitFinance) || a.CanDecide("Marknad") {
				t.Errorf("Actor = %+v", a)
			}
			if !got.CreatedAt.Equal(now) {
				t.Errorf("CreatedAt = %s, want %s", got.CreatedAt, now)
			}
		})
		t.Run("same username again", func(t *testing.T) {
			_, err := s.CreateUser(ctx, tracker.NewUser{Username: "ANNA", Role: tracker.RoleAnalyst}, tracker.System)
			if !errors.Is(err, tracker.ErrConflict) {
				t.Errorf("err = %v, want ErrConflict", err)
			}
		})
		t.Run("without password", func(t *testing.T) {
			if _, err := s.CreateUser(ctx, tracker.NewUser{Username: "robot", Role: tracker.RoleEditor}, tracker.System); err != nil {
				t.Fatal(err)
			}
			if _, err := s.Authenticate(ctx, "robot", ""); !errors.Is(err, tracker.ErrBadCredentials) {
				t.Errorf("login without a password = %v, want ErrBadCredentials", err)
			}
		})
		t.Run("unknown user", func(t *testing.T) {
			if _, err := s.User(ctx, "nobody"); !errors.Is(err, tracker.ErrNotFound) {
				t.Errorf("err = %v, want ErrNotFound", err)
			}
		})
		t.Run("list", func(t *testing.T) {
			us, err := s.Users(ctx, tracker.System)
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, u := range us {
				names = append(names, u.Username)
			}
			if want := []string{"ada", "admin", "anna", "bertil", "erik", "karin.s", "robot"}; !slices.Equal(names, want) {
				t.Errorf("Users = %v, want %v", names, want)
			}
		})
	})
}

func TestAuthenticate(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		s, _ := newStore(t, db, sthlm(t, "2025-05-14 10:00"))
		ctx := context.Background()
		if _, err := s.CreateUser(ctx, tracker.NewUser{Username: "disabled", Password: "ett långt lösenord", Role: tracker.RoleAdmin}, tracker.System); err != nil {
			t.Fatal(err)
		}
		if err := db.Exec("UPDATE users SET disabled = ? WHERE username = ?", true, "disabled").Error; err != nil {
			t.Fatal(err)
		}
		tests := map[string]struct {
			username, password string
			ok                 bool
		}{
			"right password":          {"anna", "ett långt lösenord", true},
			"username in capitals":    {" Anna ", "ett långt lösenord", true},
			"wrong password":          {"anna", "ett långt lösenord!", false},
			"password in capitals":    {"anna", "ETT LÅNGT LÖSENORD", false},
			"empty password":          {"anna", "", false},
			"unknown user":            {"nobody", "ett långt lösenord", false},
			"disabled user":           {"disabled", "ett långt lösenord", false},
			"another user's password": {"bertil", "fel lösenord helt och hållet", false},
		}
		for name, tt := range tests {
			t.Run(name, func(t *testing.T) {
				u, err := s.Authenticate(ctx, tt.username, tt.password)
				if tt.ok {
					if err != nil || u.Username != "anna" {
						t.Errorf("Authenticate = %v, %v; want anna", u, err)
					}
					return
				}
				if !errors.Is(err, tracker.ErrBadCredentials) || u != nil {
					t.Errorf("Authenticate = %v, %v; want ErrBadCredentials", u, err)
				}
			})
		}
		t.Run("new password", func(t *testing.T) {
			if err := s.SetPassword(ctx, "bertil", "ett nytt långt lösenord", tracker.System); err != nil {
				t.Fatal(err)
			}
			if _, err := s.Authenticate(ctx, "bertil", "ett nytt långt lösenord"); err != nil {
				t.Errorf("login with the new password: %v", err)
			}
			if _, err := s.Authenticate(ctx, "bertil", "ett långt lösenord"); !errors.Is(err, tracker.ErrBadCredentials) {
				t.Errorf("login with the old password: %v, want ErrBadCredentials", err)
			}
			wantField(t, s.SetPassword(ctx, "bertil", "kort", tracker.System), "password")
			if err := s.SetPassword(ctx, "nobody", "ett långt lösenord", tracker.System); !errors.Is(err, tracker.ErrNotFound) {
				t.Errorf("SetPassword for nobody = %v, want ErrNotFound", err)
			}
		})
	})
}

func TestTokens(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		s, _ := newStore(t, db, sthlm(t, "2025-05-14 10:00"))
		ctx := context.Background()
		countTokens := func(t *testing.T) int64 {
			t.Helper()
			var n int64
			if err := db.Table("api_tokens").Count(&n).Error; err != nil {
				t.Fatal(err)
			}
			return n
		}

		token, err := s.CreateToken(ctx, tracker.NewToken{Username: "anna", Name: "skript"}, tracker.System)
		if err != nil {
			t.Fatal(err)
		}
		t.Run("created token finds its user", func(t *testing.T) {
			if !strings.HasPrefix(token, "lgb_") || len(token) < 40 {
				t.Errorf("token = %q, want lgb_ and 256 random bits", token)
			}
			u, err := s.UserByToken(ctx, token)
			if err != nil || u.Username != "anna" {
				t.Errorf("UserByToken = %v, %v; want anna", u, err)
			}
		})
		t.Run("only the hash is stored", func(t *testing.T) {
			var n int64
			if err := db.Table("api_tokens").Where("hash = ?", token).Count(&n).Error; err != nil || n != 0 {
				t.Errorf("the token is stored in clear (%d rows, %v)", n, err)
			}
		})
		t.Run("two tokens differ", func(t *testing.T) {
			other, err := s.CreateToken(ctx, tracker.NewToken{Username: "anna", Name: "skript 2"}, tracker.System)
			if err != nil {
				t.Fatal(err)
			}
			if other == token {
				t.Error("CreateToken gave the same token twice")
			}
		})
		for name, plain := range map[string]string{
			"empty":          "",
			"wrong":          "lgb_wrong",
			"one char off":   token[:len(token)-1],
			"with a newline": token + "\n",
		} {
			t.Run("bad token: "+name, func(t *testing.T) {
				if u, err := s.UserByToken(ctx, plain); !errors.Is(err, tracker.ErrBadCredentials) {
					t.Errorf("UserByToken = %v, %v; want ErrBadCredentials", u, err)
				}
			})
		}
		t.Run("ReplaceToken is idempotent", func(t *testing.T) {
			before := countTokens(t)
			for range 3 {
				if err := s.ReplaceToken(ctx, "admin", "LAGESBILD_ADMIN_TOKEN", "a-fixed-admin-token-value"); err != nil {
					t.Fatal(err)
				}
			}
			if n := countTokens(t); n != before+1 {
				t.Errorf("%d tokens after three ReplaceToken, want %d", n, before+1)
			}
			u, err := s.UserByToken(ctx, "a-fixed-admin-token-value")
			if err != nil || u.Username != "admin" || u.Role != tracker.RoleAdmin {
				t.Errorf("UserByToken = %v, %v; want admin", u, err)
			}
		})
		t.Run("a new value replaces the old one", func(t *testing.T) {
			if err := s.ReplaceToken(ctx, "admin", "LAGESBILD_ADMIN_TOKEN", "the-next-admin-token-value"); err != nil {
				t.Fatal(err)
			}
			if _, err := s.UserByToken(ctx, "a-fixed-admin-token-value"); !errors.Is(err, tracker.ErrBadCredentials) {
				t.Errorf("old admin token: err = %v, want ErrBadCredentials", err)
			}
			if u, err := s.UserByToken(ctx, "the-next-admin-token-value"); err != nil || u.Username != "admin" {
				t.Errorf("new admin token: %v, %v", u, err)
			}
		})
		t.Run("ReplaceToken for nobody", func(t *testing.T) {
			if err := s.ReplaceToken(ctx, "nobody", "x", "another-value"); !errors.Is(err, tracker.ErrNotFound) {
				t.Errorf("err = %v, want ErrNotFound", err)
			}
		})
		t.Run("disabled user's token", func(t *testing.T) {
			plain, err := s.CreateToken(ctx, tracker.NewToken{Username: "bertil", Name: "skript"}, tracker.System)
			if err != nil {
				t.Fatal(err)
			}
			if err := db.Exec("UPDATE users SET disabled = ? WHERE username = ?", true, "bertil").Error; err != nil {
				t.Fatal(err)
			}
			if _, err := s.UserByToken(ctx, plain); !errors.Is(err, tracker.ErrBadCredentials) {
				t.Errorf("err = %v, want ErrBadCredentials", err)
			}
		})
	})
}

func TestSessions(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		s, clk := newStore(t, db, sthlm(t, "2025-05-14 10:00"))
		ctx := context.Background()
		anna, err := s.User(ctx, "anna")
		if err != nil {
			t.Fatal(err)
		}

		secret, err := s.CreateSession(ctx, anna.ID, 8*time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		t.Run("found", func(t *testing.T) {
			u, err := s.UserBySession(ctx, secret)
			if err != nil || u.ID != anna.ID {
				t.Errorf("UserBySession = %v, %v; want anna", u, err)
			}
		})
		t.Run("unknown secret", func(t *testing.T) {
			for _, plain := range []string{"", "nope", secret + "x"} {
				if _, err := s.UserBySession(ctx, plain); !errors.Is(err, tracker.ErrBadCredentials) {
					t.Errorf("UserBySession(%q) = %v, want ErrBadCredentials", plain, err)
				}
			}
		})
		t.Run("still live just before it ends", func(t *testing.T) {
			clk.Set(sthlm(t, "2025-05-14 17:59"))
			if _, err := s.UserBySession(ctx, secret); err != nil {
				t.Errorf("UserBySession = %v", err)
			}
		})
		t.Run("expired is not found", func(t *testing.T) {
			clk.Set(sthlm(t, "2025-05-14 18:01"))
			if _, err := s.UserBySession(ctx, secret); !errors.Is(err, tracker.ErrBadCredentials) {
				t.Errorf("UserBySession = %v, want ErrBadCredentials", err)
			}
		})
		t.Run("expired sessions are swept", func(t *testing.T) {
			if _, err := s.CreateSession(ctx, anna.ID, time.Hour); err != nil {
				t.Fatal(err)
			}
			var n int64
			if err := db.Table("sessions").Count(&n).Error; err != nil || n != 1 {
				t.Errorf("%d sessions (%v), want only the new one", n, err)
			}
		})
		t.Run("deleted", func(t *testing.T) {
			live, err := s.CreateSession(ctx, anna.ID, time.Hour)
			if err != nil {
				t.Fatal(err)
			}
			if err := s.DeleteSession(ctx, live); err != nil {
				t.Fatal(err)
			}
			if _, err := s.UserBySession(ctx, live); !errors.Is(err, tracker.ErrBadCredentials) {
				t.Errorf("after logout: %v, want ErrBadCredentials", err)
			}
			if err := s.DeleteSession(ctx, live); err != nil {
				t.Errorf("logging out twice: %v", err)
			}
		})
		t.Run("disabled user", func(t *testing.T) {
			live, err := s.CreateSession(ctx, anna.ID, time.Hour)
			if err != nil {
				t.Fatal(err)
			}
			if err := db.Exec("UPDATE users SET disabled = ? WHERE id = ?", true, anna.ID).Error; err != nil {
				t.Fatal(err)
			}
			if _, err := s.UserBySession(ctx, live); !errors.Is(err, tracker.ErrBadCredentials) {
				t.Errorf("err = %v, want ErrBadCredentials", err)
			}
		})
	})
}

func TestUserEmail(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		s, _ := newStore(t, db, sthlm(t, "2025-05-14 10:00"))
		ctx := context.Background()
		for name, addr := range map[string]string{
			"no at":             "karin.region.example",
			"display name":      "Karin <karin@region.example>",
			"no domain dot":     "karin@region",
			"two addresses":     "a@region.example, b@region.example",
			"three hundred one": strings.Repeat("k", 290) + "@region.example",
		} {
			t.Run("create with "+name, func(t *testing.T) {
				_, err := s.CreateUser(ctx, tracker.NewUser{Username: "karin", Role: tracker.RoleAnalyst, Email: addr}, tracker.System)
				wantField(t, err, "email")
			})
		}
		u, err := s.CreateUser(ctx, tracker.NewUser{Username: "karin", Role: tracker.RoleAnalyst, Email: " karin@region.example "}, tracker.System)
		if err != nil {
			t.Fatal(err)
		}
		if u.Email != "karin@region.example" {
			t.Errorf("Email = %q, want it trimmed", u.Email)
		}
		if _, err := s.CreateUser(ctx, tracker.NewUser{Username: "lisa", Role: tracker.RoleEditor}, tracker.System); err != nil {
			t.Fatal(err)
		}
		lisa := tracker.Actor{Username: "lisa", Role: tracker.RoleEditor}

		t.Run("a user sets their own address", func(t *testing.T) {
			if _, err := s.SetEmail(ctx, "lisa", "lisa@region.example", lisa); err != nil {
				t.Fatal(err)
			}
			if got, _ := s.User(ctx, "lisa"); got.Email != "lisa@region.example" {
				t.Errorf("Email = %q", got.Email)
			}
		})
		t.Run("but not another's", func(t *testing.T) {
			if _, err := s.SetEmail(ctx, "karin", "lisa@region.example", lisa); !errors.Is(err, tracker.ErrForbidden) {
				t.Errorf("err = %v, want ErrForbidden", err)
			}
		})
		t.Run("a bad address is refused", func(t *testing.T) {
			_, err := s.SetEmail(ctx, "lisa", "lisa@", lisa)
			wantField(t, err, "email")
			_, err = s.UpdateUser(ctx, "lisa", tracker.UserUpdate{Email: ptr("inte en adress")}, tracker.System)
			wantField(t, err, "email")
		})
		t.Run("an administrator changes and removes it", func(t *testing.T) {
			if _, err := s.UpdateUser(ctx, "karin", tracker.UserUpdate{Email: ptr("k.s@region.example")}, tracker.System); err != nil {
				t.Fatal(err)
			}
			if _, err := s.UpdateUser(ctx, "lisa", tracker.UserUpdate{Email: ptr("")}, tracker.System); err != nil {
				t.Fatal(err)
			}
			got, err := s.Addresses(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || got["karin"] != "k.s@region.example" {
				t.Errorf("Addresses = %v, want karin's alone", got)
			}
		})
		t.Run("a disabled user gets no mail", func(t *testing.T) {
			if err := s.DisableUser(ctx, "karin", tracker.System); err != nil {
				t.Fatal(err)
			}
			if got, _ := s.Addresses(ctx); len(got) != 0 {
				t.Errorf("Addresses = %v, want none", got)
			}
		})
		t.Run("the trail does not keep the address", func(t *testing.T) {
			evs, err := s.AuditEvents(ctx, 50, tracker.System)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range evs {
				if strings.Contains(e.Data, "@region.example") {
					t.Errorf("audit event %s keeps the address: %s", e.Type, e.Data)
				}
			}
		})
	})
}
