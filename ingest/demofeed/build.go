package demofeed

import (
	"fmt"
	"github.com/lagesbild/lagesbild"
	"hash/fnv"
	"sort"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // Europe/Stockholm even where the system has no zoneinfo
)

// days is the length of the coverage: day 0 is the go-live, day 20 the day of now.
const days = 21

// item is one generated feed item before rendering.
type item struct {
	feed    string
	seq     int // creation order within the feed, from 1
	id      int // the outlet's article number, used in links and guids
	title   string
	paras   []string // plain text; the first is the lede
	author  string
	cats    []string
	section string // first URL path segment
	day     int
	order   float64 // place within the day's publishing window, 0–1
	after   *item   // a wire copy follows its original by some minutes
	wire    bool    // a near-verbatim copy of a Nyhetsbyrån Norden story
	kind    string  // news | opinion | own, as the item really is
	at      time.Time
	updated time.Time // zero unless the item was updated after publishing
	link    string
	guid    string
	noDate  bool // rendered without any publish date
	modOnly bool // JSON Feed / Atom: only an updated date
}

type corpus struct {
	now     time.Time // bound on every time
	loc     *time.Location
	dates   [days]time.Time // local midnight of each day
	feeds   map[string][]*item
	rot     map[string]int // rotation counters for blocks
	usedTtl map[string]bool
}

func stockholm() *time.Location { return lagesbild.Stockholm }

// build generates every item for a crisis whose coverage ends at now.
func build(now time.Time) *corpus {
	loc := stockholm()
	nl := now.In(loc)
	last := time.Date(nl.Year(), nl.Month(), nl.Day(), 0, 0, 0, 0, loc)
	if nl.Sub(last) < 7*time.Hour { // too early for today's news: the last day is yesterday
		last = last.AddDate(0, 0, -1)
	}
	c := &corpus{now: now, loc: loc, feeds: map[string][]*item{}, rot: map[string]int{}, usedTtl: map[string]bool{}}
	for d := 0; d < days; d++ {
		c.dates[d] = last.AddDate(0, 0, d-(days-1))
	}

	c.buildStories()
	c.buildDailies()
	c.buildOpinion()
	c.buildOwn()
	c.assignTimes()
	c.finish()
	return c
}

func (c *corpus) add(it *item) *item {
	it.seq = len(c.feeds[it.feed]) + 1
	c.feeds[it.feed] = append(c.feeds[it.feed], it)
	return it
}

// next returns a rotating counter for key.
func (c *corpus) next(key string) int {
	n := c.rot[key]
	c.rot[key] = n + 1
	return n
}

var outletKeys = map[byte]string{'v': "vd", 'r': "rv", 'n': "nbn", 's': "svb", 'k': "kn", 'V': "vd", 'K': "kn"}

// per outlet: how many facts, quotes and background lines an own version carries.
var shape = map[string]struct{ facts, quotes, background int }{
	"vd":  {3, 2, 1},
	"rv":  {1, 1, 0},
	"nbn": {2, 1, 1},
	"svb": {2, 2, 1},
	"kn":  {2, 1, 1},
}

func (c *corpus) buildStories() {
	for si, st := range stories {
		var wire *item
		own := 0
		for j := 0; j < len(st.outlets); j++ {
			l := st.outlets[j]
			if l < 'a' {
				continue
			}
			feed := outletKeys[l]
			it := c.storyItem(si, st, feed, own)
			own++
			if feed == "nbn" {
				wire = it
			}
		}
		for j := 0; j < len(st.outlets); j++ {
			l := st.outlets[j]
			if l >= 'a' {
				continue
			}
			c.wireCopy(wire, outletKeys[l])
		}
	}
}

