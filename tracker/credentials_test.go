package tracker_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/tracker"
	"gorm.io/gorm"
)

func TestCredentialsEnd(t *testing.T) {
	ends := map[string]tracker.UserUpdate{
		"disabling the user":     {Disabled: ptr(true)},
		"replacing the password": {Password: ptr("ett helt nytt lösenord")},
	}
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		s, _ := newStore(t, db, sthlm(t, "2025-05-14 10:00"))
		ctx := context.Background()
		for name, up := range ends {
			t.Run(name, func(t *testing.T) {
				username := "bertil"
				if up.Password != nil {
					username = "anna"
				}
				u, err := s.User(ctx, username)
				if err != nil {
					t.Fatal(err)
				}
				var sessions, tokens []string
				for range 2 {
					sess, err := s.CreateSession(ctx, u.ID, time.Hour)
					if err != nil {
						t.Fatal(err)
					}
					tok, err := s.CreateToken(ctx, tracker.NewToken{Username: username, Name: "skript"}, tracker.System)
					if err != nil {
						t.Fatal(err)
					}
					sessions, tokens = append(sessions, sess), append(tokens, tok)
				}
				if _, err := s.UpdateUser(ctx, username, up, admin); err != nil {
					t.Fatal(err)
				}
				for _, sess := range sessions {
					if _, err := s.UserBySession(ctx, sess); !errors.Is(err, tracker.ErrBadCredentials) {
						t.Errorf("session after the change: err = %v, want ErrBadCredentials", err)
					}
				}
				// Enabling the user again does not bring the old tokens back.
				if _, err := s.UpdateUser(ctx, username, tracker.UserUpdate{Disabled: ptr(false)}, admin); err != nil {
					t.Fatal(err)
				}
				for _, tok := range tokens {
					if _, err := s.UserByToken(ctx, tok); !errors.Is(err, tracker.ErrBadCredentials) {
						t.Errorf("token after the change: err = %v, want ErrBadCredentials", err)
					}
				}
				evs, err := s.AuditEvents(ctx, 1, admin)
				if err != nil || len(evs) != 1 || evs[0].Subject != username || evs[0].Actor != "admin" || evs[0].Type != "user_updated" {
					t.Errorf("last audit event = %+v, %v", evs, err)
				}
			})
		}
	})
}

func TestUpdateUserRules(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		s, _ := newStore(t, db, sthlm(t, "2025-05-14 10:00"))
		ctx := context.Background()
		invalid := map[string]struct {
			username string
			up       tracker.UserUpdate
			field    string
		}{
			"unknown role":            {"bertil", tracker.UserUpdate{Role: ptr(tracker.Role("root"))}, "role"},
			"admin demotes themself":  {"admin", tracker.UserUpdate{Role: ptr(tracker.RoleAnalyst)}, "role"},
			"admin disables themself": {"admin", tracker.UserUpdate{Disabled: ptr(true)}, "disabled"},
			"short password":          {"bertil", tracker.UserUpdate{Password: ptr("kort")}, "password"},
			"unknown unit":            {"bertil", tracker.UserUpdate{Delegations: &[]string{"Okänd enhet"}}, "delegations"},
			"bad date":                {"bertil", tracker.UserUpdate{Delegations: &[]string{unitComms + "@2025-13-01..2025-12-31"}}, "delegations"},
			"ends before it begins":   {"bertil", tracker.UserUpdate{Delegations: &[]string{unitComms + "@2025-06-01..2025-05-01"}}, "delegations"},
			"name too long":           {"bertil", tracker.UserUpdate{Name: ptr(string(make([]byte, 201)))}, "name"},
		}
		for name, tt := range invalid {
			t.Run(name, func(t *testing.T) {
				_, err := s.UpdateUser(ctx, tt.username, tt.up, admin)
				wantField(t, err, tt.field)
			})
		}
		forbidden := map[string]func() error{
			"press officer creates a user": func() error {
				_, err := s.CreateUser(ctx, tracker.NewUser{Username: "nisse", Role: tracker.RoleAdmin}, anna)
				return err
			},
			"press officer promotes themself": func() error {
				_, err := s.UpdateUser(ctx, "anna", tracker.UserUpdate{Role: ptr(tracker.RoleAdmin)}, anna)
				return err
			},
			"analyst disables someone": func() error { return s.DisableUser(ctx, "anna", analyst) },
			"analyst reads the audit trail": func() error {
				_, err := s.AuditEvents(ctx, 10, analyst)
				return err
			},
			"editor makes a token for someone else": func() error {
				_, err := s.CreateToken(ctx, tracker.NewToken{Username: "anna", Name: "x"}, editor)
				return err
			},
		}
		for name, fn := range forbidden {
			t.Run(name, func(t *testing.T) {
				if err := fn(); !errors.Is(err, tracker.ErrForbidden) {
					t.Errorf("err = %v, want ErrForbidden", err)
				}
			})
		}
		t.Run("unknown user", func(t *testing.T) {
			if _, err := s.UpdateUser(ctx, "nobody", tracker.UserUpdate{Name: ptr("x")}, admin); !errors.Is(err, tracker.ErrNotFound) {
				t.Errorf("err = %v, want ErrNotFound", err)
			}
		})
	})
}

