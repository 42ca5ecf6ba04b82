package mail

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"os/exec"
	"strings"
	"time"

	"github.com/emersion/go-imap"
	"github.com/emersion/go-imap/client"
	"github.com/emersion/go-sasl"
)

// Flagged is the IMAP keyword set on a message once it is stored, so that
// the next poll skips it. The press officers' own \Seen flag is left alone.
const Flagged = "$Lagesbild"

// IMAPOptions say where the mailbox is and how to log in.
type IMAPOptions struct {
	URL          string // imaps://user@host:993/INBOX, or imap:// (no TLS) for tests
	Password     string
	TokenCommand string        // prints an OAuth2 access token: XOAUTH2 instead of the password
	Interval     time.Duration // between polls where the server has no IDLE; default 1 minute
	Logger       *slog.Logger
	TLSConfig    *tls.Config
}

// IMAPPoller takes mail from one mailbox into the inbox.
type IMAPPoller struct {
	s                   *Store
	opt                 IMAPOptions
	user, addr, mailbox string
	tls                 bool
}

// NewIMAPPoller checks the URL and returns a poller.
func (s *Store) NewIMAPPoller(o IMAPOptions) (*IMAPPoller, error) {
	u, err := url.Parse(o.URL)
	if err != nil {
		return nil, fmt.Errorf("LAGESBILD_IMAP_URL: %w", err)
	}
	p := &IMAPPoller{s: s, opt: o}
	switch u.Scheme {
	case "imaps":
		p.tls = true
	case "imap":
	default:
		return nil, fmt.Errorf("LAGESBILD_IMAP_URL must start with imaps:// or imap://")
	}
	if u.User == nil || u.User.Username() == "" {
		return nil, fmt.Errorf("LAGESBILD_IMAP_URL must name the user (imaps://user@host/INBOX)")
	}
	p.user = u.User.Username()
	p.addr = u.Host
	if u.Port() == "" {
		port := "143"
		if p.tls {
			port = "993"
		}
		p.addr = net.JoinHostPort(u.Hostname(), port)
	}
	p.mailbox = strings.TrimPrefix(u.Path, "/")
	if p.mailbox == "" {
		p.mailbox = "INBOX"
	}
	if p.opt.Interval == 0 {
		p.opt.Interval = time.Minute
	}
	if p.opt.Logger == nil {
		p.opt.Logger = slog.Default()
	}
	return p, nil
}

// Mailbox names the mailbox as messages record it: user@host/INBOX.
func (p *IMAPPoller) Mailbox() string { return p.user + "@" + p.addr + "/" + p.mailbox }

func (p *IMAPPoller) connect(ctx context.Context) (*client.Client, error) {
	var c *client.Client
	var err error
	if p.tls {
		c, err = client.DialTLS(p.addr, p.opt.TLSConfig)
	} else {
		c, err = client.Dial(p.addr)
	}
	if err != nil {
		return nil, fmt.Errorf("connect to %s: %w", p.addr, err)
	}
	if p.opt.TokenCommand != "" {
		token, err := runTokenCommand(ctx, p.opt.TokenCommand)
		if err == nil {
			err = c.Authenticate(&xoauth2{user: p.user, token: token})
		}
		if err != nil {
			_ = c.Logout()
			return nil, fmt.Errorf("XOAUTH2 login: %w", err)
		}
		return c, nil
	}
	if err := c.Login(p.user, p.opt.Password); err != nil {
		_ = c.Logout()
		return nil, fmt.Errorf("login: %w", err)
	}
	return c, nil
}

// runTokenCommand runs the configured command (through sh) and returns
// what it prints, trimmed: an OAuth2 access token.
func runTokenCommand(ctx context.Context, command string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "sh", "-c", command).Output()
	if err != nil {
		return "", fmt.Errorf("LAGESBILD_IMAP_TOKEN_COMMAND: %w", err)
	}
	token := strings.TrimSpace(string(out))
	if token == "" {
		return "", errors.New("LAGESBILD_IMAP_TOKEN_COMMAND printed nothing")
	}
	return token, nil
}

// xoauth2 is the SASL mechanism Microsoft 365 and Google take an OAuth2
// access token with.
type xoauth2 struct{ user, token string }

func (x *xoauth2) Start() (string, []byte, error) {
	return "XOAUTH2", []byte("user=" + x.user + "\x01auth=Bearer " + x.token + "\x01\x01"), nil
}

func (x *xoauth2) Next(challenge []byte) ([]byte, error) {
	// The server sends an error as a challenge and waits for an empty answer.
	return nil, fmt.Errorf("XOAUTH2 refused: %s", challenge)
}

var _ sasl.Client = (*xoauth2)(nil)

// Poll connects, takes in every message not yet flagged and logs out. It
// tells how many messages were new to the inbox.
func (p *IMAPPoller) Poll(ctx context.Context) (int, error) {
	c, err := p.connect(ctx)
	if err != nil {
		return 0, err
	}
	defer func() { _ = c.Logout() }()
	return p.takeIn(ctx, c)
}

