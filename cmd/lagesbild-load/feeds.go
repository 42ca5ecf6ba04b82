package main

import (
	"context"
	"errors"
	"fmt"
	"html"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/lagesbild/lagesbild/search/synth"
)

// feedServer serves synthetic Swedish feeds on loopback: feed k of a set
// holds the next perFeed articles of the set's slice of the synthetic
// corpus (search/synth), so that a fetch, like a real feed's, brings
// articles of a few adjacent weeks (the corpus spreads over three years,
// so that the search mix's periods find articles). Each document is
// made once and answered with an ETag, so that a second fetch of the same
// feed (the scheduler's and a refresh) is a 304.
type feedServer struct {
	gen *synth.Generator
	srv *http.Server
	url string

	mu   sync.Mutex
	sets map[string]feedSet
	docs map[string]*feedDoc
}

// feedSet is a slice [first, first+feeds*perFeed) of the corpus, in feeds.
type feedSet struct {
	first, feeds, perFeed int
}

type feedDoc struct {
	once sync.Once
	body []byte
	etag string
}

func newFeedServer(gen *synth.Generator) (*feedServer, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("feed server: %w", err)
	}
	fs := &feedServer{gen: gen, sets: map[string]feedSet{}, docs: map[string]*feedDoc{},
		url: "http://" + ln.Addr().String()}
	fs.srv = &http.Server{Handler: http.HandlerFunc(fs.serve), ReadHeaderTimeout: 10 * time.Second}
	go fs.srv.Serve(ln) //nolint:errcheck // ends with Close
	return fs, nil
}

func (fs *feedServer) close() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	fs.srv.Shutdown(ctx) //nolint:errcheck // best effort at the end of a run
}

// addSet names a slice of the corpus; its feeds are at feedURL(name, k).
func (fs *feedServer) addSet(name string, s feedSet) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	fs.sets[name] = s
}

func (fs *feedServer) feedURL(set string, k int) string {
	return fmt.Sprintf("%s/%s/%d.xml", fs.url, set, k)
}

func (fs *feedServer) serve(w http.ResponseWriter, r *http.Request) {
	set, file, ok := strings.Cut(strings.TrimPrefix(r.URL.Path, "/"), "/")
	k, err := strconv.Atoi(strings.TrimSuffix(file, ".xml"))
	fs.mu.Lock()
	s, known := fs.sets[set]
	doc := fs.docs[r.URL.Path]
	if doc == nil {
		doc = &feedDoc{}
		fs.docs[r.URL.Path] = doc
	}
	fs.mu.Unlock()
	if !ok || err != nil || !known || k < 0 || k >= s.feeds {
		http.NotFound(w, r)
		return
	}
	doc.once.Do(func() {
		doc.body = fs.render(set, s, k)
		doc.etag = fmt.Sprintf(`"%s-%d-%d"`, set, k, len(doc.body))
	})
	w.Header().Set("ETag", doc.etag)
	if r.Header.Get("If-None-Match") == doc.etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
	w.Write(doc.body) //nolint:errcheck // the client may have gone
}

// render writes feed k of set s as RSS 2.0, newest first as feeds list them.
func (fs *feedServer) render(name string, s feedSet, k int) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?>`+"\n"+
		`<rss version="2.0"><channel><title>Lastflöde %s %d</title><link>%s</link>`+
		`<description>Syntetiska svenska nyheter för lasttest</description>`, name, k, fs.url)
	for j := s.perFeed - 1; j >= 0; j-- {
		i := s.first + k*s.perFeed + j
		a := fs.gen.Article(i)
		fmt.Fprintf(&b, "\n<item><guid isPermaLink=\"false\">%s</guid><title>%s</title><link>%s</link>"+
			"<pubDate>%s</pubDate><description><![CDATA[%s]]></description></item>",
			html.EscapeString(a.GUID), html.EscapeString(a.Title), html.EscapeString(a.URL),
			a.PublishedAt.Format(time.RFC1123Z), a.Content)
	}
	b.WriteString("\n</channel></rss>\n")
	return []byte(b.String())
}

// errStop ends a phase early (the run's context ended).
var errStop = errors.New("stopped")
