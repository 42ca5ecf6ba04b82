package main

import (
	"context"
	"fmt"
	"mime"
	"net"
	"net/mail"
	"strings"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/lagesbild/lagesbild/tracker"
)

// demoMail is an invented mail to the press mailbox; ago is how long
// before the demo started it reached the authority.
type demoMail struct {
	from, subject, body string
	ago                 time.Duration
	attachment          string // name of an invented PDF, or ""
}

var demoMails = []demoMail{
	{"Kim Berglund <kim.berglund@vastnytt.example>", "Intervju om journalsystemet",
		"Hej! Vi gör ett inslag om problemen med det nya journalsystemet och vill gärna ha en intervju eller en kommentar " +
			"från regiondirektören. Vi behöver svar {deadline}.\n\nKim Berglund, reporter, Västnytt", 40 * time.Minute, ""},
	{"Sara Lind <sara.lind@mejl.example>", "Begäran om allmänna handlingar",
		"Hej,\n\nJag begär att få ta del av alla avvikelserapporter som rör journalsystemet från den senaste veckan, " +
			"samt riskanalysen inför införandet.\n\nMed vänlig hälsning\nSara Lind", 2 * time.Hour, ""},
	{"Johan Ek <johan.ek@gbgkuriren.example>", "Frågor inför publicering",
		"Hej presstjänsten,\n\nVi publicerar en granskning på fredag och vill ge er möjlighet att kommentera uppgifterna i " +
			"bifogat underlag före fredag.\n\nJohan Ek, Göteborgskuriren", 5 * time.Hour, "underlag.pdf"},
	{"Nyhetsbrev <info@konferens.example>", "Välkommen till vårens konferens om digital vård",
		"Anmäl dig senast den 31 mars.", 26 * time.Hour, ""},
}

// demoDeadline is a deadline a reporter would write in a mail that
// arrived at t: three hours later the same day, else tomorrow morning, so
// that the demo's inquiry is urgent but not already late, whenever it runs.
func demoDeadline(t time.Time) string {
	if h := t.In(tracker.Stockholm).Hour() + 3; h <= 21 {
		return fmt.Sprintf("senast kl. %d i dag", h)
	}
	return "senast i morgon kl. 10"
}

// demoMailDomain is the invented authority's mail domain: the demo's
// receiver takes mail for it unless LAGESBILD_SMTP_DOMAINS names others.
const demoMailDomain = "region.example"

// listenDemoSMTP opens the demo's SMTP receiver, the product's own, on
// LAGESBILD_SMTP_ADDR when given, else on a free loopback port, and points
// the mail settings at it: the demo's mail comes in the way forwarded mail
// does, and so can any mail sent to it while the demo runs.
func listenDemoSMTP(m *MailConfig) (net.Listener, error) {
	addr := m.SMTPAddr
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen for the demo's SMTP receiver: %w", err)
	}
	m.SMTPAddr = l.Addr().String()
	if len(m.SMTPDomains) == 0 {
		m.SMTPDomains = []string{demoMailDomain}
	}
	return l, nil
}

// deliverDemoMail sends the demo's invented mails to the receiver at addr
// over SMTP, each stamped by the authority's mail server at the moment it
// arrived (ago before now). Delivered again on the next start, they are
// the same messages (Message-ID) and are not taken in twice.
func deliverDemoMail(ctx context.Context, addr, domain string, now time.Time) error {
	conn, err := (&net.Dialer{Timeout: 5 * time.Second}).DialContext(ctx, "tcp", addr)
	if err != nil {
		return fmt.Errorf("reach the demo's SMTP receiver: %w", err)
	}
	if err := conn.SetDeadline(time.Now().Add(30 * time.Second)); err != nil {
		conn.Close()
		return err
	}
	c := smtp.NewClient(conn)
	defer c.Close()
	to := "press@" + domain
	for i, m := range demoMails {
		from, err := mail.ParseAddress(m.from)
		if err != nil {
			return fmt.Errorf("demo mail %d: %w", i, err)
		}
		if err := c.SendMail(from.Address, []string{to}, strings.NewReader(m.raw(i, to, now.Add(-m.ago)))); err != nil {
			return fmt.Errorf("demo mail %d: %w", i, err)
		}
	}
	return c.Quit()
}

// raw is the mail as the authority's server forwards it: its Received
// stamp on top, then the sender's headers.
func (m demoMail) raw(i int, to string, arrived time.Time) string {
	body := strings.ReplaceAll(m.body, "{deadline}", demoDeadline(arrived))
	var b strings.Builder
	_, senderDomain, _ := strings.Cut(strings.TrimSuffix(m.from, ">"), "@")
	_, ownDomain, _ := strings.Cut(to, "@")
	fmt.Fprintf(&b, "Received: from mail.%s\r\n\tby mx.%s with ESMTPS; %s\r\n", senderDomain, ownDomain, arrived.Format(time.RFC1123Z))
	fmt.Fprintf(&b, "From: %s\r\nTo: %s\r\nDate: %s\r\nSubject: %s\r\nMessage-ID: <demo-%d@lagesbild.example>\r\nMIME-Version: 1.0\r\n",
		m.from, to, arrived.Add(-time.Minute).Format(time.RFC1123Z), mime.QEncoding.Encode("utf-8", m.subject), i)
	if m.attachment == "" {
		fmt.Fprintf(&b, "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n%s\r\n", crlf(body))
		return b.String()
	}
	fmt.Fprintf(&b, "Content-Type: multipart/mixed; boundary=demo\r\n\r\n--demo\r\nContent-Type: text/plain; charset=utf-8\r\n"+
		"Content-Transfer-Encoding: 8bit\r\n\r\n%s\r\n--demo\r\nContent-Type: application/pdf\r\n"+
		"Content-Disposition: attachment; filename=%q\r\n\r\n%%PDF-1.4\r\n%% Påhittat underlag för demon.\r\n%%%%EOF\r\n--demo--\r\n", crlf(body), m.attachment)
	return b.String()
}

// crlf ends the lines as SMTP wants them.
func crlf(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }
