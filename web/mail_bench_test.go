package web_test

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/mail"
	"github.com/lagesbild/lagesbild/tracker"
	"gorm.io/gorm"
)

// BenchmarkInboxPage10000 is the inbox at 10,000 new messages: the page
// (/inkorg, the newest 100 with their suggestions, as a press officer) and
// the API list, through the real router, on SQLite and on PostgreSQL (when
// LAGESBILD_TEST_DATABASE_URL is set). It reports p50-ms and p99-ms.
//
//	go test ./web/ -run '^$' -bench InboxPage -benchtime 300x
func BenchmarkInboxPage10000(b *testing.B) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		b.Run(dialect, func(b *testing.B) {
			var db *gorm.DB
			if dialect == "sqlite" {
				db = dbtest.OpenTestSQLite(b, mailMigrations)
			} else {
				if os.Getenv("LAGESBILD_TEST_DATABASE_URL") == "" {
					b.Skip("set LAGESBILD_TEST_DATABASE_URL to run on PostgreSQL")
				}
				db = dbtest.OpenTestPostgres(b, mailMigrations)
			}
			a, ms := newMailApp(b, db)
			fillInbox(b, ms, 10_000)
			br := a.browser()
			br.login("press")
			b.Run("page", func(b *testing.B) {
				br.a.t = b
				if rec := br.do("GET", "/inkorg", nil); rec.Code != http.StatusOK || strings.Count(rec.Body.String(), `<article class="card mail"`) != 100 {
					b.Fatalf("GET /inkorg: status %d, or not 100 messages", rec.Code)
				}
				timedLoop(b, func() {
					if rec := br.do("GET", "/inkorg", nil); rec.Code != http.StatusOK {
						b.Fatalf("GET /inkorg: status %d", rec.Code)
					}
				})
			})
			b.Run("api", func(b *testing.B) {
				a.t = b
				timedLoop(b, func() {
					if rec := a.api(tracker.RolePressOfficer, "GET", "/api/v1/inbox", ""); rec.Code != http.StatusOK {
						b.Fatalf("GET /api/v1/inbox: status %d", rec.Code)
					}
				})
			})
		})
	}
}

// inboxBodies are mails as a press mailbox gets them: requests, inquiries
// with deadlines, a long thread with quotes, newsletters.
var inboxBodies = []string{
	"Hej,\n\nJag begär att få ta del av alla avvikelserapporter som rör journalsystemet från den senaste veckan, " +
		"samt riskanalysen inför införandet. Jag vill ha handlingarna i elektronisk form.\n\nMed vänlig hälsning\nSara Lind",
	"Hej! Vi gör ett inslag om problemen med det nya journalsystemet och vill gärna ha en intervju eller en kommentar " +
		"från regiondirektören. Vi behöver svar senast kl. 15 i dag.\n\nKim Berglund, reporter",
	"Hej presstjänsten,\n\nVi publicerar en granskning på fredag och vill ge er möjlighet att kommentera uppgifterna " +
		"före fredag.\n\n" + strings.Repeat("> Tidigare i tråden: vi har frågat om väntetiderna på akuten och om hur många "+
		"patienter som har drabbats av förseningar under hösten. Svara gärna så snart ni kan.\n", 20),
	"Anmäl dig senast den 31 mars till vårens konferens om digital vård. Programmet finns på vår webbplats.",
}

// fillInbox takes n mails in through the intake, one minute apart, every
// third with a PDF attached.
func fillInbox(b testing.TB, ms *mail.Store, n int) {
	b.Helper()
	ctx := context.Background()
	senders := []string{"kim@vastnytt.example", "sara.lind@mejl.example", "johan.ek@gbgkuriren.example", "info@konferens.example"}
	start := fixedNow.Add(-time.Duration(n) * time.Minute)
	for i := range n {
		body := inboxBodies[i%len(inboxBodies)]
		raw := fmt.Sprintf("From: %s\r\nTo: press@region.example\r\nMessage-ID: <fill-%d@x>\r\nSubject: Meddelande %d\r\nMIME-Version: 1.0\r\n",
			senders[i%len(senders)], i, i)
		if i%3 == 0 {
			raw += "Content-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body +
				"\r\n--B\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"underlag.pdf\"\r\n\r\n%PDF-1.4 underlag\r\n--B--\r\n"
		} else {
			raw += "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n"
		}
		if _, _, err := ms.Intake(ctx, []byte(raw), mail.Source{ReceivedAt: start.Add(time.Duration(i) * time.Minute)}); err != nil {
			b.Fatal(err)
		}
	}
}
