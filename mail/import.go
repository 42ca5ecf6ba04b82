package mail

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"net/mail"
	"strings"
	"time"

	"github.com/emersion/go-message/textproto"
	"github.com/lagesbild/lagesbild/tracker"
)

// Import takes in a mail saved as a file (.eml, as Outlook and Thunderbird
// save one), for a press office whose mailbox is not connected or for a
// mail that reached someone else first. It is stored once like any other;
// its received time is when it reached the authority's mail server (the
// topmost Received header), else when it was sent, else now.
func (s *Store) Import(ctx context.Context, raw []byte, a tracker.Actor) (*Message, bool, error) {
	if !a.Role.WorksRegister() {
		return nil, false, tracker.ErrForbidden
	}
	h, err := textproto.ReadHeader(bufio.NewReader(bytes.NewReader(raw)))
	if err != nil || (h.Get("From") == "" && h.Get("Subject") == "" && h.Get("Message-Id") == "") {
		v := &tracker.ValidationError{}
		v.Add("file", "Filen är inte ett sparat e-postmeddelande (.eml).")
		return nil, false, v
	}
	if len(raw) > MaxMessageSize {
		v := &tracker.ValidationError{}
		v.Add("file", fmt.Sprintf("Meddelandet får vara högst %d MB.", MaxMessageSize>>20))
		return nil, false, v
	}
	return s.Intake(ctx, raw, Source{ReceivedAt: arrival(h, s.now())})
}

// arrival reads when a saved mail reached its last server: the date of the
// topmost Received header, else the Date header, else now. A time in the
// future is not believed.
func arrival(h textproto.Header, now time.Time) time.Time {
	if t, ok := serverStamp(h); ok && !t.After(now.Add(5*time.Minute)) {
		return t
	}
	if t, err := mail.ParseDate(h.Get("Date")); err == nil && !t.After(now.Add(5*time.Minute)) {
		return t
	}
	return now
}

// serverStamp is the date in the topmost Received header: when the last
// mail server took the message in.
func serverStamp(h textproto.Header) (time.Time, bool) {
	stamp := h.Get("Received")
	i := strings.LastIndexByte(stamp, ';')
	if i < 0 {
		return time.Time{}, false
	}
	t, err := mail.ParseDate(strings.TrimSpace(stamp[i+1:]))
	return t, err == nil
}
