package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"github.com/lagesbild/lagesbild"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/gin-gonic/gin/render"
	"github.com/lagesbild/lagesbild/alert"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
)

//go:embed templates static
var assets embed.FS

// pages holds one template set per page: the layout, the partials and the
// page, parsed once from the embedded files (Gin holds only one set by default).
type pages map[string]*template.Template

// Instance satisfies gin's render.HTMLRender.
func (p pages) Instance(name string, data any) render.Render {
	t, ok := p[name]
	if !ok {
		panic("web: no page " + name)
	}
	return render.HTML{Template: t, Name: "layout", Data: data}
}

func mustParsePages() pages {
	p, err := parsePages()
	if err != nil {
		panic(err)
	}
	return p
}

func parsePages() (pages, error) {
	names, err := fs.Glob(assets, "templates/pages/*.html")
	if err != nil {
		return nil, err
	}
	partials, err := fs.Glob(assets, "templates/partials/*.html")
	if err != nil {
		return nil, err
	}
	p := pages{}
	for _, name := range names {
		files := append([]string{"templates/layout.html"}, partials...)
		files = append(files, name)
		t, err := template.New(path.Base(name)).Funcs(funcs).ParseFS(assets, files...)
		if err != nil {
			return nil, fmt.Errorf("parse page %s: %w", name, err)
		}
		p[path.Base(name)] = t
	}
	return p, nil
}

// view is what every page template gets.
type view struct {
	Title   string
	User    *tracker.User
	CSRF    string
	Nonce   string
	Path    string
	Message string // a confirmation after a redirect
	Units   []string
	Page    any
	// Alerts tells the layout to show Aviseringar, with Unread the number of
	// the user's unread notifications.
	Alerts bool
	Unread int64
	Failed bool // a submitted form was refused (422): the title starts "Fel: "
}

// messages are the confirmations a redirect may ask for (?m=…): fixed texts,
// so that nothing from the URL is echoed into the page.
var messages = map[string]string{
	"created":          "Ärendet är registrerat.",
	"moved":            "Statusen är ändrad.",
	"assigned":         "Handläggare och enhet är sparade.",
	"delivered":        "Expedieringen är registrerad och sista dag för överklagande är beräknad.",
	"action":           "Åtgärden är sparad.",
	"linkedmade":       "Pressförfrågan och den kopplade begäran om allmän handling är registrerade.",
	"loggedout":        "Du är utloggad.",
	"marked":           "Sekretessmarkeringen är sparad.",
	"nothingdone":      "Inget ändrades.",
	"feedadded":        "Flödet är tillagt och hämtas inom kort.",
	"imported":         "OPML-filen är inläst.",
	"refreshed":        "Flödet är hämtat. Resultatet syns i tabellen.",
	"feedsaved":        "Flödet är sparat.",
	"feeddeleted":      "Flödet är borttaget. Artiklar som ärenden länkar till eller som en publicerad lägesbild räknade finns kvar.",
	"outletsaved":      "Mediet är sparat.",
	"topicsaved":       "Ämnet är sparat. Artiklarna är märkta efter den nya sökfrågan.",
	"topicdeleted":     "Ämnet är borttaget.",
	"searchsaved":      "Sökningen är sparad.",
	"searchdeleted":    "Den sparade sökningen är borttagen.",
	"alertadded":       "Bevakningen är sparad. Nya träffar aviseras från och med nu.",
	"emailsaved":       "Din e-postadress är sparad.",
	"alertdeleted":     "Bevakningen är borttagen.",
	"allread":          "Alla aviseringar är markerade som lästa.",
	"reportsent":       "Lägesbilden ligger i utkorgen och skickas till mottagarna.",
	"recipientadded":   "Adressen finns på sändlistan.",
	"recipientremoved": "Adressen är borttagen från sändlistan.",
	"badrecipient":     "Adressen lades inte till: den är inte en giltig e-postadress.",
	"held":             "Gallringsstoppet är sparat.",
	"asked":            "Frågan till sökande är registrerad. Handläggningstiden löper vidare.",
	"answered":         "Svaret från sökande är registrerat.",
	"partdelivered":    "Utlämnandet är registrerat.",
	"linked":           "Ärendena är kopplade.",
	"appealed":         "Överklagandet är registrerat och prövat mot tiden för överklagande.",
	"appealforwarded":  "Överlämnandet till domstolen är registrerat.",
	"reconsidered":     "Omprövningen är registrerad.",
	"courtoutcome":     "Domstolens avgörande är registrerat.",
	"mailregistered":   "E-postmeddelandet är registrerat som ärende. Meddelandet och eventuella bilagor finns bland ärendets handlingar.",
	"mailattached":     "E-postmeddelandet är kopplat till ärendet. Meddelandet och eventuella bilagor finns bland ärendets handlingar.",
	"maildismissed":    "Meddelandet är avskrivet och finns kvar under Hanterade.",
	"mailqueued":       "Meddelandet ligger i utkorgen. Under Utgående post syns när det har skickats, och ärendets händelser visar det.",
	"documentadded":    "Handlingen är sparad i ärendet.",
}

