package mail

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // ISO-8859-1, Windows-1252 and friends
	gomail "github.com/emersion/go-message/mail"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/tracker"
	"golang.org/x/net/html"
)

// Limits on what one message may bring in.
const (
	MaxMessageSize  = 25 << 20 // the whole raw message
	MaxAttachments  = 50
	maxTextLength   = 200_000 // characters of text kept
	maxSubjectChars = 1000
)

// ErrTooLarge: a message or document over the size limit.
var ErrTooLarge = errors.New("too large")

// Message status in the inbox.
const (
	StatusNew       = "new"
	StatusHandled   = "handled"   // registered as a case or attached to one
	StatusDismissed = "dismissed" // not a request; kept with the reason
)

// Message is one mail in the inbox. ReceivedAt is when it reached the
// authority (the IMAP server's INTERNALDATE or the SMTP receipt).
type Message struct {
	ID            int64 `gorm:"primaryKey"`
	MessageID     string
	Mailbox       *string
	UIDValidity   *int64
	UID           *int64
	FromAddr      string
	FromName      string
	ToAddrs       string
	Subject       string
	InReplyTo     string
	References    string
	SentAt        *time.Time
	ReceivedAt    time.Time
	Text          string
	HTML          string // sanitised, remote images removed
	Size          int64
	Status        string
	CaseID        *int64
	DismissReason string
	HandledBy     string
	HandledAt     *time.Time
	CreatedAt     time.Time

	// What the suggestion read from the text at intake (see signals); nil
	// SignalsAt for messages taken in before it was kept.
	SignalWords       string // the wording found, one a line
	SuggestedDeadline *time.Time
	PersonalNumber    bool
	SignalsAt         *time.Time

	Attachments []Attachment `gorm:"-"`
}

// keepSignals reads the message's signals and keeps them on it.
func (m *Message) keepSignals(now time.Time) {
	sg := readSignals(m.Subject, m.Text, m.ReceivedAt)
	m.SignalWords = strings.Join(sg.Reasons, "\n")
	m.SuggestedDeadline, m.PersonalNumber = sg.Deadline, sg.PersonalNumber
	if m.SuggestedDeadline != nil {
		d := m.SuggestedDeadline.UTC()
		m.SuggestedDeadline = &d
	}
	m.SignalsAt = &now
}

// signals are the kept signals, or nil when the message has none kept.
func (m *Message) signals() *signals {
	if m.SignalsAt == nil {
		return nil
	}
	sg := &signals{Deadline: m.SuggestedDeadline, PersonalNumber: m.PersonalNumber}
	if m.SignalWords != "" {
		sg.Reasons = strings.Split(m.SignalWords, "\n")
	}
	if sg.Deadline != nil {
		d := sg.Deadline.In(tracker.Stockholm)
		sg.Deadline = &d
	}
	return sg
}

func (Message) TableName() string { return "mail_messages" }

// printout is the mail as its case keeps it among the documents: who sent
// it to whom, when it was sent and reached the authority, its subject and
// attachments (each a document of its own), then its text.
func (m *Message) printout(atts []Attachment) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "Från: %s\n", m.From())
	if m.ToAddrs != "" {
		fmt.Fprintf(&b, "Till: %s\n", m.ToAddrs)
	}
	if m.SentAt != nil {
		fmt.Fprintf(&b, "Skickat: %s\n", m.SentAt.In(tracker.Stockholm).Format("2006-01-02 15:04"))
	}
	fmt.Fprintf(&b, "Inkom: %s\n", m.ReceivedAt.In(tracker.Stockholm).Format("2006-01-02 15:04"))
	fmt.Fprintf(&b, "Ämne: %s\n", m.Subject)
	for _, a := range atts {
		fmt.Fprintf(&b, "Bilaga: %s (%d byte)\n", a.Name, a.Size)
	}
	fmt.Fprintf(&b, "Meddelande-id: <%s>\n\n%s\n", m.MessageID, strings.TrimSpace(m.Text))
	return []byte(b.String())
}

// printoutName names the printout by the time the mail reached the
// authority (a name without the sender's or the subject's personal data).
func (m *Message) printoutName() string {
	return "E-post inkommen " + m.ReceivedAt.In(tracker.Stockholm).Format("2006-01-02 15.04") + ".txt"
}

// From is the sender as "Name <addr>" or the address alone.
func (m *Message) From() string {
	if m.FromName != "" {
		return m.FromName + " <" + m.FromAddr + ">"
	}
	return m.FromAddr
}

// Attachment is a file that came with a message.
type Attachment struct {
	ID          int64 `gorm:"primaryKey"`
	MessageID   int64
	Name        string
	ContentType string // sniffed from the content
	Size        int64
	Content     []byte `json:"-"`
}

func (Attachment) TableName() string { return "mail_attachments" }

// madeUpIDDomain ends the Message-ID Parse makes for a mail without one.
const madeUpIDDomain = "@lagesbild.invalid"

