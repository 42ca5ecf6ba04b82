package main

import (
	"context"
	"fmt"
	"mime"
	"strings"
	"time"

	"github.com/lagesbild/lagesbild/mail"
)

// demoMail is an invented mail to the press mailbox; ago is how long
// before the demo started it arrived.
type demoMail struct {
	from, subject, body string
	ago                 time.Duration
	attachment          string // name of an invented PDF, or ""
}

var demoMails = []demoMail{
	{"Kim Berglund <kim.berglund@vastnytt.example>", "Intervju om journalsystemet",
		"Hej! Vi gör ett inslag om problemen med det nya journalsystemet och vill gärna ha en intervju eller en kommentar " +
			"från regiondirektören. Vi behöver svar senast kl. 15 i dag.\n\nKim Berglund, reporter, Västnytt", 40 * time.Minute, ""},
	{"Sara Lind <sara.lind@mejl.example>", "Begäran om allmänna handlingar",
		"Hej,\n\nJag begär att få ta del av alla avvikelserapporter som rör journalsystemet från den senaste veckan, " +
			"samt riskanalysen inför införandet.\n\nMed vänlig hälsning\nSara Lind", 2 * time.Hour, ""},
	{"Johan Ek <johan.ek@gbgkuriren.example>", "Frågor inför publicering",
		"Hej presstjänsten,\n\nVi publicerar en granskning på fredag och vill ge er möjlighet att kommentera uppgifterna i " +
			"bifogat underlag före fredag.\n\nJohan Ek, Göteborgskuriren", 5 * time.Hour, "underlag.pdf"},
	{"Nyhetsbrev <info@konferens.example>", "Välkommen till vårens konferens om digital vård",
		"Anmäl dig senast den 31 mars.", 26 * time.Hour, ""},
}

// seedDemoMail takes the demo's invented mails in through the same intake
// as the IMAP poller and the SMTP receiver, once: an inbox with mail in it
// is left alone.
func seedDemoMail(ctx context.Context, ms *mail.Store, now time.Time) error {
	for _, status := range []string{mail.StatusNew, mail.StatusHandled} {
		if _, total, err := ms.Inbox(ctx, mail.InboxFilter{Status: status, Limit: 1}); err != nil || total > 0 {
			return err
		}
	}
	for i, m := range demoMails {
		if _, _, err := ms.Intake(ctx, []byte(m.raw(i)), mail.Source{ReceivedAt: now.Add(-m.ago)}); err != nil {
			return fmt.Errorf("demo mail %d: %w", i, err)
		}
	}
	return nil
}

func (m demoMail) raw(i int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "From: %s\r\nTo: press@region.example\r\nSubject: %s\r\nMessage-ID: <demo-%d@lagesbild.example>\r\nMIME-Version: 1.0\r\n",
		m.from, mime.QEncoding.Encode("utf-8", m.subject), i)
	if m.attachment == "" {
		fmt.Fprintf(&b, "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n%s\r\n", m.body)
		return b.String()
	}
	fmt.Fprintf(&b, "Content-Type: multipart/mixed; boundary=demo\r\n\r\n--demo\r\nContent-Type: text/plain; charset=utf-8\r\n"+
		"Content-Transfer-Encoding: 8bit\r\n\r\n%s\r\n--demo\r\nContent-Type: application/pdf\r\n"+
		"Content-Disposition: attachment; filename=%q\r\n\r\n%%PDF-1.4\n%% Påhittat underlag för demon.\n%%%%EOF\r\n--demo--\r\n", m.body, m.attachment)
	return b.String()
}
