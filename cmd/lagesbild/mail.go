package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/mail"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"

	lmail "github.com/lagesbild/lagesbild/mail"
)

// MailConfig is the press mailbox's part of the configuration.
type MailConfig struct {
	IMAPURL          string        // LAGESBILD_IMAP_URL
	IMAPPassword     string        // LAGESBILD_IMAP_PASSWORD (secret)
	IMAPTokenCommand string        // LAGESBILD_IMAP_TOKEN_COMMAND
	MoreIMAP         []IMAPAccount // LAGESBILD_IMAP_URL_2, _3…: more mailboxes, each with its own login
	SMTPAddr         string        // LAGESBILD_SMTP_ADDR
	SMTPDomains      []string      // LAGESBILD_SMTP_DOMAINS, separated by ","
	SMTPTrusted      []string      // LAGESBILD_SMTP_TRUSTED: the mail servers whose Received stamp dates a message
	SMTPRelay        string        // LAGESBILD_SMTP_RELAY
	MailFrom         string        // LAGESBILD_MAIL_FROM
	Outlets          string        // LAGESBILD_MAIL_OUTLETS: a file of media domains replacing the shipped table
}

// IMAPAccount is one mailbox to poll and how to log in to it.
type IMAPAccount struct {
	N            int    // its number: 1 for LAGESBILD_IMAP_URL, 2 for LAGESBILD_IMAP_URL_2…
	URL          string // LAGESBILD_IMAP_URL_N
	Password     string // LAGESBILD_IMAP_PASSWORD_N (secret)
	TokenCommand string // LAGESBILD_IMAP_TOKEN_COMMAND_N
}

// env names the account's variable: LAGESBILD_IMAP_URL, or LAGESBILD_IMAP_URL_2 for the second.
func (a IMAPAccount) env(name string) string {
	if a.N <= 1 {
		return "LAGESBILD_IMAP_" + name
	}
	return fmt.Sprintf("LAGESBILD_IMAP_%s_%d", name, a.N)
}

// numberedIMAP reads the mailboxes after the first from the environment:
// every LAGESBILD_IMAP_URL_N (N ≥ 2) with its LAGESBILD_IMAP_PASSWORD_N or
// LAGESBILD_IMAP_TOKEN_COMMAND_N, in the order of N.
func numberedIMAP() []IMAPAccount {
	var out []IMAPAccount
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		n, err := strconv.Atoi(strings.TrimPrefix(name, "LAGESBILD_IMAP_URL_"))
		if !strings.HasPrefix(name, "LAGESBILD_IMAP_URL_") || err != nil || n < 2 {
			continue
		}
		a := IMAPAccount{N: n}
		a.URL, _ = lookupEnv(a.env("URL"))
		a.Password, _ = lookupEnv(a.env("PASSWORD"))
		a.TokenCommand, _ = lookupEnv(a.env("TOKEN_COMMAND"))
		if a.URL != "" {
			out = append(out, a)
		}
	}
	slices.SortFunc(out, func(a, b IMAPAccount) int { return a.N - b.N })
	return out
}

// Mailboxes are the IMAP mailboxes to poll: LAGESBILD_IMAP_URL's, then the numbered ones.
func (m MailConfig) Mailboxes() []IMAPAccount {
	var out []IMAPAccount
	if m.IMAPURL != "" {
		out = append(out, IMAPAccount{N: 1, URL: m.IMAPURL, Password: m.IMAPPassword, TokenCommand: m.IMAPTokenCommand})
	}
	return append(out, m.MoreIMAP...)
}

func (m *MailConfig) bind(fs *flag.FlagSet, b *binding) {
	m.MoreIMAP = numberedIMAP()
	fs.StringVar(&m.IMAPURL, "imap-url", envOr("LAGESBILD_IMAP_URL", ""),
		"press mailbox to poll, imaps://user@host:993/INBOX (LAGESBILD_IMAP_URL; more mailboxes in LAGESBILD_IMAP_URL_2, _3…, each with its LAGESBILD_IMAP_PASSWORD_N or LAGESBILD_IMAP_TOKEN_COMMAND_N)")
	b.secret(fs, &m.IMAPPassword, "imap-password", "LAGESBILD_IMAP_PASSWORD",
		"the mailbox's password (LAGESBILD_IMAP_PASSWORD; prefer the variable)")
	fs.StringVar(&m.IMAPTokenCommand, "imap-token-command", envOr("LAGESBILD_IMAP_TOKEN_COMMAND", ""),
		"a command that prints an OAuth2 access token: log in with XOAUTH2 (LAGESBILD_IMAP_TOKEN_COMMAND)")
	fs.StringVar(&m.SMTPAddr, "smtp-addr", envOr("LAGESBILD_SMTP_ADDR", ""),
		"listen address of the SMTP receiver, e.g. 127.0.0.1:2525 (LAGESBILD_SMTP_ADDR)")
	m.SMTPDomains = splitList(envOr("LAGESBILD_SMTP_DOMAINS", ""))
	fs.Func("smtp-domains", "domains the SMTP receiver accepts mail for, separated by \",\" (LAGESBILD_SMTP_DOMAINS)",
		func(s string) error { m.SMTPDomains = splitList(s); return nil })
	m.SMTPTrusted = splitList(envOr("LAGESBILD_SMTP_TRUSTED", ""))
	fs.Func("smtp-trusted", "the authority's mail servers, addresses or CIDRs separated by \",\", whose Received stamp dates a message "+
		"forwarded to the receiver; from others it was received when it came; loopback always (LAGESBILD_SMTP_TRUSTED)",
		func(s string) error { m.SMTPTrusted = splitList(s); return nil })
	fs.StringVar(&m.SMTPRelay, "smtp-relay", envOr("LAGESBILD_SMTP_RELAY", ""),
		"the relay outgoing mail goes through: host:25, smtp://host:587 (STARTTLS) or smtps://host:465 (LAGESBILD_SMTP_RELAY)")
	fs.StringVar(&m.MailFrom, "mail-from", envOr("LAGESBILD_MAIL_FROM", ""),
		"sender of outgoing mail, e.g. \"Presstjänsten <press@region.se>\" (LAGESBILD_MAIL_FROM)")
	fs.StringVar(&m.Outlets, "mail-outlets", envOr("LAGESBILD_MAIL_OUTLETS", ""),
		"file of \"domain<TAB>outlet\" lines replacing the shipped table of media domains (LAGESBILD_MAIL_OUTLETS)")
}

