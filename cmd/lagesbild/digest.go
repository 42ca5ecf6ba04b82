package main

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/digest"
	"github.com/lagesbild/lagesbild/mail"
)

// runDigest sends the morning digest "Dagens bevakning" now (serve sends it
// by itself at LAGESBILD_DIGEST_AT), or prints it with --dry-run. Like
// reindex it opens the search index, which serve holds: run it where serve
// does not run on the same data dir.
func runDigest(ctx context.Context, args []string, s streams) error {
	var at string
	dry := false
	c, err := openCommand(ctx, "digest", args, s, func(fs *flag.FlagSet) {
		fs.StringVar(&at, "at", "", `the digest's instant, "2024-11-19T07:00" (Stockholm) or RFC 3339; default: now`)
		fs.BoolVar(&dry, "dry-run", false, "print the digests (plain text) instead of sending them")
	}, nil)
	if err != nil {
		return err
	}
	defer c.close()
	when := time.Now()
	if at != "" {
		if when, err = parseInstant(at); err != nil {
			return err
		}
	}
	sv, err := newServices(c.cfg, c.db, c.logger)
	if err != nil {
		return err
	}
	defer sv.close()
	if err := sv.catchUp(ctx); err != nil {
		return err
	}
	snd := sv.digests()
	if dry {
		ds, err := snd.Build(ctx, when)
		if err != nil {
			return err
		}
		if len(ds) == 0 {
			fmt.Fprintln(s.out, "Ingen får något utskick: ingen bevakning har en e-postadress.")
		}
		for _, d := range ds {
			fmt.Fprintf(s.out, "Till: %s\nÄmne: %s\n\n%s\n%s\n", d.Email, d.Subject(), d.Text(sv.cfg.BaseURL), strings.Repeat("-", 72))
		}
		return nil
	}
	ds, err := snd.Send(ctx, when)
	if err != nil {
		return err
	}
	fmt.Fprintf(s.out, "Dagens bevakning lagd i utkorgen till %d mottagare.\n", len(ds))
	if m := sv.cfg.Mail; m.SMTPRelay != "" {
		n, err := sv.mail.NewSender(mail.SenderOptions{Relay: m.SMTPRelay, From: m.MailFrom, Logger: c.logger}).Flush(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(s.out, "%d skickade till reläet.\n", n)
	}
	return nil
}

// parseInstant reads "2024-11-19T07:00" as Stockholm wall-clock time, or an
// RFC 3339 time.
func parseInstant(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	t, err := time.ParseInLocation("2006-01-02T15:04", s, lagesbild.Stockholm)
	if err != nil {
		return time.Time{}, fmt.Errorf(`--at %q: want 2024-11-19T07:00 (Stockholm) or an RFC 3339 time`, s)
	}
	return t, nil
}

// digests is the morning digest's sender over the services.
func (sv *services) digests() *digest.Sender {
	return digest.NewSender(sv.db, digest.Options{Feeds: sv.feeds, Index: sv.index, Cases: sv.store, Alerts: sv.alerts,
		Mailer: digestMail{sv.mail}, BaseURL: strings.TrimSuffix(sv.cfg.BaseURL, "/"), Logger: sv.logger})
}

// digestMail hands digests to the outbox.
type digestMail struct{ m *mail.Store }

func (d digestMail) QueueDigest(ctx context.Context, to, subject, text, html string) error {
	_, err := d.m.Queue(ctx, mail.Notice{To: to, Subject: subject, Text: text, HTML: html})
	return err
}