func (c *corpus) storyItem(si int, st story, feed string, i int) *item {
	d := st.day
	r := rng(fmt.Sprintf("story/%d/%s", si, feed))
	sh := shape[feed]
	paras := []string{st.ledes[i%len(st.ledes)]}
	for k := 0; k < sh.facts && k < len(st.facts); k++ {
		paras = append(paras, st.facts[(i+k)%len(st.facts)])
	}
	quoted := 0
	for k := 0; k < len(st.who) && quoted < sh.quotes; k++ {
		who := st.who[(i+k)%len(st.who)]
		if q, ok := c.quoteFor(who, d); ok {
			paras = append(paras, formatQuote(q, feed, quoted > 0, r))
			quoted++
		}
	}
	if sh.background > 0 {
		if b, ok := c.pickSpan("bg/"+feed, background, d); ok {
			paras = append(paras, b)
		}
	}
	if a := angles[feed]; len(a) > 0 && r.float() < 0.7 {
		paras = append(paras, a[r.intn(len(a))])
	}
	for k := range paras {
		paras[k] = c.expand(paras[k], d)
	}
	return c.add(&item{
		feed: feed, title: c.expand(st.heads[i], d), paras: paras, author: newsAuthor(feed, r),
		cats: newsCategories(feed, st), section: "nyheter", day: d, order: 0.03 + 0.88*r.float(), kind: "news",
	})
}

// wireCopy prints the wire story in another outlet, nearly verbatim.
func (c *corpus) wireCopy(orig *item, feed string) *item {
	paras := append([]string(nil), orig.paras...)
	author := "NBN"
	if feed == "kn" {
		author = "Nyhetsbyrån Norden"
		if len(paras) > 2 {
			paras = paras[:len(paras)-1] // the local paper cuts the last paragraph
		}
	} else {
		paras[0] += " (NBN)"
	}
	return c.add(&item{
		feed: feed, title: orig.title, paras: paras, author: author, cats: []string{"Inrikes", "NBN"},
		section: "nyheter", day: orig.day, order: orig.order, after: orig, wire: true, kind: "news",
	})
}

func newsAuthor(feed string, r *prng) string {
	names := map[string][]string{
		"vd":  {"Karin Sjövall", "Erik Lundmark", "Amira Hassan", "Jonas Fredén"},
		"rv":  {"Radio Väst", "Malin Rydh", "Oskar Ahlgren"},
		"nbn": {"Nyhetsbyrån Norden"},
		"svb": {"Therese Wahlund", "Mikael Storm"},
		"kn":  {"Sofie Nygren", "Pontus Alm"},
	}[feed]
	return names[r.intn(len(names))]
}

func newsCategories(feed string, st story) []string {
	switch feed {
	case "vd":
		return []string{"Nyheter", "Sjukvård"}
	case "rv":
		return []string{"Västkust", "Hälsa"}
	case "nbn":
		return []string{"Inrikes", "Sjukvård", "Region Västkust"}
	case "svb":
		return []string{"Nyheter", "Journalsystem"}
	case "kn":
		return []string{"Nyheter", "Kuststaden"}
	}
	return nil
}

// quoteFor picks the next quote of who that fits day d.
func (c *corpus) quoteFor(who string, d int) (quote, bool) {
	var cand []quote
	for _, q := range quotes {
		if q.who == who && q.from <= d && d <= q.to {
			cand = append(cand, q)
		}
	}
	if len(cand) == 0 {
		return quote{}, false
	}
	return cand[c.next("q/"+who)%len(cand)], true
}

// formatQuote writes a quote the way the outlet does: a dialogue dash in the
// papers and on the radio, quotation marks in the trade press.
func formatQuote(q quote, feed string, again bool, r *prng) string {
	p := people[q.who]
	verb := "säger"
	if x := r.float(); x < 0.15 {
		verb = "konstaterar"
	} else if x < 0.25 {
		verb = "menar"
	}
	who := p.name + ", " + p.title
	if again {
		who = p.name
	}
	if feed == "rv" && r.float() < 0.5 {
		who += ", till Radio Väst"
	}
	t := q.text
	last := t[len(t)-1]
	if feed == "svb" {
		if last == '.' {
			return "”" + t[:len(t)-1] + "”, " + verb + " " + who + "."
		}
		return "”" + t + "” " + verb + " " + who + "."
	}
	if last == '.' {
		t = t[:len(t)-1] + ","
	}
	return "– " + t + " " + verb + " " + who + "."
}

