package search

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/ingest"
)

// corpus is invented for these tests: a region whose new health-record
// system fails, told by invented outlets.
var corpus = []art{
	{title: "Nytt journalsystem i drift", text: "Regionen tog i dag sitt nya journalsystem i drift på tre sjukhus. Personalen har utbildats under hösten."},
	{title: "Journalsystemen krånglar", text: "Flera av journalsystemen på sjukhusen i regionen låg nere under natten. Hela systemet låg nere i fyra timmar."},
	{title: "Akutmottagningen fick stänga", text: "Akutmottagningen på SÄS fick leda om ambulanser när journalsystemets inloggning slutade fungera."},
	{title: "Återgång till papper", text: "Regionens ledning beslutade om återgång till pappersjournaler på akutmottagningarna tills vidare."},
	{title: "Patienterna väntade i timmar", text: "Patienterna på akuten väntade i timmar. En patient berättar om kaos i väntrummet."},
	{title: "Strejk bland sköterskorna", text: "Sköterskorna varslar om strejk efter veckor av övertid. Fackförbundet kräver besked från regionen."},
	{title: "Systemhaveriet utreds", text: "Inspektionen granskar systemhaveriet. Leverantören av vårdjournalsystemet ska lämna en rapport."},
	{title: "Får på bete vid sjukhuset", text: "Ett tjugotal får betar på ängen bakom sjukhuset, till patienternas glädje."},
	{title: "Far och son i samma kö", text: "En far och hans son fick vänta i samma kö på vårdcentralen."},
	{title: "SÄS:s chef lämnar", text: "Chefen för SÄS lämnar sitt uppdrag efter kritiken mot införandet."},
	{outlet: "Västkusten Debatt", kind: ingest.KindOpinion, title: "Ledare: Systemet låg nere, hela ansvaret är politikens",
		text: "Det är dags att politikerna tar ansvar. Hela systemet låg nere och ingen bar ansvaret."},
	{outlet: "Göteborgs Dagblad", title: "Kaos på akuten under natten", text: "Kaoset på akuten fortsatte. Ingen visste när systemet skulle komma tillbaka."},
	{title: "Kokningsrekommendationen gäller", text: "Dricksvattnet i kommunen ska kokas. Upphandlingsskandalen utreds."},
	{title: "Stormig presskonferens", text: "Det blev en stormig debatt om ersättning när företagens kostnader steg."},
	{title: "Stormen drog in", text: "Stormen fällde träd. Regeringen lovar ersättning till företag som drabbats."},
	{title: "Hon provade nya skidor", text: "Laget provade ny taktik och har provat allt."},
}

func corpusFixture(t *testing.T) *fixture {
	t.Helper()
	f := newFixture(t)
	f.index(corpus...)
	return f
}

