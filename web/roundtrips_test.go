package web_test

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/tracker"
	"gorm.io/gorm"
)

// On PostgreSQL every statement is a round trip to a server process, and
// under load each one waits for a core: registering a case and moving it
// are the register's commonest writes, so their statements are counted.
// Six each: the token check, the number (one upsert), the case and its
// event (the move: the locked row, the update, the event), and the answer
// read back (the case with its links, its topics). On PostgreSQL a new case
// takes four: its number, the case and its event are one statement
// (insertNumberedPostgres). BEGIN and COMMIT are not counted.
func TestRegisterWritesTakeFewStatements(t *testing.T) {
	dbtest.EachDB(t, allMigrations, func(t *testing.T, db *gorm.DB) {
		rec := &dbtest.SQLRecorder{}
		a := newApp(t, db.Session(&gorm.Session{Logger: rec}))
		a.api(tracker.RoleAdmin, "GET", "/api/v1/cases", "") // the token's first use stamps it
		count := func(what string, most, want int, method, path, body string) *caseOut {
			t.Helper()
			rec.Reset()
			res := a.api(tracker.RoleAdmin, method, path, body)
			if res.Code != want {
				t.Fatalf("%s: status %d: %s", what, res.Code, res.Body)
			}
			if n := len(rec.Queries()); n > most {
				for _, q := range rec.Queries() {
					t.Log(q.SQL)
				}
				t.Errorf("%s: %d statements, want at most %d", what, n, most)
			}
			c := decode[caseOut](t, res)
			return &c
		}
		newCase := 6
		if lagesbild.IsPostgres(db) {
			newCase = 4
		}
		c := count("new press inquiry", newCase, http.StatusCreated, "POST", "/api/v1/cases",
			`{"kind":"press_inquiry","subject":"Hur många?","channel":"phone","requester":{"name":"Reporter","outlet":"SVT"}}`)
		count("move", 6, http.StatusOK, "POST", fmt.Sprintf("/api/v1/cases/%d/transition", c.ID), `{"to":"in_progress","note":"Påbörjad."}`)
		count("new document request", newCase, http.StatusCreated, "POST", "/api/v1/cases",
			`{"kind":"document_request","subject":"Handlingar om skyfallet","channel":"email"}`)
	})
}