func (p *IMAPPoller) takeIn(ctx context.Context, c *client.Client) (int, error) {
	status, err := c.Select(p.mailbox, false)
	if err != nil {
		return 0, fmt.Errorf("select %s: %w", p.mailbox, err)
	}
	crit := imap.NewSearchCriteria()
	crit.WithoutFlags = []string{Flagged}
	uids, err := c.UidSearch(crit)
	if err != nil {
		return 0, fmt.Errorf("search %s: %w", p.mailbox, err)
	}
	created := 0
	// In batches, so that one poll of a full mailbox neither holds every
	// message in memory nor waits to flag the first until the last is stored.
	for len(uids) > 0 {
		n := min(len(uids), 50)
		batch := uids[:n]
		uids = uids[n:]
		k, err := p.fetchBatch(ctx, c, status.UidValidity, batch)
		created += k
		if err != nil {
			return created, err
		}
	}
	return created, nil
}

func (p *IMAPPoller) fetchBatch(ctx context.Context, c *client.Client, validity uint32, uids []uint32) (int, error) {
	set := new(imap.SeqSet)
	set.AddNum(uids...)
	section := &imap.BodySectionName{Peek: true}
	items := []imap.FetchItem{imap.FetchUid, imap.FetchInternalDate, imap.FetchRFC822Size, section.FetchItem()}
	ch := make(chan *imap.Message, 10)
	done := make(chan error, 1)
	go func() { done <- c.UidFetch(set, items, ch) }()
	stored := new(imap.SeqSet)
	created := 0
	var firstErr error
	for msg := range ch {
		if firstErr != nil {
			continue // drain
		}
		if msg.Size > MaxMessageSize {
			p.opt.Logger.Warn("imap: message over the size limit left in the mailbox", "uid", msg.Uid, "size", msg.Size)
			continue
		}
		body := msg.GetBody(section)
		if body == nil {
			continue
		}
		raw, err := io.ReadAll(io.LimitReader(body, MaxMessageSize+1))
		if err != nil {
			firstErr = err
			continue
		}
		// Store, then flag: a crash in between fetches it again, and the
		// unique mailbox UID and Message-ID keep it once.
		_, isNew, err := p.s.Intake(ctx, raw, Source{Mailbox: p.Mailbox(), UIDValidity: validity, UID: msg.Uid,
			ReceivedAt: msg.InternalDate})
		if errors.Is(err, ErrTooLarge) {
			p.opt.Logger.Warn("imap: message over a limit left in the mailbox", "uid", msg.Uid)
			continue
		}
		if err != nil {
			firstErr = err
			continue
		}
		if isNew {
			created++
		}
		stored.AddNum(msg.Uid)
	}
	if err := <-done; err != nil && firstErr == nil {
		firstErr = fmt.Errorf("fetch: %w", err)
	}
	if !stored.Empty() {
		if err := c.UidStore(stored, imap.FormatFlagsOp(imap.AddFlags, true), []any{Flagged}, nil); err != nil && firstErr == nil {
			firstErr = fmt.Errorf("flag stored messages: %w", err)
		}
	}
	return created, firstErr
}

// Run polls until ctx ends: it stays connected and waits with IDLE where
// the server has it, else polls every Interval; on an error it reconnects
// after a pause.
func (p *IMAPPoller) Run(ctx context.Context) error {
	for {
		err := p.session(ctx)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			p.opt.Logger.Warn("imap", "mailbox", p.Mailbox(), "error", err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(p.opt.Interval):
		}
	}
}

func (p *IMAPPoller) session(ctx context.Context) error {
	c, err := p.connect(ctx)
	if err != nil {
		return err
	}
	defer func() { _ = c.Logout() }()
	idle, err := c.Support("IDLE")
	if err != nil {
		return err
	}
	// The client blocks while its Updates channel is full, so it is read
	// all the time; only news of the mailbox wakes the loop.
	updates := make(chan client.Update, 64)
	wake := make(chan struct{}, 1)
	c.Updates = updates
	quit := make(chan struct{})
	defer close(quit)
	go func() {
		for {
			select {
			case u := <-updates:
				if _, ok := u.(*client.MailboxUpdate); ok {
					select {
					case wake <- struct{}{}:
					default:
					}
				}
			case <-quit:
				return
			}
		}
	}()
	for {
		n, err := p.takeIn(ctx, c)
		if n > 0 {
			p.opt.Logger.Info("imap: mail taken in", "mailbox", p.Mailbox(), "new", n)
		}
		if err != nil {
			return err
		}
		if !idle {
			return nil // Run waits Interval and polls again
		}
		if err := p.idle(ctx, c, wake); err != nil {
			return err
		}
		if ctx.Err() != nil {
			return nil
		}
	}
}

// idle waits until the server announces new mail, Interval passes (to
// refresh the session) or ctx ends.
func (p *IMAPPoller) idle(ctx context.Context, c *client.Client, wake <-chan struct{}) error {
	stop := make(chan struct{})
	done := make(chan error, 1)
	go func() { done <- c.Idle(stop, &client.IdleOptions{LogoutTimeout: 0, PollInterval: p.opt.Interval}) }()
	timer := time.NewTimer(10 * p.opt.Interval)
	defer timer.Stop()
	select {
	case <-wake:
	case <-timer.C:
	case <-ctx.Done():
	case err := <-done:
		return err
	}
	close(stop)
	return <-done
}