// pickSpan rotates through the spans that fit day d.
func (c *corpus) pickSpan(key string, spans []span, d int) (string, bool) {
	var cand []string
	for _, s := range spans {
		if s.from <= d && d <= s.to {
			cand = append(cand, s.text)
		}
	}
	if len(cand) == 0 {
		return "", false
	}
	return cand[c.next(key)%len(cand)], true
}

func statusLines(d int) []string {
	var out []string
	if n := statusAmbulances[d]; n > 0 {
		out = append(out, fmt.Sprintf("Under det senaste dygnet styrdes %s ambulanser om från Strandby till andra sjukhus.", swNum(n)))
	}
	if d <= 10 {
		out = append(out, fmt.Sprintf("Supporten för Aurora har hittills tagit emot %s ärenden.", swNum(statusTickets[d])))
	}
	out = append(out, fmt.Sprintf("Antalet rapporterade avvikelser sedan driftstarten är nu %s.", swNum(statusDeviations[d])))
	if n := statusPostponed[d]; n > 0 {
		out = append(out, fmt.Sprintf("Sammanlagt har %s planerade besök och operationer skjutits upp.", swNum(n)))
	}
	return out
}

var radioIntro = []span{
	{0, 2, "Kustsjukhusen arbetar vidare med att få ordning på det nya journalsystemet Aurora."},
	{3, 9, "Akutmottagningen i Strandby är fortsatt avlastad, och problemen med journalsystemet kvarstår."},
	{10, 10, "Kustsjukhusen förbereder återgången till de tidigare journalsystemen."},
	{11, 13, "Kustsjukhusen arbetar åter i de tidigare journalsystemen, men akuten i Strandby är fortfarande avlastad."},
	{14, 20, "Kustsjukhusen är på väg tillbaka mot normalläge efter krisen med journalsystemet."},
}

// buildDailies writes Radio Väst's morning summary and the wire service's
// evening round-up, which Kuststaden Nu prints on some days.
func (c *corpus) buildDailies() {
	for d := 1; d < days; d++ {
		r := rng(fmt.Sprintf("daily/%d", d))
		intro, _ := c.pickSpan("radio-intro", radioIntro, d)
		paras := append([]string{intro}, statusLines(d)...)
		paras = append(paras, angles["rv"][d%len(angles["rv"])])
		c.add(&item{
			feed: "rv", title: fmt.Sprintf("Läget i vården %s", c.dayName(d)), paras: paras,
			author: "Radio Väst", cats: []string{"Västkust", "Läget"}, section: "lokalt", day: d,
			order: 0.01 + 0.05*r.float(), kind: "news",
		})

		var heads []string
		for _, st := range stories {
			if st.day == d && len(heads) < 3 {
				heads = append(heads, firstSentence(c.expand(st.ledes[0], d)))
			}
		}
		paras = []string{fmt.Sprintf("Det här har hänt i krisen kring journalsystemet Aurora i Region Västkust %s.", c.dayDate(d))}
		paras = append(paras, heads...)
		paras = append(paras, statusLines(d)...)
		brief := c.add(&item{
			feed: "nbn", title: fmt.Sprintf("Journalkrisen i Västkust – läget %s", c.dayName(d)), paras: paras,
			author: "Nyhetsbyrån Norden", cats: []string{"Inrikes", "Sjukvård", "Sammanfattning"}, section: "artikel",
			day: d, order: 0.9 + 0.07*r.float(), kind: "news",
		})
		if d%2 == 1 {
			c.wireCopy(brief, "kn")
		}
	}
}

// Opinion schedule: pieces per day in each opinion feed, and the days of the
// trade-press columns and the local paper's leaders.
var (
	vdOpinionPerDay = [days]int{0, 1, 1, 1, 1, 2, 1, 2, 2, 3, 3, 3, 2, 2, 2, 2, 1, 2, 1, 1, 1}
	ddOpinionPerDay = [days]int{0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 2, 2, 1, 2, 1, 1, 1, 1, 1}
	svbColumnDays   = []int{5, 11, 16, 20}
	knLeaderDays    = []int{4, 10, 15}
)