func TestSearchSwedish(t *testing.T) {
	f := corpusFixture(t)
	tests := map[string]struct {
		q    string
		want []string
	}{
		"definite neuter finds indefinite and plural": {"journalsystemet",
			sorted("Nytt journalsystem i drift", "Journalsystemen krånglar", "Akutmottagningen fick stänga")},
		"plural finds singular": {"journalsystemen",
			sorted("Nytt journalsystem i drift", "Journalsystemen krånglar", "Akutmottagningen fick stänga")},
		"definite plural finds definite singular": {"akutmottagningarna",
			sorted("Akutmottagningen fick stänga", "Återgång till papper")},
		"definite finds indefinite": {"återgången", sorted("Återgång till papper")},
		"genitive finds the word": {"regionens", sorted("Nytt journalsystem i drift", "Journalsystemen krånglar",
			"Återgång till papper", "Strejk bland sköterskorna")},
		"genitive after colon":              {"SÄS:s", sorted("Akutmottagningen fick stänga", "SÄS:s chef lämnar")},
		"plural definite of patient":        {"patienterna", sorted("Patienterna väntade i timmar", "Får på bete vid sjukhuset")},
		"å is a letter: får":                {"får", sorted("Får på bete vid sjukhuset")},
		"far is not får":                    {"far", sorted("Far och son i samma kö")},
		"phrase":                            {`"hela systemet låg nere"`, sorted("Journalsystemen krånglar", "Ledare: Systemet låg nere, hela ansvaret är politikens")},
		"phrase in other order is no match": {`"nere låg systemet"`, sorted()},
		"NOT":                               {"journalsystem NOT inloggning", sorted("Nytt journalsystem i drift", "Journalsystemen krånglar")},
		"minus":                             {"journalsystem -inloggning", sorted("Nytt journalsystem i drift", "Journalsystemen krånglar")},
		"only NOT": {"-sjukhus -regionen -akut -systemet -säs", sorted("Far och son i samma kö", "Systemhaveriet utreds",
			"Kokningsrekommendationen gäller", "Stormig presskonferens", "Stormen drog in", "Hon provade nya skidor")},
		"OR":                                {"strejk OR kaos", sorted("Strejk bland sköterskorna", "Patienterna väntade i timmar", "Kaos på akuten under natten")},
		"Swedish operators":                 {"strejk eller kaos inte natten", sorted("Strejk bland sköterskorna", "Patienterna väntade i timmar")},
		"parentheses":                       {"(strejk OR kaos) AND regionen", sorted("Strejk bland sköterskorna")},
		"AND binds before OR":               {"strejk OR kaos AND akuten", sorted("Strejk bland sköterskorna", "Patienterna väntade i timmar", "Kaos på akuten under natten")},
		"implicit AND":                      {"systemet natten", sorted("Journalsystemen krånglar", "Kaos på akuten under natten")},
		"prefix":                            {"journalsystem*", sorted("Nytt journalsystem i drift", "Journalsystemen krånglar", "Akutmottagningen fick stänga")},
		"kind filter in query":              {"systemet kind:opinion", sorted("Ledare: Systemet låg nere, hela ansvaret är politikens")},
		"outlet filter in query":            {`systemet outlet:"göteborgs dagblad"`, sorted("Kaos på akuten under natten")},
		"title field":                       {"title:kaos", sorted("Kaos på akuten under natten")},
		"stop words alone":                  {"och det att", sorted()},
		"compounds are off":                 {"haveri", sorted()},
		"definite ansvar":                   {"ansvar", sorted("Ledare: Systemet låg nere, hela ansvaret är politikens")},
		"å ä ö in inflected form":           {"sköterskan", sorted("Strejk bland sköterskorna")},
		"syncope: dricksvatten":             {"dricksvatten", sorted("Kokningsrekommendationen gäller")},
		"syncope and a second word":         {"dricksvatten kommun", sorted("Kokningsrekommendationen gäller")},
		"stormen is not stormig":            {"stormen", sorted("Stormen drog in")},
		"prover is not provade":             {"prover", sorted()},
		"phrase with a small word":          {`"ersättning till företag"`, sorted("Stormen drog in")},
		"the small word alone asks nothing": {"till", sorted()},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) { f.wantTitles(t, Request{Q: tt.q}, tt.want) })
	}
}

func TestSearchCompounds(t *testing.T) {
	f := corpusFixture(t)
	tests := map[string]struct {
		q         string
		compounds bool
		want      []string
	}{
		"haveri off":                   {"haveri", false, sorted()},
		"haveri on":                    {"haveri", true, sorted("Systemhaveriet utreds")},
		"haveriet on":                  {"haveriet", true, sorted("Systemhaveriet utreds")},
		"journalsystem off":            {"journalsystem", false, sorted("Nytt journalsystem i drift", "Journalsystemen krånglar", "Akutmottagningen fick stänga")},
		"journalsystem on":             {"journalsystem", true, sorted("Nytt journalsystem i drift", "Journalsystemen krånglar", "Akutmottagningen fick stänga", "Systemhaveriet utreds")},
		"mottagning reaches akut…":     {"mottagningen", true, sorted("Akutmottagningen fick stänga", "Återgång till papper")},
		"the whole compound still hit": {"systemhaveri", false, sorted("Systemhaveriet utreds")},
		"-s- link":                     {"rekommendation", true, sorted("Kokningsrekommendationen gäller")},
		"-s- link, definite":           {"skandalen", true, sorted("Kokningsrekommendationen gäller")},
		"syncope head":                 {"vatten", true, sorted("Kokningsrekommendationen gäller")},
		"no compound without asking":   {"vatten", false, sorted()},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) { f.wantTitles(t, Request{Q: tt.q, Compounds: tt.compounds}, tt.want) })
	}
	t.Run("snippet marks the compound", func(t *testing.T) {
		res := f.search(Request{Q: "haveri", Compounds: true})
		if len(res.Hits) != 1 || !strings.Contains(res.Hits[0].TitleHTML, "<mark>Systemhaveriet</mark>") {
			t.Errorf("hits %+v", res.Hits)
		}
	})
}