// Parse reads a raw RFC 5322 message into a Message (not yet stored). A
// message without a Message-ID gets one made from its content, so that the
// same bytes delivered twice are still stored once.
func Parse(raw []byte) (*Message, error) {
	if len(raw) > MaxMessageSize {
		return nil, fmt.Errorf("message of %d bytes: %w", len(raw), ErrTooLarge)
	}
	mr, err := gomail.CreateReader(bytes.NewReader(raw))
	if err != nil && !message.IsUnknownCharset(err) && !message.IsUnknownEncoding(err) {
		return nil, fmt.Errorf("parse message: %w", err)
	}
	h := mr.Header
	m := &Message{Size: int64(len(raw)), Status: StatusNew}
	m.MessageID, _ = h.MessageID()
	if m.MessageID == "" {
		sum := sha256.Sum256(raw)
		m.MessageID = "sha256-" + hex.EncodeToString(sum[:16]) + madeUpIDDomain
	}
	m.MessageID = clip(m.MessageID, 500)
	if from, err := h.AddressList("From"); err == nil && len(from) > 0 {
		m.FromAddr, m.FromName = clip(strings.ToLower(from[0].Address), 300), clip(from[0].Name, 300)
	}
	if to, err := h.AddressList("To"); err == nil {
		addrs := make([]string, len(to))
		for i, a := range to {
			addrs[i] = a.Address
		}
		m.ToAddrs = strings.Join(addrs, ", ")
	}
	m.Subject, _ = h.Subject()
	m.Subject = clip(strings.TrimSpace(m.Subject), maxSubjectChars)
	if ids, err := h.MsgIDList("In-Reply-To"); err == nil && len(ids) > 0 {
		m.InReplyTo = clip(ids[0], 500)
	}
	if ids, err := h.MsgIDList("References"); err == nil {
		m.References = strings.Join(ids, " ")
	}
	if d, err := h.Date(); err == nil && !d.IsZero() {
		u := d.UTC()
		m.SentAt = &u
	}
	var rawHTML string
	for {
		p, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			if message.IsUnknownCharset(err) || message.IsUnknownEncoding(err) {
				continue
			}
			return nil, fmt.Errorf("parse message part: %w", err)
		}
		body, err := io.ReadAll(io.LimitReader(p.Body, MaxMessageSize))
		if err != nil {
			return nil, fmt.Errorf("read message part: %w", err)
		}
		switch ph := p.Header.(type) {
		case *gomail.InlineHeader:
			ct, _, _ := ph.ContentType()
			switch {
			case ct == "text/plain" && m.Text == "":
				m.Text = string(body)
			case ct == "text/html" && rawHTML == "":
				rawHTML = string(body)
			case ct != "text/plain" && ct != "text/html":
				m.addAttachment("", body)
			}
		case *gomail.AttachmentHeader:
			name, _ := ph.Filename()
			m.addAttachment(name, body)
		}
		if len(m.Attachments) > MaxAttachments {
			return nil, fmt.Errorf("more than %d attachments: %w", MaxAttachments, ErrTooLarge)
		}
	}
	if rawHTML != "" {
		m.HTML = SanitizeHTML(rawHTML)
		if m.Text == "" {
			m.Text = ingest.PlainText(m.HTML)
		}
	}
	m.Text = clip(strings.ToValidUTF8(m.Text, "\uFFFD"), maxTextLength)
	return m, nil
}

func (m *Message) addAttachment(name string, body []byte) {
	name = strings.TrimSpace(name)
	if name == "" {
		name = fmt.Sprintf("bilaga-%d", len(m.Attachments)+1)
	}
	m.Attachments = append(m.Attachments, Attachment{Name: SafeName(name), ContentType: Sniff(body),
		Size: int64(len(body)), Content: body})
}

// Sniff is the content type read from the content itself, never from what
// the sender or the uploader claimed.
func Sniff(b []byte) string {
	ct := http.DetectContentType(b)
	if mt, params, err := mime.ParseMediaType(ct); err == nil {
		if cs := params["charset"]; cs != "" {
			return mt + "; charset=" + cs
		}
		return mt
	}
	return "application/octet-stream"
}

// SafeName keeps a file name to its last path element, without control
// characters or quotes, and at most 200 characters.
func SafeName(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	name = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r == '"' {
			return -1
		}
		return r
	}, name)
	name = strings.TrimSpace(name)
	if name == "" || name == "." || name == ".." {
		name = "dokument"
	}
	return clip(name, 200)
}

// SanitizeHTML cleans mail HTML as feed HTML is cleaned (ingest.SanitizeHTML)
// and then drops every image: a remote image in a mail is a tracking pixel
// or a leak, and an inline one has no place to come from.
func SanitizeHTML(s string) string {
	clean := ingest.SanitizeHTML(s, nil)
	if !strings.Contains(clean, "<img") {
		return clean
	}
	z := html.NewTokenizer(strings.NewReader(clean))
	var b strings.Builder
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return b.String()
		}
		raw := append([]byte(nil), z.Raw()...)
		if tt == html.StartTagToken || tt == html.SelfClosingTagToken {
			if name, _ := z.TagName(); string(name) == "img" {
				continue
			}
		}
		b.Write(raw)
	}
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}