func (c *corpus) buildOpinion() {
	for d := 0; d < days; d++ {
		for j := 0; j < vdOpinionPerDay[d]; j++ {
			typ := "Debatt"
			switch j {
			case 0:
				typ = "Ledare"
				if d%4 == 3 {
					typ = "Krönika"
				}
			case 2:
				typ = "Insändare"
			}
			c.opinionItem("vdop", d, j, typ)
		}
		for j := 0; j < ddOpinionPerDay[d]; j++ {
			typ := "Debatt"
			if j == 1 {
				typ = "Insändare"
				if d%3 == 0 {
					typ = "Krönika"
				}
			}
			c.opinionItem("dd", d, j, typ)
		}
		for _, x := range svbColumnDays {
			if x == d {
				c.opinionItem("svb", d, 0, "Krönika")
			}
		}
		for _, x := range knLeaderDays {
			if x == d {
				c.opinionItem("kn", d, 0, "Ledare")
			}
		}
	}
}

var stanceWeights = []struct {
	to                 int
	crit, neut, suppor int
}{
	{2, 40, 35, 25},
	{6, 65, 20, 15},
	{13, 75, 15, 10},
	{20, 65, 20, 15},
}

func stanceFor(d int, r *prng) string {
	for _, w := range stanceWeights {
		if d <= w.to {
			x := r.intn(w.crit + w.neut + w.suppor)
			switch {
			case x < w.crit:
				return critical
			case x < w.crit+w.neut:
				return neutral
			}
			return supportive
		}
	}
	return critical
}

var sectionOf = map[string]string{"Ledare": "ledare", "Debatt": "debatt", "Krönika": "kronika", "Insändare": "insandare"}

func (c *corpus) opinionItem(feed string, d, j int, typ string) {
	r := rng(fmt.Sprintf("opinion/%s/%d/%d", feed, d, j))
	order := 0.1 + 0.8*r.float()
	if typ == "Ledare" {
		order = 0.005 + 0.04*r.float() // leaders are out at dawn
	}
	section := sectionOf[typ]
	if typ == "Insändare" {
		for i, l := range letters {
			key := "letter/" + strconv.Itoa(i)
			if l.from > d || c.usedTtl[key] {
				continue
			}
			c.usedTtl[key] = true
			if feed == "vdop" {
				section = "debatt/insandare"
			}
			c.add(&item{
				feed: feed, title: l.title, paras: append([]string(nil), l.text...), author: l.signature,
				cats: []string{"Insändare", "Aurora"}, section: section, day: d, order: order, kind: "opinion",
			})
			return
		}
		typ, section = "Debatt", "debatt" // no letter left
	}

	stance := stanceFor(d, r)
	title, stance := c.opinionTitle(stance, d)
	var paras []string
	var author string
	switch typ {
	case "Krönika":
		open, _ := c.pickSpan("column-open/"+feed, columnOpenings, d)
		paras = append(paras, open)
		author = columnists[feed]
	default:
		open, _ := c.pickSpan("open/"+feed, openings, d)
		paras = append(paras, open)
		if typ == "Ledare" {
			w := leaderWriters[feed]
			author = w[c.next("leader/"+feed)%len(w)]
		} else {
			author = c.debaterFor(stance)
		}
	}
	nargs := 2
	if typ == "Ledare" {
		nargs = 3
	}
	paras = append(paras, c.pickBlocks("arg/"+stance, arguments, stance, d, nargs)...)
	paras = append(paras, c.pickBlocks("close/"+stance, closings, stance, d, 1)...)
	cats := []string{typ, "Aurora"}
	if feed == "vdop" {
		cats = []string{typ, "Sjukvård", "Region Västkust"}
	}
	c.add(&item{
		feed: feed, title: title, paras: paras, author: author, cats: cats, section: section,
		day: d, order: order, kind: "opinion",
	})
}

