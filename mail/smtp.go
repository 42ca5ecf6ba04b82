package mail

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strings"
	"time"

	"github.com/emersion/go-message/textproto"
	"github.com/emersion/go-smtp"
)

// ReceiverOptions configure the SMTP receiver on-premises mail is forwarded to.
type ReceiverOptions struct {
	Addr    string   // LAGESBILD_SMTP_ADDR
	Domains []string // LAGESBILD_SMTP_DOMAINS: only recipients in these are accepted
	Domain  string   // the name the server greets with; default "lagesbild"
	Logger  *slog.Logger
}

// Receiver is an SMTP server that takes mail into the inbox.
type Receiver struct {
	s      *Store
	opt    ReceiverOptions
	server *smtp.Server
}

// NewReceiver returns the SMTP receiver; it needs at least one domain.
func (s *Store) NewReceiver(o ReceiverOptions) (*Receiver, error) {
	if len(o.Domains) == 0 {
		return nil, errors.New("LAGESBILD_SMTP_DOMAINS must name the domains the receiver accepts mail for")
	}
	for i, d := range o.Domains {
		o.Domains[i] = strings.ToLower(strings.TrimSpace(d))
	}
	if o.Domain == "" {
		o.Domain = "lagesbild"
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	r := &Receiver{s: s, opt: o}
	srv := smtp.NewServer(r)
	srv.Addr = o.Addr
	srv.Domain = o.Domain
	srv.MaxMessageBytes = MaxMessageSize
	srv.MaxRecipients = 50
	srv.ReadTimeout = time.Minute
	srv.WriteTimeout = time.Minute
	r.server = srv
	return r, nil
}

// Serve accepts connections on l until ctx ends.
func (r *Receiver) Serve(ctx context.Context, l net.Listener) error {
	go func() {
		<-ctx.Done()
		_ = r.server.Close()
	}()
	err := r.server.Serve(l)
	if ctx.Err() != nil || errors.Is(err, smtp.ErrServerClosed) {
		return ctx.Err()
	}
	return err
}

// Run listens on the configured address until ctx ends.
func (r *Receiver) Run(ctx context.Context) error {
	l, err := net.Listen("tcp", r.opt.Addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", r.opt.Addr, err)
	}
	return r.Serve(ctx, l)
}

// NewSession satisfies smtp.Backend.
func (r *Receiver) NewSession(*smtp.Conn) (smtp.Session, error) { return &session{r: r}, nil }

type session struct {
	r    *Receiver
	rcpt int
}

func (s *session) Mail(string, *smtp.MailOptions) error { return nil }

func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	_, domain, _ := strings.Cut(strings.ToLower(to), "@")
	for _, d := range s.r.opt.Domains {
		if domain == d {
			s.rcpt++
			return nil
		}
	}
	return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 7, 1}, Message: "Relay access denied"}
}

func (s *session) Data(body io.Reader) error {
	raw, err := io.ReadAll(io.LimitReader(body, MaxMessageSize+1))
	if err != nil {
		return err
	}
	if len(raw) > MaxMessageSize {
		return smtp.ErrDataTooLarge
	}
	// The receipt time is when the authority got it: its own mail server's
	// stamp, else now.
	m, created, err := s.r.s.Intake(context.Background(), raw, Source{ReceivedAt: ReceivedAt(raw, s.r.s.now())})
	if err != nil {
		s.r.opt.Logger.Warn("smtp: message not taken in", "error", err)
		if errors.Is(err, ErrTooLarge) {
			return smtp.ErrDataTooLarge
		}
		return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "Try again later"}
	}
	s.r.opt.Logger.Debug("smtp: message taken in", "message_id", m.ID, "new", created)
	return nil
}

// MaxForwardDelay is how long before its receipt a forwarded message's
// Received stamp is believed: longer than a mail server keeps a message
// queued (Postfix gives up after five days, Exchange after two).
const MaxForwardDelay = 7 * 24 * time.Hour

// ReceivedAt is when a message forwarded to the receiver reached the
// authority: the date in its topmost Received header, which the
// authority's own mail server wrote when it took the message in (the
// receiver listens only for that server). A message the server kept queued
// while the receiver was down thus keeps the time it really arrived, which
// starts the handling time. Without such a stamp, or with one in the future
// or more than MaxForwardDelay old, it is now.
func ReceivedAt(raw []byte, now time.Time) time.Time {
	h, err := textproto.ReadHeader(bufio.NewReader(bytes.NewReader(raw)))
	if err != nil {
		return now
	}
	t, ok := serverStamp(h)
	if !ok || t.After(now) || now.Sub(t) > MaxForwardDelay {
		return now
	}
	return t
}

func (s *session) Reset()        {}
func (s *session) Logout() error { return nil }