func TestSearchFilters(t *testing.T) {
	f := newFixture(t)
	f.index(
		art{outlet: "Radio Väst", title: "Nyhet ett om vården", published: stockholm("2024-11-18 12:00")},
		art{outlet: "Radio Väst", title: "Nyhet två om vården", published: stockholm("2024-11-19 23:30")},
		art{outlet: "Göteborgs Dagblad", title: "Nyhet tre om vården", published: stockholm("2024-11-20 00:30")},
		art{outlet: "Göteborgs Dagblad", kind: ingest.KindOpinion, title: "Krönika om vården", published: stockholm("2024-11-20 08:00")},
	)
	tests := map[string]struct {
		req  Request
		want []string
	}{
		"kind":                              {Request{Q: "vården", Kind: "opinion"}, sorted("Krönika om vården")},
		"kind, Swedish":                     {Request{Q: "vården", Kind: "nyheter"}, sorted("Nyhet ett om vården", "Nyhet två om vården", "Nyhet tre om vården")},
		"outlet":                            {Request{Q: "vården", Outlet: "Radio Väst"}, sorted("Nyhet ett om vården", "Nyhet två om vården")},
		"outlet, case":                      {Request{Outlet: "radio väst"}, sorted("Nyhet ett om vården", "Nyhet två om vården")},
		"outlet in q":                       {Request{Q: `outlet:"Göteborgs Dagblad" -kind:opinion`}, sorted("Nyhet tre om vården")},
		"källa: one word of the name":       {Request{Q: `källa:Dagblad -kind:opinion`}, sorted("Nyhet tre om vården")},
		"källa: another word, any case":     {Request{Q: `källa:väst`}, sorted("Nyhet ett om vården", "Nyhet två om vården")},
		"källa: not a part of a word":       {Request{Q: `källa:Dag`}, sorted()},
		"källa: a quoted part of the name":  {Request{Q: `vården källa:"radio väst"`}, sorted("Nyhet ett om vården", "Nyhet två om vården")},
		"the outlet parameter is exact":     {Request{Outlet: "Väst"}, sorted()},
		"23:30 is on the 19th in Stockholm": {Request{From: day("2024-11-19"), To: day("2024-11-19")}, sorted("Nyhet två om vården")},
		"00:30 is on the 20th":              {Request{From: day("2024-11-20"), To: day("2024-11-20")}, sorted("Nyhet tre om vården", "Krönika om vården")},
		"open start":                        {Request{To: day("2024-11-18")}, sorted("Nyhet ett om vården")},
		"open end":                          {Request{Q: "vården", From: day("2024-11-20"), Kind: "news"}, sorted("Nyhet tre om vården")},
		"only the date of From counts":      {Request{From: time.Date(2024, 11, 19, 23, 59, 0, 0, time.UTC), To: time.Date(2024, 11, 19, 0, 0, 0, 0, time.UTC)}, sorted("Nyhet två om vården")},
		"no day":                            {Request{From: day("2024-11-21")}, sorted()},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := titles(f.search(tt.req), false)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSearchSortAndPages(t *testing.T) {
	f := newFixture(t)
	base := stockholm("2024-11-01 08:00")
	var arts []art
	for i := range 25 {
		arts = append(arts, art{title: fmt.Sprintf("Artikel %02d om journalsystemet", i),
			text:      strings.Repeat("journalsystemet ", i%3+1),
			published: base.Add(time.Duration(i) * 7 * time.Hour)})
	}
	// Stored in a scrambled order: ids do not follow publication.
	for _, i := range []int{3, 17, 0, 24, 11, 5, 20, 1, 9, 14, 22, 7, 2, 19, 12, 6, 23, 10, 15, 4, 21, 8, 13, 18, 16} {
		f.add(arts[i])
	}
	f.catchUp()

	for _, q := range []string{"", "journalsystem"} {
		t.Run("newest, q="+q, func(t *testing.T) {
			var all []Hit
			for page := 1; page <= 3; page++ {
				res := f.search(Request{Q: q, Sort: SortNewest, Size: 10, Page: page})
				if res.Total != 25 {
					t.Fatalf("total %d", res.Total)
				}
				if want := min(10, 25-(page-1)*10); len(res.Hits) != want {
					t.Fatalf("page %d: %d hits, want %d", page, len(res.Hits), want)
				}
				all = append(all, res.Hits...)
			}
			for i := range all {
				if want := fmt.Sprintf("Artikel %02d om journalsystemet", 24-i); all[i].Title != want {
					t.Errorf("hit %d: %q, want %q", i, all[i].Title, want)
				}
			}
		})
	}
	t.Run("empty q sorts newest by default", func(t *testing.T) {
		res := f.search(Request{Size: 1})
		if len(res.Hits) != 1 || res.Hits[0].Title != "Artikel 24 om journalsystemet" {
			t.Errorf("hits %+v", res.Hits)
		}
	})
	t.Run("filters and NOT only sort newest by default", func(t *testing.T) {
		res := f.search(Request{Q: "-kaos kind:news", Size: 1})
		if len(res.Hits) != 1 || res.Hits[0].Title != "Artikel 24 om journalsystemet" {
			t.Errorf("hits %+v", res.Hits)
		}
	})
	t.Run("relevance: more mentions first", func(t *testing.T) {
		res := f.search(Request{Q: "journalsystemet", Size: 25})
		first, last := res.Hits[0].Title, res.Hits[24].Title
		var nFirst, nLast int
		fmt.Sscanf(first, "Artikel %d", &nFirst)
		fmt.Sscanf(last, "Artikel %d", &nLast)
		if nFirst%3 != 2 || nLast%3 != 0 {
			t.Errorf("first %q, last %q", first, last)
		}
	})
	t.Run("page past the end is empty", func(t *testing.T) {
		res := f.search(Request{Size: 10, Page: 4})
		if len(res.Hits) != 0 || res.Total != 25 {
			t.Errorf("total %d, hits %d", res.Total, len(res.Hits))
		}
	})
}

func TestSearchFacets(t *testing.T) {
	f := newFixture(t)
	f.index(
		art{outlet: "Radio Väst", title: "Vården ett", published: stockholm("2024-11-19 23:30")},
		art{outlet: "Radio Väst", title: "Vården två", published: stockholm("2024-11-19 08:00")},
		art{outlet: "Göteborgs Dagblad", title: "Vården tre", published: stockholm("2024-11-20 00:10")},
		art{outlet: "Göteborgs Dagblad", kind: ingest.KindOpinion, title: "Vården fyra", published: stockholm("2024-11-22 10:00")},
		art{outlet: "Borås Kuriren", title: "Något annat", published: stockholm("2024-11-22 10:00")},
	)
	res := f.search(Request{Q: "vård", Facets: true, From: day("2024-11-18"), To: day("2024-11-30")})
	if res.Facets == nil {
		t.Fatal("no facets")
	}
	check := func(name string, got, want any) {
		t.Helper()
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: got %v, want %v", name, got, want)
		}
	}
	check("outlet", res.Facets.Outlet, []TermCount{{"Göteborgs Dagblad", 2}, {"Radio Väst", 2}})
	check("kind", res.Facets.Kind, []TermCount{{"news", 3}, {"opinion", 1}})
	check("day", res.Facets.Day, []DayCount{{"2024-11-19", 2}, {"2024-11-20", 1}, {"2024-11-22", 1}})
	check("topic", res.Facets.Topic, []TermCount{})
	if f.search(Request{Q: "vård"}).Facets != nil {
		t.Error("facets without asking")
	}
}

func TestSnippets(t *testing.T) {
	f := newFixture(t)
	long := strings.Repeat("Inledningen handlar om annat än det som söks. ", 12) +
		"Här står det att journalsystemet <b>kraschade</b> & att ingen visste varför. " +
		strings.Repeat("Slutet handlar också om annat. ", 12)
	f.index(
		art{title: `<script>alert("x")</script> Journalsystemet kraschade`, text: long},
		art{title: "Kort", text: `Systemet & "journalsystemen" <img src=x onerror=alert(1)>`},
	)
	res := f.search(Request{Q: "journalsystem"})
	if len(res.Hits) != 2 {
		t.Fatalf("%d hits", len(res.Hits))
	}
	for _, h := range res.Hits {
		for _, s := range []string{h.Snippet, h.TitleHTML} {
			if strings.Contains(s, "<script") || strings.Contains(s, "<img") || strings.Contains(s, "<b>") {
				t.Errorf("unescaped HTML in %q", s)
			}
			if strings.Count(s, "<") != 2*strings.Count(s, "<mark>") {
				t.Errorf("a tag other than <mark> in %q", s)
			}
		}
	}
	byTitle := map[string]Hit{}
	for _, h := range res.Hits {
		byTitle[h.Title] = h
	}
	h := byTitle[`<script>alert("x")</script> Journalsystemet kraschade`]
	if want := `&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; <mark>Journalsystemet</mark> kraschade`; h.TitleHTML != want {
		t.Errorf("title html %q, want %q", h.TitleHTML, want)
	}
	if !strings.Contains(h.Snippet, "att <mark>journalsystemet</mark> &lt;b&gt;kraschade&lt;/b&gt; &amp; att") ||
		!strings.HasPrefix(h.Snippet, "…") || !strings.HasSuffix(h.Snippet, "…") || len(h.Snippet) > 400 {
		t.Errorf("snippet %q", h.Snippet)
	}
	if h := byTitle["Kort"]; h.Snippet != `Systemet &amp; &#34;<mark>journalsystemen</mark>&#34; &lt;img src=x onerror=alert(1)&gt;` {
		t.Errorf("snippet %q", h.Snippet)
	}

	t.Run("phrase marks the words of the phrase only", func(t *testing.T) {
		f.index(art{title: "Frasen", text: "Systemet var nere. Hela systemet låg nere i natt."})
		res := f.search(Request{Q: `"systemet låg nere"`})
		if len(res.Hits) != 1 {
			t.Fatalf("%d hits", len(res.Hits))
		}
		if want := "Systemet var nere. Hela <mark>systemet låg nere</mark> i natt."; res.Hits[0].Snippet != want {
			t.Errorf("snippet %q, want %q", res.Hits[0].Snippet, want)
		}
	})
	t.Run("a long text's snippet comes from its lede when the words are there", func(t *testing.T) {
		filler := strings.Repeat("Resten av texten handlar om helt andra saker än det. ", 20)
		early := "Elavbrottet började på natten. " + filler +
			"Elavbrottet, elavbrottet och åter elavbrottet var det enda som diskuterades. " + filler
		late := filler + "Till sist nämns elavbrottet i en bisats. " + filler
		f.index(art{title: "Tidigt", text: early}, art{title: "Sent", text: late})
		byTitle := map[string]Hit{}
		for _, h := range f.search(Request{Q: "elavbrottet"}).Hits {
			byTitle[h.Title] = h
		}
		if s := byTitle["Tidigt"].Snippet; !strings.HasPrefix(s, "<mark>Elavbrottet</mark> började") {
			t.Errorf("the lede's mention should be the snippet: %q", s)
		}
		if s := byTitle["Sent"].Snippet; !strings.Contains(s, "nämns <mark>elavbrottet</mark> i en bisats") {
			t.Errorf("a mention after the lede should still be the snippet: %q", s)
		}
	})
	t.Run("a snippet that reaches past the lede marks the words there too", func(t *testing.T) {
		var b strings.Builder
		for b.Len() < 940 {
			b.WriteString("Texten handlar här om helt andra saker än det. ")
		}
		first := "Där nämns elnätet. "
		second := "Därefter kom elnätet tillbaka på kvällen i hela länet och i flera orter söderut"
		b.WriteString(first + second + ". ")
		for b.Len() < 3*snippetLede {
			b.WriteString("Texten handlar här om helt andra saker än det. ")
		}
		text := b.String()
		if at := strings.Index(text, second); at >= snippetLede || at+len(second) <= snippetLede {
			t.Fatalf("the second mention at %d should straddle the lede's end (%d)", at, snippetLede)
		}
		f.index(art{title: "Vid ledens slut", text: text})
		for _, h := range f.search(Request{Q: "elnätet"}).Hits {
			if h.Title != "Vid ledens slut" {
				continue
			}
			if !strings.Contains(h.Snippet, "nämns <mark>elnätet</mark>") || !strings.Contains(h.Snippet, "kom <mark>elnätet</mark> tillbaka") {
				t.Errorf("every mention the snippet shows should be marked: %q", h.Snippet)
			}
			return
		}
		t.Errorf("no hit titled %q", "Vid ledens slut")
	})
	t.Run("NOT marks nothing", func(t *testing.T) {
		res := f.search(Request{Q: "-journalsystem"})
		for _, h := range res.Hits {
			if strings.Contains(h.Snippet, "<mark>") {
				t.Errorf("snippet %q", h.Snippet)
			}
		}
	})
}

func TestSearchBadRequests(t *testing.T) {
	f := newFixture(t)
	tests := map[string]struct {
		req   Request
		field string
	}{
		"unbalanced quote": {Request{Q: `"hela systemet`}, "q"},
		"unbalanced paren": {Request{Q: `(vård OR omsorg`}, "q"},
		"size":             {Request{Size: 101}, "size"},
		"page":             {Request{Page: -1}, "page"},
		"too deep":         {Request{Page: 200, Size: 100}, "page"},
		"sort":             {Request{Sort: "oldest"}, "sort"},
		"kind":             {Request{Kind: "blog"}, "kind"},
		"from after to":    {Request{From: day("2024-11-20"), To: day("2024-11-19")}, "to"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := f.idx.Search(f.ctx, tt.req)
			var qe *QueryError
			if !errors.As(err, &qe) || qe.Field != tt.field || qe.Msg == "" {
				t.Errorf("err %v, want a QueryError for %s", err, tt.field)
			}
		})
	}
}