// opinionTitle takes the most topical unused title of the stance (another
// stance when that one has run out).
func (c *corpus) opinionTitle(stance string, d int) (string, string) {
	for _, s := range []string{stance, critical, neutral, supportive} {
		best := -1
		for i, t := range opinionTitles {
			if t.stance != s || t.from > d || c.usedTtl[t.text] {
				continue
			}
			if best < 0 || t.from > opinionTitles[best].from {
				best = i
			}
		}
		if best >= 0 {
			c.usedTtl[opinionTitles[best].text] = true
			return opinionTitles[best].text, s
		}
	}
	n := c.next("spare-title")
	return fmt.Sprintf("Fler röster om Aurora (%d)", n+1), neutral
}

// pickBlocks takes n different blocks of the stance that fit day d: the most
// recent one first, then rotating.
func (c *corpus) pickBlocks(key string, blocks []block, stance string, d, n int) []string {
	var cand []string
	for _, b := range blocks {
		if b.stance == stance && b.from <= d {
			cand = append(cand, b.text)
		}
	}
	if len(cand) == 0 {
		return nil
	}
	recent := cand[max(0, len(cand)-3):]
	out := []string{recent[c.next(key+"/recent")%len(recent)]}
	start := c.next(key)
	for k := 0; len(out) < n && k < len(cand); k++ {
		t := cand[(start+k)%len(cand)]
		dup := false
		for _, o := range out {
			dup = dup || o == t
		}
		if !dup {
			out = append(out, t)
		}
	}
	if c.next(key+"/order")%2 == 1 && len(out) > 1 {
		out[0], out[1] = out[1], out[0]
	}
	return out
}

func (c *corpus) debaterFor(stance string) string {
	letter := stance[:1]
	var cand []debater
	for _, db := range debaters {
		if strings.Contains(db.stances, letter) {
			cand = append(cand, db)
		}
	}
	db := cand[c.next("debater/"+stance)%len(cand)]
	return db.name + ", " + db.title
}

func (c *corpus) buildOwn() {
	for d := 0; d < days; d++ {
		r := rng(fmt.Sprintf("own/daily/%d", d))
		note, _ := c.pickSpan("own-note", dailyNotes, d)
		paras := append([]string{note}, statusLines(d)...)
		paras = append(paras, "Frågor om Aurora? Kontakta din chef eller supporten.")
		c.add(&item{
			feed: "own", title: "Lägesuppdatering Aurora – " + c.dayName(d), paras: paras,
			author: "Region Västkust, kommunikation", cats: []string{ownInternal, "Aurora"}, section: "intern",
			day: d, order: 0.62 + 0.08*r.float(), kind: "own",
		})
	}
	for i, o := range ownItems {
		r := rng(fmt.Sprintf("own/%d", i))
		paras := append([]string(nil), o.text...)
		if o.who != "" {
			if q, ok := c.quoteFor(o.who, o.day); ok {
				paras = append(paras, formatQuote(q, "own", false, r))
			}
		}
		section := "nyheter"
		switch o.cat {
		case ownPress:
			section = "press"
		case ownInternal:
			section = "intern"
		}
		c.add(&item{
			feed: "own", title: o.title, paras: paras, author: "Region Västkust, presstjänsten",
			cats: []string{o.cat, "Aurora"}, section: section, day: o.day, order: 0.25 + 0.5*r.float(), kind: "own",
		})
	}
}

// window is the publishing window of day d in Stockholm: 06:00 to 22:00,
// and on the last day up to a few minutes before now.
func (c *corpus) window(d int) (time.Time, time.Time) {
	y, m, dd := c.dates[d].Date()
	start := time.Date(y, m, dd, 6, 0, 0, 0, c.loc) // not midnight + 6h: DST days are 23 or 25 hours long
	end := time.Date(y, m, dd, 22, 0, 0, 0, c.loc)
	if limit := c.now.Add(-5 * time.Minute); end.After(limit) {
		end = limit
	}
	return start, end
}

func (c *corpus) assignTimes() {
	limit := c.now.Add(-time.Minute)
	var copies []*item
	for _, key := range feedKeys() {
		for _, it := range c.feeds[key] {
			if it.after != nil {
				copies = append(copies, it)
				continue
			}
			start, end := c.window(it.day)
			it.at = start.Add(time.Duration(float64(end.Sub(start)) * it.order)).Truncate(time.Minute)
		}
	}
	for _, it := range copies {
		r := rng(fmt.Sprintf("copy/%s/%d", it.feed, it.seq))
		it.at = it.after.at.Add(time.Duration(8+r.intn(40)) * time.Minute)
		if it.at.After(limit) {
			it.at = limit.Truncate(time.Minute)
		}
	}
}

