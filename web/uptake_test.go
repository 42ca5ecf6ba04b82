package web_test

import (
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/ingest"
)

// The actions page shows, for each own item, the coverage that took it up.
func TestUIActionsShowUptake(t *testing.T) {
	s := newSearchApp(t)
	s.add(article{outlet: "Region Västkust", kind: ingest.KindOwn, title: "Regionen inför extra bemanning på akuten", story: "pm",
		published: fixedNow.Add(-5 * time.Hour)},
		article{outlet: "Dagbladet", title: "Extra bemanning på akuten", story: "pm", published: fixedNow.Add(-4 * time.Hour)},
		article{outlet: "Kvällsposten", title: "Akuten får personal", text: `"Regionen inför extra bemanning på akuten", skriver regionen.`,
			published: fixedNow.Add(-3 * time.Hour)},
		article{outlet: "Region Västkust", kind: ingest.KindOwn, title: "Ny chef för ambulansen i regionen", published: fixedNow.Add(-2 * time.Hour)})
	b := s.browser()
	b.login("analys")
	page := b.do("GET", "/actions", nil).Body.String()
	for _, want := range []string{"Egna publiceringar och genomslag", "citerades av 2 medier", "Dagbladet, Kvällsposten", "Inget genomslag ännu"} {
		if !strings.Contains(page, want) {
			t.Errorf("actions page lacks %q", want)
		}
	}
	if strings.Contains(page, "räckvidd") {
		t.Errorf("the weighted reach is shown though no outlet's weight is set")
	}
	// Dagbladet reaches four times as far: the reach stands beside the count.
	outlets, err := s.app.feeds.Outlets(s.ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range outlets {
		if o.Name == "Dagbladet" {
			w := 4.0
			if _, err := s.app.feeds.UpdateOutlet(s.ctx, o.ID, ingest.OutletUpdate{Weight: &w}); err != nil {
				t.Fatal(err)
			}
		}
	}
	if page := b.do("GET", "/actions", nil).Body.String(); !strings.Contains(page, "citerades av 2 medier; viktad räckvidd 5") {
		t.Errorf("the actions page lacks the weighted reach")
	}
}