func TestCountAndMatching(t *testing.T) {
	f := corpusFixture(t)
	n, err := f.idx.Count(f.ctx, "journalsystem*", time.Time{}, time.Time{})
	if err != nil || n != 3 {
		t.Errorf("count %d, %v", n, err)
	}
	res := f.search(Request{Q: "journalsystem*", Size: 100})
	var ids []int64
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	slices.Sort(ids)
	all, err := f.idx.Matching(f.ctx, "journalsystem*", nil)
	if err != nil || !slices.Equal(all, ids) {
		t.Errorf("matching all: %v, %v; want %v", all, err, ids)
	}
	some, err := f.idx.Matching(f.ctx, "journalsystem*", []int64{ids[0], 999999, ids[2]})
	if err != nil || !slices.Equal(some, []int64{ids[0], ids[2]}) {
		t.Errorf("matching some: %v, %v", some, err)
	}
	if _, err := f.idx.Matching(f.ctx, "(", nil); err == nil {
		t.Error("no error for a broken query")
	}
}

func TestTopicsHook(t *testing.T) {
	f := newFixture(t)
	f.close()
	f.opts.Topics = func(_ context.Context, ids []int64) (map[int64][]int64, error) {
		m := map[int64][]int64{}
		for _, id := range ids {
			if id%2 == 1 {
				m[id] = []int64{7}
			}
		}
		return m, nil
	}
	f.open()
	f.index(art{title: "Ett"}, art{title: "Två"}, art{title: "Tre"})
	if got := titles(f.search(Request{Topic: "7"}), false); !slices.Equal(got, sorted("Ett", "Tre")) {
		t.Errorf("topic filter: %q", got)
	}
	if got := titles(f.search(Request{Q: "topic:7 -tre"}), false); !slices.Equal(got, sorted("Ett")) {
		t.Errorf("topic in q: %q", got)
	}
	// The hook's topics are not in the database's article_topics (what a
	// ListSource counts); the fixture's index counts them itself.
	res := f.search(Request{Facets: true})
	if fmt.Sprint(res.Facets.Topic) != fmt.Sprint([]TermCount{{"7", 2}}) {
		t.Errorf("topic facet %v", res.Facets.Topic)
	}
}

