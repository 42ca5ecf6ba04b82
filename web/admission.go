package web

import (
	"runtime"
	"strings"
	"sync"

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

func newAdmission() *priority.Turns { return priority.NewTurns(admitPerCore * runtime.GOMAXPROCS(0)) }

// admission lets as many requests be worked on at once as turns has
// (newAdmission: admitPerCore a core).
// /healthz and the static assets are not counted: they take no database
// turn and almost no CPU, and a health check must answer while the server
// is busy.
func admission(turns *priority.Turns) gin.HandlerFunc {
	return func(c *gin.Context) {
		if p := c.Request.URL.Path; p == "/healthz" || strings.HasPrefix(p, "/static/") {
			c.Next()
			return
		}
		if err := turns.Take(c.Request.Context()); err != nil {
			c.AbortWithStatus(statusClientClosedRequest) // the client went away while it waited
			return
		}
		leave := sync.OnceFunc(turns.Give)
		defer leave()
		c.Set(admissionLeaveKey, leave)
		c.Writer = &admittedWriter{ResponseWriter: c.Writer, leave: leave}
		c.Next()
	}
}

// admittedWriter gives the request's turn back once admitAfterBytes of
// the response are written.
type admittedWriter struct {
	gin.ResponseWriter
	written int
	leave   func()
}

func (w *admittedWriter) Write(b []byte) (int, error) {
	w.count(len(b))
	return w.ResponseWriter.Write(b)
}

func (w *admittedWriter) WriteString(s string) (int, error) {
	w.count(len(s))
	return w.ResponseWriter.WriteString(s)
}

func (w *admittedWriter) count(n int) {
	if w.written += n; w.written >= admitAfterBytes {
		w.leave()
	}
}
