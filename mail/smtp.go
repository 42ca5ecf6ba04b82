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
	"net/netip"
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
	// StampServers (LAGESBILD_SMTP_TRUSTED: addresses or CIDRs) are the mail
	// servers whose Received stamp is believed as the time a message reached
	// the authority; from anyone else a message was received when it came.
	// The loopback interface is always among them (a server on this host).
	StampServers []string
	Logger       *slog.Logger
}

// Receiver is an SMTP server that takes mail into the inbox.
type Receiver struct {
	s            *Store
	opt          ReceiverOptions
	server       *smtp.Server
	stampServers []netip.Prefix
}

// parsePrefix reads an address (a prefix of its whole length) or a CIDR.
func parsePrefix(s string) (netip.Prefix, error) {
	if a, err := netip.ParseAddr(s); err == nil {
		return netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen()), nil
	}
	p, err := netip.ParsePrefix(s)
	if err != nil {
		return netip.Prefix{}, err
	}
	return netip.PrefixFrom(p.Addr().Unmap(), p.Bits()).Masked(), nil
}

// believesStamp tells whether a message from addr may date itself by its
// Received stamp: a server on this host, or one StampServers names.
func (r *Receiver) believesStamp(addr net.Addr) bool {
	ap, err := netip.ParseAddrPort(addr.String())
	if err != nil {
		return false
	}
	ip := ap.Addr().Unmap()
	if ip.IsLoopback() {
		return true
	}
	for _, p := range r.stampServers {
		if p.Contains(ip) {
			return true
		}
	}
	return false
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
	for _, a := range o.StampServers {
		p, err := parsePrefix(strings.TrimSpace(a))
		if err != nil {
			return nil, fmt.Errorf("LAGESBILD_SMTP_TRUSTED: %q is neither an address nor a CIDR", a)
		}
		r.stampServers = append(r.stampServers, p)
	}
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
func (r *Receiver) NewSession(c *smtp.Conn) (smtp.Session, error) {
	return &session{r: r, stamped: r.believesStamp(c.Conn().RemoteAddr())}, nil
}

type session struct {
	r       *Receiver
	rcpt    int
	stamped bool // the client's Received stamp is believed (believesStamp)
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
	// stamp, else now. Anyone else's stamp could backdate the legal date of
	// receipt (and the handling time) by up to MaxForwardDelay.
	at := s.r.s.now()
	if s.stamped {
		at = ReceivedAt(raw, at)
	}
	m, created, err := s.r.s.Intake(context.Background(), raw, Source{ReceivedAt: at})
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
