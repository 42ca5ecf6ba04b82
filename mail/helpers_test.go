package mail_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/mail"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/trackertest"
	"gorm.io/gorm"
)

var steps = slices.Concat(ingest.Migrations, tracker.Migrations, mail.Migrations)

var anna = trackertest.Anna

// newStores is a register and a mail store over db, both on one clock.
func newStores(t testing.TB, db *gorm.DB, now time.Time) (*mail.Store, *tracker.Store, *trackertest.Clock) {
	t.Helper()
	cases, clock := trackertest.NewStore(t, db, now)
	return mail.NewStore(db, cases, mail.Options{Now: clock.Now}), cases, clock
}

// msg is a raw message; extra headers ("In-Reply-To: <x>") go before the body.
type msg struct {
	ID, From, To, Subject, Body string
	Headers                     []string
	Attachment                  []byte // a PDF-looking file when set
}

func (m msg) raw() []byte {
	var b strings.Builder
	from := m.From
	if from == "" {
		from = "Kim Reporter <kim@vastnytt.example>"
	}
	to := m.To
	if to == "" {
		to = "press@region.example"
	}
	fmt.Fprintf(&b, "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: Tue, 19 Nov 2024 09:12:00 +0100\r\n", from, to, m.Subject)
	if m.ID != "" {
		fmt.Fprintf(&b, "Message-ID: <%s>\r\n", m.ID)
	}
	for _, h := range m.Headers {
		b.WriteString(h + "\r\n")
	}
	b.WriteString("MIME-Version: 1.0\r\n")
	if m.Attachment == nil {
		b.WriteString("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + m.Body + "\r\n")
		return []byte(b.String())
	}
	b.WriteString("Content-Type: multipart/mixed; boundary=XYZ\r\n\r\n--XYZ\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		m.Body + "\r\n--XYZ\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=\"beslut.pdf\"\r\n\r\n" +
		string(m.Attachment) + "\r\n--XYZ--\r\n")
	return []byte(b.String())
}

var pdf = []byte("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF")

func eachDB(t *testing.T, fn func(t *testing.T, db *gorm.DB)) { dbtest.EachDB(t, steps, fn) }

func openSQLite(t *testing.T) *gorm.DB { return dbtest.OpenTestSQLite(t, steps) }
