// Package smtptest is an SMTP relay in the test process: the outbox
// delivers to it over a real SMTP exchange, and a test reads what it took.
// Only tests import it.
package smtptest

import (
	"io"
	"net"
	"slices"
	"strings"
	"sync"
	"testing"

	gomail "github.com/emersion/go-message/mail"
	"github.com/emersion/go-smtp"
)

// Relay keeps every message it takes.
type Relay struct {
	Addr string // host:port, for LAGESBILD_SMTP_RELAY
	mu   sync.Mutex
	raw  []string
}

// Start listens on a free local port until the test ends.
func Start(t testing.TB) *Relay {
	t.Helper()
	r := &Relay{}
	srv := smtp.NewServer(r)
	srv.Domain = "relay.test"
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	r.Addr = l.Addr().String()
	go func() { _ = srv.Serve(l) }()
	t.Cleanup(func() { _ = srv.Close() })
	return r
}

// Raw are the messages as they came over the wire.
func (r *Relay) Raw() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.raw)
}

// Messages are the messages readable: the header as sent, then every part
// decoded (quoted-printable and base64 undone).
func (r *Relay) Messages() []string {
	raw := r.Raw()
	out := make([]string, len(raw))
	for i, m := range raw {
		out[i] = decode(m)
	}
	return out
}

func decode(raw string) string {
	mr, err := gomail.CreateReader(strings.NewReader(raw))
	if err != nil {
		return raw
	}
	var b strings.Builder
	if i := strings.Index(raw, "\r\n\r\n"); i >= 0 {
		b.WriteString(raw[:i+2])
	}
	subject, err := mr.Header.Subject() // RFC 2047 words decoded
	if err != nil {
		subject = mr.Header.Get("Subject")
	}
	b.WriteString("Subject: " + subject + "\r\n\r\n")
	for {
		p, err := mr.NextPart()
		if err != nil {
			break
		}
		body, _ := io.ReadAll(p.Body)
		b.Write(body)
	}
	return b.String()
}

// NewSession is go-smtp's backend.
func (r *Relay) NewSession(*smtp.Conn) (smtp.Session, error) { return &session{r: r}, nil }

type session struct{ r *Relay }

func (s *session) AuthPlain(string, string) error       { return nil }
func (s *session) Mail(string, *smtp.MailOptions) error { return nil }
func (s *session) Rcpt(string, *smtp.RcptOptions) error { return nil }
func (s *session) Reset()                               {}
func (s *session) Logout() error                        { return nil }
func (s *session) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.r.mu.Lock()
	defer s.r.mu.Unlock()
	s.r.raw = append(s.r.raw, string(b))
	return nil
}