// A phrase in the text matches its words in order and adjacent, inflected
// or not, small words included, within a sentence, and not pairs of them
// scattered over the text: the same whether a month's index answers it by
// the words' positions or by the pairs of adjacent words (newMapping).
func TestSearchPhraseByWordPairs(t *testing.T) {
	f := newFixture(t)
	f.index(
		art{title: "I följd", text: "Regeringen lovar stöd till företag som drabbats."},
		art{title: "Böjt", text: "Regeringen lovade stödet till företagen i höstas."},
		art{title: "Isär", text: "Regeringen lovar stöd. Stöd till företag kommer senare, säger ministern."},
		art{title: "Omvänt", text: "Till företag lovar regeringen stöd."},
	)
	tests := map[string]struct {
		q    string
		want []string
	}{
		"four words in order":             {`"lovar stöd till företag"`, sorted("I följd", "Böjt")},
		"two words: one pair":             {`"till företag"`, sorted("I följd", "Böjt", "Isär", "Omvänt")},
		"two words in the other order":    {`"företag till"`, sorted()},
		"three words, pairs not in a row": {`"stöd till företag"`, sorted("I följd", "Böjt", "Isär")},
		"pairs scattered are no phrase":   {`"regeringen lovar stöd till företag kommer"`, sorted()},
		"no phrase across a full stop":    {`"stöd stöd till"`, sorted()},
		"no phrase across a line":         {`"följd regeringen"`, sorted()},
		"none from the title into text":   {`"omvänt till"`, sorted()},
		"the sentence after a full stop":  {`"stöd till företag kommer"`, sorted("Isär")},
	}
	// By the words' positions in the month's index as it is made, by the
	// pairs once the month is closed and built again with them.
	for _, way := range []string{"positions", "pairs"} {
		if way == "pairs" {
			f.pairClosedMonths()
		}
		for name, tt := range tests {
			t.Run(way+"/"+name, func(t *testing.T) { f.wantTitles(t, Request{Q: tt.q}, tt.want) })
		}
	}
}