// feedKeys are the generated feeds in a fixed order.
func feedKeys() []string { return []string{"vd", "vdop", "rv", "nbn", "svb", "kn", "dd", "own"} }

var idBase = map[string]int{"vd": 70112, "vdop": 90231, "rv": 5520, "nbn": 310004, "svb": 2210, "kn": 18870, "dd": 4410, "own": 1201}

// finish sorts each feed newest first and sets ids, links, guids and the
// per-feed quirks.
func (c *corpus) finish() {
	limit := c.now.Add(-time.Minute)
	for _, key := range feedKeys() {
		items := c.feeds[key]
		// Article numbers grow with publishing time, as in a real CMS.
		byTime := append([]*item(nil), items...)
		sort.SliceStable(byTime, func(i, j int) bool { return byTime[i].at.Before(byTime[j].at) })
		for n, it := range byTime {
			it.id = idBase[key] + 3*n + it.seq%3
		}
		for _, it := range items {
			c.setLink(it)
			r := rng(fmt.Sprintf("quirk/%s/%d", key, it.seq))
			switch key {
			case "nbn":
				if it.seq%6 == 0 {
					it.modOnly = true
				} else if it.seq%4 == 0 {
					it.updated = it.at.Add(time.Duration(30+r.intn(90)) * time.Minute)
				}
			case "rv":
				if it.seq%5 == 0 {
					it.modOnly = true
				}
			}
			if it.updated.After(limit) {
				it.updated = limit.Truncate(time.Minute)
			}
			if it.modOnly && it.updated.IsZero() {
				it.updated = it.at
			}
		}
		sort.SliceStable(items, func(i, j int) bool {
			if !items[i].at.Equal(items[j].at) {
				return items[i].at.After(items[j].at)
			}
			return items[i].seq > items[j].seq
		})
		if key == "kn" {
			// The local CMS drops the date of every other recent story of its own.
			n := 0
			for _, it := range items {
				if it.day >= days-5 && !it.wire {
					it.noDate = n%2 == 1
					n++
				}
			}
		}
	}
}

func (c *corpus) setLink(it *item) {
	slug := slugify(it.title)
	switch it.feed {
	case "vd":
		it.link = fmt.Sprintf("https://vastsvenskadagbladet.example/nyheter/%s-%d?utm_source=rss&utm_medium=feed&utm_campaign=nyheter", slug, it.id)
		it.guid = fmt.Sprintf("vd-%d", it.id)
	case "vdop":
		it.link = fmt.Sprintf("https://vastsvenskadagbladet.example/%s/%s-%d?utm_source=rss&utm_medium=feed&utm_campaign=opinion", it.section, slug, it.id)
		it.guid = fmt.Sprintf("vd-%d", it.id)
	case "rv":
		it.link = fmt.Sprintf("%d-%s", it.id, slug) // relative to the entry's xml:base
		it.guid = fmt.Sprintf("tag:radiovast.example,2019:artikel-%d", it.id)
	case "nbn":
		it.link = fmt.Sprintf("https://nyhetsbyrannorden.example/artikel/%d/%s", it.id, slug)
		it.guid = it.link
	case "svb":
		it.link = fmt.Sprintf("https://sjukvardsbladet.example/%s/%s-%d", it.section, slug, it.id)
		it.guid = it.link
	case "kn":
		section := it.section
		if it.wire {
			section = "nyheter/nbn"
		}
		it.link = fmt.Sprintf("https://kuststadennu.example/%s/%d/%s", section, it.id, slug)
		it.guid = it.link
		if !it.wire && it.seq%4 == 3 {
			it.guid = "kuststadennu-artikel" // the broken CMS: one guid for many items
		}
	case "dd":
		it.link = fmt.Sprintf("https://dagensdebatt.example/%s/%s-%d?utm_source=rss&utm_medium=referral&utm_campaign=flode&utm_content=%s", it.section, slug, it.id, it.section)
		it.guid = fmt.Sprintf("dd-%d", it.id)
	case "own":
		if it.section == "intern" {
			it.link = fmt.Sprintf("https://insidan.regionvastkust.example/nyheter/%s-%d", slug, it.id)
		} else {
			it.link = fmt.Sprintf("https://regionvastkust.example/%s/%s-%d", it.section, slug, it.id)
		}
		it.guid = it.link
	}
}

