package web

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/priority"
)

// admitPerCore is how many requests are worked on at once for each core;
// the others wait, taking no CPU, and go in the order they came in
// (priority.Turns). Go's scheduler shares the cores among every runnable
// goroutine: with 50 clients at once on 2 cores, SQLite's one writer
// waited for a core in the middle of its transactions for about as long as
// it worked, and every write behind it waited for that. Four a core, with
// 50 clients of the load benchmark's mixed load on SQLite (two runs each):
// p99 128 and 130 ms against 244 and 234 without, a write's p50 66–75 ms
// against 144–153, answers in 30 s 20,495 and 22,278 against 17,946 and
// 19,052; eight a core did less (138 and 166 ms). On PostgreSQL, whose
// work is in its own processes, 169 and 173 against 210 and 188
// (bench/RESULTS.md). Tried and not kept: a search that gave its turn back
// when it came to the search gate, so as not to hold one while it waited
// there: with ten searching clients the searches' p99 rose (117–119 →
// 140–143 ms at 20,000 articles) and the triage page's did not fall.
const admitPerCore = 4

// admitAfterBytes: a response that has written this much gives its turn
// back and goes on without one. Its work is then mostly the writing, and a
// client that reads slowly (a large export over a poor line, or on purpose)
// would otherwise hold a turn until the server's write timeout.
const admitAfterBytes = 32 << 10

const admissionLeaveKey = "lagesbild.admission.leave"

// searchLanePerCore is how many of the door's turns searches may hold at
// once, for each core. A search waits at the index's gate (one search a
// core runs) while it holds its turn at the door; with ten clients
// searching, they held all eight turns, most of them asleep at the gate,
// and the triage page waited at the door behind them (p99 108–136 ms at
// 100,000 cases on PostgreSQL, its work 7 ms). Two a core keep the gate's
// next searches ready at it, and leave the other turns to the pages and
// writes.
const searchLanePerCore = 2

// door admits requests: admitPerCore a core are worked on at once, and of
// them at most searchLanePerCore a core are searches (the routes marked
// with searches).
type door struct {
	turns    *priority.Turns
	searches *priority.Turns
	paths    map[string]bool // gin's full paths of the routes that search
}

func newDoor() *door {
	cores := runtime.GOMAXPROCS(0)
	return &door{turns: priority.NewTurns(admitPerCore * cores), searches: priority.NewTurns(searchLanePerCore * cores),
		paths: map[string]bool{}}
}

// searchRoute marks a route (its full path, as gin.Context.FullPath gives it)
// as one whose work is a search of the index. Called while the routes are
// mounted, before the router serves.
func (d *door) searchRoute(fullPath string) { d.paths[fullPath] = true }

// admission lets as many requests be worked on at once as the door's
// turns (newDoor: admitPerCore a core); a search first waits for a turn
// of the searches' lane, holding none at the door meanwhile.
// /healthz and the static assets are not counted: they take no database
// turn and almost no CPU, and a health check must answer while the server
// is busy.
func admission(d *door) gin.HandlerFunc {
	return func(c *gin.Context) {
		if p := c.Request.URL.Path; p == "/healthz" || strings.HasPrefix(p, "/static/") {
			c.Next()
			return
		}
		arrived := priority.ArrivedAt(c.Request.Context())
		lane := func() {}
		if d.paths[c.FullPath()] {
			if err := d.searches.Take(c.Request.Context()); err != nil {
				c.AbortWithStatus(statusClientClosedRequest) // the client went away while it waited
				return
			}
			lane = d.searches.Give
		}
		if err := d.turns.Take(c.Request.Context()); err != nil {
			lane()
			c.AbortWithStatus(statusClientClosedRequest)
			return
		}
		leave := sync.OnceFunc(func() { d.turns.Give(); lane() })
		defer leave()
		c.Set(admissionLeaveKey, leave)
		w := &admittedWriter{ResponseWriter: c.Writer, leave: leave, arrived: arrived, admitted: time.Now()}
		c.Writer = w
		c.Next()
		w.timing() // a response without a body: gin writes its header after this
	}
}

// admittedWriter gives the request's turn back once admitAfterBytes of
// the response are written, and says in the response's Server-Timing
// header how long the request waited at the door ("queue") and how long it
// was worked on until its answer began ("app"). The load benchmark reads
// them to tell time spent waiting for a turn from time spent being served,
// and from time outside the server; a browser's developer tools show them.
type admittedWriter struct {
	gin.ResponseWriter
	written int
	leave   func()

	arrived, admitted time.Time
	timed             bool
}

func (w *admittedWriter) Write(b []byte) (int, error) {
	w.timing()
	w.count(len(b))
	return w.ResponseWriter.Write(b)
}

func (w *admittedWriter) WriteString(s string) (int, error) {
	w.timing()
	w.count(len(s))
	return w.ResponseWriter.WriteString(s)
}

func (w *admittedWriter) WriteHeaderNow() {
	w.timing()
	w.ResponseWriter.WriteHeaderNow()
}

func (w *admittedWriter) Flush() {
	w.timing()
	w.ResponseWriter.Flush()
}

// timing sets the Server-Timing header once, before the header is written.
func (w *admittedWriter) timing() {
	if w.timed || w.ResponseWriter.Written() {
		return
	}
	w.timed = true
	w.Header().Add("Server-Timing", fmt.Sprintf("queue;dur=%.1f, app;dur=%.1f",
		milliseconds(w.admitted.Sub(w.arrived)), milliseconds(time.Since(w.admitted))))
}

func milliseconds(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func (w *admittedWriter) count(n int) {
	if w.written += n; w.written >= admitAfterBytes {
		w.leave()
	}
}