// Ingest joins an article's title and text with a space; the index puts the
// title on a line of its own, so that no phrase runs from the title's last
// word into the text's first.
func TestTitleOnItsLine(t *testing.T) {
	for _, tt := range []struct{ title, text, want string }{
		{"Elpriserna fortsatt höga", "Elpriserna fortsatt höga Elpriserna i norra Sverige", "Elpriserna fortsatt höga\nElpriserna i norra Sverige"},
		{"Kort", "En text som inte börjar med rubriken", "En text som inte börjar med rubriken"},
		{"", "Bara text", "Bara text"},
	} {
		if got := titleOnItsLine(&ingest.Article{Title: tt.title, Text: tt.text}); got != tt.want {
			t.Errorf("titleOnItsLine(%q, %q) = %q, want %q", tt.title, tt.text, got, tt.want)
		}
	}
}

// A name that is also a word of the language, in the middle of a sentence,
// is a term of its own: the noun's forms do not find it, nor the word in
// lower case; the word written with a capital does, in a phrase too, and
// where it is more often a name than the word (Strand, Axel) finds the name
// only; the head of an organisation's name stays a word.
func TestNamesThatAreWords(t *testing.T) {
	f := newFixture(t)
	f.index(
		art{title: "Ministern om algerna", text: "Det säger miljöminister Cecilia Strand i ett uttalande."},
		art{title: "Pendlaren", text: "Det klarar jag inte, säger Axel Lindgren som pendlar."},
		art{title: "Stränderna stängs", text: "Kommunen stänger stränderna efter algblomningen."},
		art{title: "Axlarna värker", text: "Bärarna klagar på ont i axlarna."},
		art{title: "Regionens svar", text: "Det meddelar Region Skåne på tisdagen."},
	)
	for q, want := range map[string][]string{
		"stränder":         {"Stränderna stängs"},
		"axlar":            {"Axlarna värker"},
		"strand":           {"Stränderna stängs"},    // the word only, in lower case
		"Strand":           {"Ministern om algerna"}, // the name, written as one: no stränder
		"Axel":             {"Pendlaren"},            // nor axlar
		`"Cecilia Strand"`: {"Ministern om algerna"},
		`"Axel Lindgren"`:  {"Pendlaren"},
		"regionen":         {"Regionens svar"},
	} {
		f.wantTitles(t, Request{Q: q}, want)
	}
}