func TestDelegationDates(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		s, clk := newStore(t, db, sthlm(t, "2025-05-14 10:00"))
		ctx := context.Background()
		_, err := s.UpdateUser(ctx, "bertil", tracker.UserUpdate{Delegations: &[]string{
			unitComms + "@2025-05-01..2025-05-31", unitFinance + "@2025-06-01..",
		}}, admin)
		if err != nil {
			t.Fatal(err)
		}
		tests := map[string]struct {
			at   string
			want []string
		}{
			"before either":         {"2025-04-30 12:00", nil},
			"in May":                {"2025-05-14 10:00", []string{unitComms}},
			"last day of May":       {"2025-05-31 23:59", []string{unitComms}},
			"June, open-ended":      {"2025-06-01 00:01", []string{unitFinance}},
			"next year, still open": {"2026-01-10 09:00", []string{unitFinance}},
		}
		for name, tt := range tests {
			t.Run(name, func(t *testing.T) {
				clk.Set(sthlm(t, tt.at))
				u, err := s.User(ctx, "bertil")
				if err != nil {
					t.Fatal(err)
				}
				if got := u.Actor().Delegations; !slices.Equal(got, tt.want) {
					t.Errorf("delegations = %v, want %v", got, tt.want)
				}
			})
		}
		clk.Set(sthlm(t, "2025-05-14 10:00"))
		u, _ := s.User(ctx, "bertil")
		if got := u.Grants(); len(got) != 2 || got[0] != (tracker.Delegation{Unit: unitComms, From: "2025-05-01", Until: "2025-05-31"}) {
			t.Errorf("Grants = %+v", got)
		}
	})
}