// validate checks the mail settings; every message names the variable.
func (m MailConfig) validate() []error {
	var errs []error
	if m.IMAPURL == "" && len(m.MoreIMAP) > 0 {
		errs = append(errs, fmt.Errorf("%s is set but LAGESBILD_IMAP_URL is not: the first mailbox goes in LAGESBILD_IMAP_URL", m.MoreIMAP[0].env("URL")))
	}
	seen := map[string]string{}
	for _, a := range m.Mailboxes() {
		u, err := url.Parse(a.URL)
		if err != nil || (u.Scheme != "imap" && u.Scheme != "imaps") || u.User == nil {
			errs = append(errs, fmt.Errorf("%s must be imaps://user@host:993/INBOX (imap:// only for tests)", a.env("URL")))
		} else if _, ok := u.User.Password(); ok {
			errs = append(errs, fmt.Errorf("%s must not hold the password: give it in %s", a.env("URL"), a.env("PASSWORD")))
		} else if other, ok := seen[a.URL]; ok {
			errs = append(errs, fmt.Errorf("%s names the same mailbox as %s", a.env("URL"), other))
		}
		seen[a.URL] = a.env("URL")
		if a.Password == "" && a.TokenCommand == "" {
			errs = append(errs, fmt.Errorf("%s needs %s or %s", a.env("URL"), a.env("PASSWORD"), a.env("TOKEN_COMMAND")))
		}
	}
	if m.SMTPAddr != "" {
		if _, _, err := net.SplitHostPort(m.SMTPAddr); err != nil {
			errs = append(errs, errors.New("LAGESBILD_SMTP_ADDR must be host:port"))
		}
		if len(m.SMTPDomains) == 0 {
			errs = append(errs, errors.New("LAGESBILD_SMTP_ADDR needs LAGESBILD_SMTP_DOMAINS (the domains to accept mail for)"))
		}
		for _, a := range m.SMTPTrusted {
			if net.ParseIP(a) == nil {
				if _, _, err := net.ParseCIDR(a); err != nil {
					errs = append(errs, fmt.Errorf("LAGESBILD_SMTP_TRUSTED: %q is neither an address nor a CIDR", a))
				}
			}
		}
	}
	if m.SMTPRelay != "" {
		if _, err := mail.ParseAddress(m.MailFrom); err != nil {
			errs = append(errs, errors.New("LAGESBILD_SMTP_RELAY needs LAGESBILD_MAIL_FROM, an address such as press@region.se"))
		}
	}
	return errs
}

func (m MailConfig) logAttrs() []slog.Attr {
	return []slog.Attr{slog.Int("imap_mailboxes", len(m.Mailboxes())), slog.Bool("imap_xoauth2", m.IMAPTokenCommand != ""),
		slog.String("smtp_addr", m.SMTPAddr), slog.Bool("smtp_relay", m.SMTPRelay != "")}
}

// mailStoreOptions reads the table of media domains.
func mailStoreOptions(m MailConfig) (lmail.Options, error) {
	if m.Outlets == "" {
		return lmail.Options{}, nil
	}
	f, err := os.Open(m.Outlets)
	if err != nil {
		return lmail.Options{}, fmt.Errorf("LAGESBILD_MAIL_OUTLETS: %w", err)
	}
	defer f.Close()
	o, err := lmail.ReadOutlets(f)
	if err != nil {
		return lmail.Options{}, fmt.Errorf("LAGESBILD_MAIL_OUTLETS: %w", err)
	}
	return lmail.Options{Outlets: o}, nil
}

// mailWorkers are the mail loops serve runs beside the web server: the IMAP
// poller, the SMTP receiver and the outbox's sender, each when configured.
func (sv *services) mailWorkers() (map[string]func(context.Context) error, error) {
	m := sv.cfg.Mail
	w := map[string]func(context.Context) error{}
	for _, a := range m.Mailboxes() {
		p, err := sv.mail.NewIMAPPoller(lmail.IMAPOptions{URL: a.URL, Password: a.Password,
			TokenCommand: a.TokenCommand, Logger: sv.logger})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", a.env("URL"), err)
		}
		w[fmt.Sprintf("imap %d", a.N)] = p.Run
	}
	if m.SMTPAddr != "" {
		r, err := sv.mail.NewReceiver(lmail.ReceiverOptions{Addr: m.SMTPAddr, Domains: m.SMTPDomains, StampServers: m.SMTPTrusted, Logger: sv.logger})
		if err != nil {
			return nil, err
		}
		w["smtp receiver"] = r.Run
		if l := sv.smtpIn; l != nil {
			w["smtp receiver"] = func(ctx context.Context) error { return r.Serve(ctx, l) }
		}
	}
	if m.SMTPRelay != "" {
		w["outbox"] = sv.mail.NewSender(lmail.SenderOptions{Relay: m.SMTPRelay, From: m.MailFrom, Logger: sv.logger}).Run
	}
	return w, nil
}