// A surname after a given name that is itself a word of the list and a
// name (Björn, the bear) is a name too.
func TestSurnameAfterAGivenNameThatIsAWord(t *testing.T) {
	toks := svTextAnalyzer.Analyze([]byte("Det säger insatsledaren Björn Strand i dag."))
	var terms []string
	for _, tok := range toks {
		terms = append(terms, string(tok.Term))
	}
	if !slices.Contains(terms, NameMark+"björn") || !slices.Contains(terms, NameMark+"strand") {
		t.Errorf("terms %q: want Björn and Strand as names", terms)
	}
}

// A given name that is a word (Per, Sten, Vagn) before a capitalised word is
// a person's, at a sentence's start too, and the surname after it a name;
// a surname the text has given a person is a name wherever it stands alone
// after that (enligt Frost, sa Malm; Frost säger), and before that too when
// a given name the list knows came before it (Sten Falk).
func TestGivenNamesAndSurnamesAlone(t *testing.T) {
	terms := func(text string) []string {
		var out []string
		for _, tok := range svTextAnalyzer.Analyze([]byte(text)) {
			out = append(out, string(tok.Term))
		}
		return out
	}
	for text, names := range map[string][]string{
		"Det säger vd Per Malm i dag.":                            {"per", "malm"},
		"Sten Lantto anser att raset visade bristerna.":           {"sten"},
		"Det säger utredningsledaren Vagn Ekdahl.":                {"vagn"},
		"Det säger Ida Frost. Enligt Frost var skalvet högt.":     {"frost"},
		"Ida Frost är ny vd. Frost säger att bolaget tar ansvar.": {"frost"}, // a sentence's start too
		"Det säger Ida Frost. – Frost har rätt.":                  {"frost"},
		"Liv Sandberg talade om liv och hälsa.":                   {"liv"},
		"Det sa Sten af Klercker i går.":                          {"sten"}, // a particle before the surname
		// A surname after a given name the list knows is the person's in
		// the headline before it too.
		"Falk bryter tystnaden\nPlatschefen Sten Falk har arbetat här i 31 år.": {"falk", "sten"},
		// A title at a sentence's start is no part of the name after it.
		"Kammaråklagare Malin Lind leder förundersökningen.": {"lind"},
		// A given name that is the singular of an umlaut plural (bröder).
		"Det säger säkerhetschefen Bror Falk. – Bror har bett att få gå.": {"bror", "falk"},
		// A given name in -s is no place's genitive.
		"Det säger Andreas Lind.": {"lind"},
		// A capitalised word before kommun or län names a place.
		"Planen tas fram med Bergs kommun.": {"berg"},
		// Each part of a double given name joined by a hyphen.
		"Det säger Ros-Marie Hägg, undersköterska.": {"ros"},
		// A given name that is a word, capitalised in a sentence's
		// middle, without a surname; and the person's after that.
		"En vecka senare låg Vide, sju år, på intensiven. Vides pappa väntar.": {"vide"},
	} {
		got := terms(text)
		for _, n := range names {
			if !slices.Contains(got, NameMark+n) {
				t.Errorf("%q: terms %q, want %s as a name", text, got, n)
			}
		}
	}
	if got := terms("Sten Lantto är skyddsombud. – Sten har lärt mig mycket."); strings.Count(strings.Join(got, " "), NameMark+"sten") != 2 {
		t.Errorf("terms %q: want both Sten as names (a given name the text gave a person)", got)
	}
	for text, words := range map[string][]string{
		"Frost i natt. Det säger meteorologen Moa Frost.": {"frost"},            // before the text gave it a person (Moa: a name the list lacks)
		"Liv Sandberg talade om liv och hälsa.":           {"liv"},              // the word in lower case
		"Dag efter dag kom nya besked.":                   {"dag"},              // no capital after it
		"Region Stockholm och Svenska Kraftnät svarar.":   {"region", "svensk"}, // no person's names
		// After a place's genitive, the head of an organisation's name
		// (Göteborgs Stad, Skaraborgs Sjukhus), which the word finds.
		"Det beslutar Göteborgs Stad och Skaraborgs Sjukhus.": {"stad", "sjukhus"},
	} {
		got := terms(text)
		for _, w := range words {
			if !slices.Contains(got, w) {
				t.Errorf("%q: terms %q, want the word %s", text, got, w)
			}
		}
	}
}