func (h *handler) render(c *gin.Context, status int, page, title string, data any) {
	nonce, _ := c.Get(nonceKey)
	v := view{Title: title, User: currentUser(c), CSRF: csrfToken(c), Nonce: fmt.Sprint(nonce),
		Path: c.Request.URL.Path, Message: messages[c.Query("m")], Units: h.store.Units(), Page: data,
		Failed: status == http.StatusUnprocessableEntity}
	if h.alerts != nil && v.User != nil {
		v.Alerts = true
		n, err := h.alerts.Unread(c.Request.Context(), v.User.Username)
		if err != nil { // the count is a courtesy; the page itself is what was asked for
			h.log.WarnContext(c.Request.Context(), "count unread notifications", "err", err)
		}
		v.Unread = n
	}
	c.Header("Cache-Control", "no-store")
	c.HTML(status, page, v)
}

func local(t time.Time) time.Time { return t.In(tracker.Stockholm) }

// isoAttr is a time for a datetime attribute, in Stockholm's offset.
func isoAttr(t time.Time) string { return local(t).Format(time.RFC3339) }

// swedishDateTime: "tis 19 nov 2024 16:45".
func swedishDateTime(t time.Time) string {
	l := local(t)
	return fmt.Sprintf("%s %d %s %d %02d:%02d", lagesbild.ShortWeekday(l.Weekday()), l.Day(), lagesbild.ShortMonth(l.Month()), l.Year(), l.Hour(), l.Minute())
}

// swedishDate: "tis 19 nov 2024".
func swedishDate(t time.Time) string {
	l := local(t)
	return fmt.Sprintf("%s %d %s %d", lagesbild.ShortWeekday(l.Weekday()), l.Day(), lagesbild.ShortMonth(l.Month()), l.Year())
}

// week: "v. 47".
func week(t time.Time) string {
	_, w := local(t).ISOWeek()
	return fmt.Sprintf("v. %d", w)
}

var funcs = template.FuncMap{
	"datetime": func(t any) string {
		switch v := t.(type) {
		case time.Time:
			return swedishDateTime(v)
		case *time.Time:
			if v != nil {
				return swedishDateTime(*v)
			}
		}
		return ""
	},
	"date": func(t any) string {
		switch v := t.(type) {
		case time.Time:
			return swedishDate(v)
		case *time.Time:
			if v != nil {
				return swedishDate(*v)
			}
		}
		return ""
	},
	"isodate": isoDate,
	"isoattr": isoAttr,
	"week":    week,
	"today":   func() string { return swedishDate(time.Now()) + " (" + week(time.Now()) + ")" },
	"join":    strings.Join,
	"query": func(pairs ...string) template.URL {
		v := url.Values{}
		for i := 0; i+1 < len(pairs); i += 2 {
			if pairs[i+1] != "" {
				v.Set(pairs[i], pairs[i+1])
			}
		}
		return template.URL("?" + v.Encode())
	},
	"asset": func(name string) string { return "/static/" + assetHash + "/" + name },
	"add":   func(a, b int) int { return a + b },
	"div":   func(a, b int) int { return a / b },
	"eq2":   func(a, b any) bool { return fmt.Sprint(a) == fmt.Sprint(b) },
	"auditlabel": func(typ string) string {
		switch typ {
		case "user_created":
			return "Användare skapad"
		case "user_updated":
			return "Användare ändrad"
		case "token_created":
			return "Token skapad"
		case "token_revoked":
			return "Token återkallad"
		case "token_replaced":
			return "Administratörstoken bytt"
		}
		return typ
	},
	"fetcherror": ingest.DescribeFetchError,
	"label": func(v any) string {
		switch x := v.(type) {
		case ingest.Kind:
			return x.Label()
		case ingest.Platform:
			return x.Label()
		case ingest.OutletType:
			return x.Label()
		case alert.Mode:
			return x.Label()
		case tracker.Kind:
			return x.Label()
		case tracker.Status:
			return x.Label()
		case tracker.Channel:
			return x.Label()
		case tracker.Role:
			return x.Label()
		case report.ActionKind:
			return x.Label()
		case tracker.Basis:
			return x.Label()
		case tracker.InquiryType:
			return x.Label()
		case string:
			if l := tracker.CourtOutcomes[x]; l != "" {
				return l
			}
		}
		return fmt.Sprint(v)
	},
}

// assetHash names the current static files, so they can be cached for ever.
var assetHash = func() string {
	h := sha256.New()
	fs.WalkDir(assets, "static", func(p string, d fs.DirEntry, err error) error { //nolint:errcheck // embedded, cannot fail
		if err == nil && !d.IsDir() {
			b, _ := assets.ReadFile(p)
			h.Write([]byte(p))
			h.Write(b)
		}
		return nil
	})
	return hex.EncodeToString(h.Sum(nil))[:12]
}()

func serveStatic(c *gin.Context) {
	name := path.Clean("static/" + strings.TrimPrefix(c.Param("path"), "/"))
	b, err := assets.ReadFile(name)
	if err != nil || !strings.HasPrefix(name, "static/") {
		c.Status(http.StatusNotFound)
		return
	}
	if c.Param("hash") == assetHash {
		c.Header("Cache-Control", "public, max-age=31536000, immutable")
	}
	http.ServeContent(c.Writer, c.Request, name, time.Time{}, bytes.NewReader(b))
}

func urlQueryEscape(s string) string { return url.QueryEscape(s) }

func minutes(d time.Duration) string {
	m := int(d.Round(time.Minute).Minutes())
	if m <= 1 {
		return "en minut"
	}
	return fmt.Sprintf("%d minuter", m)
}

func timeInStockholm(layout, s string) (time.Time, error) {
	return time.ParseInLocation(layout, s, tracker.Stockholm)
}