func TestTokenLifecycle(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		s, clk := newStore(t, db, sthlm(t, "2025-05-14 10:00"))
		ctx := context.Background()
		tomorrow := sthlm(t, "2025-05-15 10:00")
		short, err := s.CreateToken(ctx, tracker.NewToken{Username: "anna", Name: "kort", ExpiresAt: &tomorrow}, admin)
		if err != nil {
			t.Fatal(err)
		}
		own, err := s.CreateToken(ctx, tracker.NewToken{Username: "erik", Name: "eget"}, editor)
		if err != nil {
			t.Fatal(err)
		}
		t.Run("invalid", func(t *testing.T) {
			past := sthlm(t, "2025-05-01 10:00")
			_, err := s.CreateToken(ctx, tracker.NewToken{Username: "anna", Name: "x", ExpiresAt: &past}, admin)
			wantField(t, err, "expires_at")
			_, err = s.CreateToken(ctx, tracker.NewToken{Username: "anna", Name: " "}, admin)
			wantField(t, err, "name")
		})
		t.Run("last use is noted", func(t *testing.T) {
			if _, err := s.UserByToken(ctx, short); err != nil {
				t.Fatal(err)
			}
			ts, err := s.Tokens(ctx, admin)
			if err != nil {
				t.Fatal(err)
			}
			i := slices.IndexFunc(ts, func(ti tracker.TokenInfo) bool { return ti.Name == "kort" })
			if i < 0 || ts[i].LastUsedAt == nil || ts[i].CreatedBy != "admin" || ts[i].Username != "anna" || ts[i].ExpiresAt == nil {
				t.Errorf("listed = %+v", ts)
			}
		})
		t.Run("others see only their own", func(t *testing.T) {
			ts, err := s.Tokens(ctx, editor)
			if err != nil || len(ts) != 1 || ts[0].Name != "eget" {
				t.Errorf("Tokens(editor) = %+v, %v", ts, err)
			}
			if err := s.RevokeToken(ctx, ts[0].ID+1000, editor); !errors.Is(err, tracker.ErrNotFound) {
				t.Errorf("revoke unknown: %v", err)
			}
			all, _ := s.Tokens(ctx, admin)
			annas := all[slices.IndexFunc(all, func(ti tracker.TokenInfo) bool { return ti.Username == "anna" })]
			if err := s.RevokeToken(ctx, annas.ID, editor); !errors.Is(err, tracker.ErrNotFound) {
				t.Errorf("editor revokes anna's token: %v, want ErrNotFound", err)
			}
		})
		t.Run("revoked at once", func(t *testing.T) {
			ts, _ := s.Tokens(ctx, editor)
			if err := s.RevokeToken(ctx, ts[0].ID, editor); err != nil {
				t.Fatal(err)
			}
			if _, err := s.UserByToken(ctx, own); !errors.Is(err, tracker.ErrBadCredentials) {
				t.Errorf("revoked token: err = %v", err)
			}
			evs, _ := s.AuditEvents(ctx, 1, admin)
			if len(evs) != 1 || evs[0].Type != "token_revoked" || evs[0].Actor != "erik" {
				t.Errorf("audit = %+v", evs)
			}
		})
		t.Run("expired", func(t *testing.T) {
			clk.Set(sthlm(t, "2025-05-15 10:01"))
			if _, err := s.UserByToken(ctx, short); !errors.Is(err, tracker.ErrBadCredentials) {
				t.Errorf("expired token: err = %v", err)
			}
		})
	})
}

// Noting a token's use is a write in passing: when the database cannot
// write, a request that only reads still gets in.
func TestTokenUseNotedOnlyInPassing(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		s, c := newStore(t, db, time.Date(2024, 11, 19, 9, 0, 0, 0, time.UTC))
		if _, err := s.CreateUser(ctx, tracker.NewUser{Username: "tova", Role: tracker.RolePressOfficer}, tracker.System); err != nil {
			t.Fatal(err)
		}
		tok, err := s.CreateToken(ctx, tracker.NewToken{Username: "tova", Name: "skript"}, tracker.System)
		if err != nil {
			t.Fatal(err)
		}
		// Every write to api_tokens fails from now on, as on a full disk.
		stmts := []string{`CREATE TRIGGER tokens_full BEFORE UPDATE ON api_tokens BEGIN SELECT RAISE(FAIL, 'database or disk is full'); END`}
		if lagesbild.IsPostgres(db) {
			stmts = []string{`CREATE FUNCTION tokens_full() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'could not extend file' USING ERRCODE = '53100'; END $$ LANGUAGE plpgsql`,
				`CREATE TRIGGER tokens_full BEFORE UPDATE ON api_tokens FOR EACH ROW EXECUTE FUNCTION tokens_full()`}
		}
		for _, q := range stmts {
			if err := db.Exec(q).Error; err != nil {
				t.Fatal(err)
			}
		}
		for range 2 {
			if u, err := s.UserByToken(ctx, tok); err != nil || u.Username != "tova" {
				t.Fatalf("UserByToken: %v %v, want tova", u, err)
			}
			c.Advance(2 * time.Minute)
		}
	})
}