// A name that is no word but shares a word's stem (Folke: folk; Majorna:
// maj) is kept whole where it is written with a capital, a sentence's start
// included, and found by itself in either case; the word finds its own
// forms only. So is a given name that is itself a word's stem (Rut: ruta).
// A name that is a word's form (Bergen, Polen, Mats) is the name in the
// middle of a sentence and the word's form at its start; the adjective in
// a place's name (Stora torget) and a compound's form (Socialdemokraterna)
// stay the words'. A word is no name's genitive (Klass: no Klas's).
func TestNamesThatShareAWordsStem(t *testing.T) {
	f := newFixture(t)
	f.index(
		art{title: "Torparen", text: "Folke, 88, eldar med ved. Det säger Folke Nyman i Fågelfors."},
		art{title: "Folket", text: "Folket i bygden hjälper varandra."},
		art{title: "Stadsdelen", text: "I Majorna var det strömlöst i maj."},
		art{title: "Bolaget", text: "Stora Enso stänger två stora sågverk."},
		art{title: "Trafikchefen", text: "Bussarna rullar, säger trafikchefen Rut Sandell."},
		art{title: "Vindrutan", text: "Rutan sprack av värmen."},
		art{title: "Depåerna", text: "Det brann i depåer i Oslo och Bergen."},
		art{title: "Fjällen", text: "Bergen i norr fick snö i natt."},
		art{title: "Torget", text: "Marknaden på Stora torget i Visby ställs in."},
		art{title: "Partiet", text: "Det kräver Socialdemokraterna i Region Gotland."},
		art{title: "Skolresan", text: "Klass 9B fick boka om sin resa."},
	)
	for q, want := range map[string][]string{
		"folk":             {"Folket"},
		"Folke":            sorted("Folket", "Torparen"), // the name, and the word as a query word's stem
		"folke":            sorted("Folket", "Torparen"),
		"majorna":          {"Stadsdelen"},
		"stor":             sorted("Bolaget", "Torget"),
		"rutan":            {"Vindrutan"},
		"Rut":              sorted("Trafikchefen", "Vindrutan"), // as Folke: the name, and the word as the stem
		"berget":           {"Fjällen"},
		"Bergen":           sorted("Depåerna", "Fjällen"),
		"socialdemokrater": {"Partiet"},
		"klassen":          {"Skolresan"},
	} {
		f.wantTitles(t, Request{Q: q}, want)
	}
}

// Man after a determiner is the noun (en man har gripits), found by its
// other forms and by a phrase; man on its own is the pronoun.
func TestTheNounMan(t *testing.T) {
	f := newFixture(t)
	f.index(
		art{title: "Gripen", text: "En man har gripits efter branden i natt."},
		art{title: "Rådet", text: "Man ska stänga fönstren, säger räddningstjänsten."},
	)
	for q, want := range map[string][]string{
		"männen":   {"Gripen"},
		"mannen":   {"Gripen"},
		`"en man"`: {"Gripen"},
	} {
		f.wantTitles(t, Request{Q: q}, want)
	}
}
