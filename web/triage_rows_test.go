package web

import (
	"html/template"
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/tracker"
)

// rowsTemplate is the triage list's rows as triage.html wrote them with
// html/template before triageRowsHTML.
const rowsTemplate = `{{define "case-status"}}<span class="status status-{{.Status}}">{{label .Status}}</span>{{end}}{{$p := .}}  {{range $p.Rows}}{{$r := .}}{{with .Case}}
  <tr class="{{if $r.Overdue}}overdue{{else if $r.DueToday}}due-today{{end}}">
    <td><a href="/cases/{{.ID}}">{{.Number}}</a></td>
    <td><span class="kind">{{label .Kind}}</span><br>{{.Subject}}{{range .Topics}} <span class="topic">{{.}}</span>{{end}}</td>
    <td>{{if .RequesterOutlet}}{{.RequesterOutlet}}{{end}}{{if $p.ShowPersonal}}{{if .RequesterName}}{{if .RequesterOutlet}}<br>{{end}}{{.RequesterName}}{{end}}{{if not .HasRequester}}<span class="muted">Anonym</span>{{end}}{{end}}</td>
    <td><time datetime="{{isoattr .ReceivedAt}}">{{datetime .ReceivedAt}}</time></td>
    <td>{{if .Open}}<time datetime="{{isoattr .DueAt}}">{{datetime .DueAt}}</time>{{if $r.Overdue}} <strong class="badge badge-overdue">Försenad</strong>{{else if $r.DueToday}} <strong class="badge badge-today">Idag</strong>{{end}}{{else}}<span class="muted">Klar</span>{{end}}</td>
    <td>{{if .DeadlineAt}}<time datetime="{{isoattr .DeadlineAt}}">{{datetime .DeadlineAt}}</time>{{end}}{{if .InternalDueAt}}<br><span class="hint">intern:</span> <time datetime="{{isoattr .InternalDueAt}}">{{datetime .InternalDueAt}}</time>{{end}}</td>
    <td>{{template "case-status" .}}{{if .WaitingSince}}<br><strong class="badge badge-waiting">Väntar på sökande</strong> <span class="hint">sedan {{date .WaitingSince}}</span>{{end}}</td>
    <td>{{if .Assignee}}{{$r.AssigneeName}}{{else}}<span class="muted">Ingen</span>{{end}}</td>
  </tr>
  {{end}}{{end}}
`

// The triage list's rows written in Go are the rows the template wrote,
// byte for byte, for every kind of row: overdue, due today, closed, with
// and without a requester, deadlines, topics, a wait for the requester,
// no assignee, and values that need escaping.
func TestTriageRowsAsTheTemplateWroteThem(t *testing.T) {
	tmpl := template.Must(template.New("rows").Funcs(funcs).Parse(rowsTemplate))
	at := time.Date(2024, 11, 19, 8, 30, 0, 0, time.UTC)
	later := at.Add(50 * time.Hour)
	cases := []tracker.Case{
		{ID: 1, Number: "HA-2024-0001", Kind: tracker.DocumentRequest, Status: tracker.StatusReceived,
			Subject: "Mejl om <script>alert(\"x\")</script> & 'annat' 1+1\x00", ReceivedAt: at, DueAt: later,
			RequesterName: "Åsa <Ek>", RequesterOutlet: `Dagens "Nyheter"`, Assignee: "press", Topics: []string{"skola & vård", "<b>"}},
		{ID: 2, Number: "PF-2024-0002", Kind: tracker.PressInquiry, Status: tracker.StatusReceived, Subject: "Intervju",
			ReceivedAt: at, DueAt: at, DeadlineAt: &later, InternalDueAt: &at},
		{ID: 3, Number: "HA-2024-0003", Kind: tracker.DocumentRequest, Status: tracker.StatusClosed, Subject: "Stängd",
			ReceivedAt: at, DueAt: at, OutcomeAt: &later, WaitingSince: &at, RequesterEmail: "a@b.se"},
	}
	names := tracker.Names{}
	for _, personal := range []bool{true, false} {
		for _, overdue := range []bool{true, false} {
			rs := make([]caseRow, len(cases))
			for i := range cases {
				c := cases[i]
				rs[i] = caseRow{Case: &c, Overdue: overdue && i == 0, DueToday: !overdue && i == 1, AssigneeName: names.Of(c.Assignee)}
			}
			var want strings.Builder
			if err := tmpl.Execute(&want, map[string]any{"Rows": rs, "ShowPersonal": personal}); err != nil {
				t.Fatal(err)
			}
			got := "  " + string(triageRowsHTML(rs, personal)) + "\n"
			if got != want.String() {
				t.Errorf("personal %v, overdue %v:\n got %s\nwant %s", personal, overdue, got, want.String())
			}
		}
	}
}