// lastModified is the newest time in a feed.
func (c *corpus) lastModified(key string) time.Time {
	var t time.Time
	for _, it := range c.feeds[key] {
		if it.at.After(t) {
			t = it.at
		}
		if it.updated.After(t) {
			t = it.updated
		}
	}
	if t.IsZero() {
		t = c.dates[0]
	}
	return t
}

// Swedish dates.

var (
	weekdays = lagesbild.Weekdays
	months   = lagesbild.Months
)

func (c *corpus) date(d int) time.Time {
	if d < 0 || d >= days {
		return c.dates[0].AddDate(0, 0, d)
	}
	return c.dates[d]
}

// dayDate is "den 4 november".
func (c *corpus) dayDate(d int) string {
	t := c.date(d)
	return fmt.Sprintf("den %d %s", t.Day(), months[t.Month()-1])
}

// dayName is "tisdag 4 november".
func (c *corpus) dayName(d int) string {
	t := c.date(d)
	return fmt.Sprintf("%s %d %s", weekdays[t.Weekday()], t.Day(), months[t.Month()-1])
}

// expand fills in the placeholders of a building block written for day d:
// {veckodag}, {idag}, {imorgon}, {datum} and {dN}, the date of day N.
func (c *corpus) expand(s string, d int) string {
	if !strings.Contains(s, "{") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		name := s[i+1 : i+j]
		s = s[i+j+1:]
		t := c.date(d)
		switch {
		case name == "veckodag":
			b.WriteString(weekdays[t.Weekday()])
		case name == "idag":
			b.WriteString(weekdays[t.Weekday()] + " " + c.dayDate(d))
		case name == "imorgon":
			t2 := c.date(d + 1)
			b.WriteString(weekdays[t2.Weekday()] + " " + c.dayDate(d+1))
		case name == "datum":
			b.WriteString(strings.TrimPrefix(c.dayDate(d), "den "))
		case strings.HasPrefix(name, "d"):
			n, err := strconv.Atoi(name[1:])
			if err != nil {
				b.WriteString("{" + name + "}")
				continue
			}
			b.WriteString(c.dayDate(n))
		default:
			b.WriteString("{" + name + "}")
		}
	}
}

// swNum writes 12300 as "12 300".
func swNum(n int) string {
	s := strconv.Itoa(n)
	if len(s) <= 4 {
		return s
	}
	var b strings.Builder
	for i, ch := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(ch)
	}
	return b.String()
}

func firstSentence(s string) string {
	if i := strings.Index(s, ". "); i >= 0 {
		return s[:i+1]
	}
	return s
}

// slugify makes a URL path segment of a Swedish title.
func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch r {
		case 'å', 'ä':
			r = 'a'
		case 'ö':
			r = 'o'
		case 'é':
			r = 'e'
		}
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	out := strings.TrimRight(b.String(), "-")
	if len(out) > 70 {
		out = out[:70]
		if i := strings.LastIndexByte(out, '-'); i > 30 {
			out = out[:i]
		}
	}
	return out
}

// prng is SplitMix64: small, and the same on every Go version.
type prng struct{ state uint64 }

func rng(key string) *prng {
	h := fnv.New64a()
	h.Write([]byte("lagesbild-demo-2024|" + key))
	return &prng{h.Sum64()}
}

func (p *prng) next() uint64 {
	p.state += 0x9e3779b97f4a7c15
	z := p.state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func (p *prng) float() float64 { return float64(p.next()>>11) / (1 << 53) }

func (p *prng) intn(n int) int {
	if n <= 1 {
		return 0
	}
	return int(p.next() % uint64(n))
}
