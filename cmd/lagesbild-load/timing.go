package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// serverTiming is what an answer's Server-Timing header said: how long the
// request waited at the server's door (queue) and how long it was worked on
// until its answer began (app). The rest of what the client measured was
// spent outside them: on the wire, in the kernel, in the Go scheduler of
// either side before the server's middleware saw the request, and reading
// the answer.
type serverTiming struct {
	queue, app time.Duration
	ok         bool
}

type timingKey struct{}

// withTiming gives ctx a place for the Server-Timing of the request sent
// with it (timingTransport fills it).
func withTiming(ctx context.Context) (context.Context, *serverTiming) {
	st := &serverTiming{}
	return context.WithValue(ctx, timingKey{}, st), st
}

// timingTransport reads the Server-Timing header of every answer into the
// request context's serverTiming, if it has one.
type timingTransport struct{ http.RoundTripper }

func (t timingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.RoundTripper.RoundTrip(req)
	if st, ok := req.Context().Value(timingKey{}).(*serverTiming); ok && err == nil {
		st.parse(resp.Header.Get("Server-Timing"))
	}
	return resp, err
}

// parse reads "queue;dur=1.2, app;dur=3.4" (durations in milliseconds).
func (st *serverTiming) parse(h string) {
	var found int
	for _, metric := range strings.Split(h, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(metric), ";")
		for _, p := range strings.Split(params, ";") {
			v, ok := strings.CutPrefix(strings.TrimSpace(p), "dur=")
			if !ok {
				continue
			}
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				continue
			}
			d := time.Duration(f * float64(time.Millisecond))
			switch name {
			case "queue":
				st.queue, found = d, found+1
			case "app":
				st.app, found = d, found+1
			}
		}
	}
	st.ok = found == 2
}

// timedRequest is one request's time as the client saw it and as the
// server said it spent it.
type timedRequest struct {
	total, queue, app time.Duration
}

func (r timedRequest) outside() time.Duration { return r.total - r.queue - r.app }

// timings collects the timed requests of one kind.
type timings struct {
	mu sync.Mutex
	r  []timedRequest
}

func (t *timings) add(total time.Duration, st *serverTiming) {
	if !st.ok {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	t.r = append(t.r, timedRequest{total: total, queue: st.queue, app: st.app})
}

// timingSummary: the median and 99th percentile of each part, and the mean
// of each part over the slowest 1 % of requests: what the tail is made of.
type timingSummary struct {
	N                           int
	Queue, App, Outside         [2]time.Duration // p50, p99
	TailQueue, TailApp, TailOut time.Duration
}

func (t *timings) summary() timingSummary {
	t.mu.Lock()
	r := slices.Clone(t.r)
	t.mu.Unlock()
	s := timingSummary{N: len(r)}
	if len(r) == 0 {
		return s
	}
	part := func(f func(timedRequest) time.Duration) [2]time.Duration {
		d := make([]time.Duration, len(r))
		for i, x := range r {
			d[i] = f(x)
		}
		slices.Sort(d)
		return [2]time.Duration{rank(d, 0.50), rank(d, 0.99)}
	}
	s.Queue = part(func(x timedRequest) time.Duration { return x.queue })
	s.App = part(func(x timedRequest) time.Duration { return x.app })
	s.Outside = part(timedRequest.outside)
	slices.SortFunc(r, func(a, b timedRequest) int { return int(a.total - b.total) })
	tail := r[len(r)-max(len(r)/100, 1):]
	for _, x := range tail {
		s.TailQueue += x.queue / time.Duration(len(tail))
		s.TailApp += x.app / time.Duration(len(tail))
		s.TailOut += x.outside() / time.Duration(len(tail))
	}
	return s
}

const timingHead = "| requests | n | queue p50 | queue p99 | app p50 | app p99 | outside p50 | outside p99 | slowest 1 %: queue / app / outside |\n" +
	"| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"

func (s timingSummary) row(name string) string {
	return fmt.Sprintf("| %s | %d | %s | %s | %s | %s | %s | %s | %s / %s / %s |", name, s.N,
		ms(s.Queue[0]), ms(s.Queue[1]), ms(s.App[0]), ms(s.App[1]), ms(s.Outside[0]), ms(s.Outside[1]),
		ms(s.TailQueue), ms(s.TailApp), ms(s.TailOut))
}

// writeTimings writes the table of where the mixed load's time went.
func writeTimings(w io.Writer, byKind map[string]timingSummary, kinds []string) {
	fmt.Fprintf(w, "\nWhere that time went, by the server's Server-Timing (ms): waiting at the door (queue), "+
		"being worked on until the answer began (app), and the rest (outside: the wire, both sides' schedulers "+
		"before the server saw the request, reading the answer):\n\n%s\n", timingHead)
	for _, k := range kinds {
		if s, ok := byKind[k]; ok && s.N > 0 {
			fmt.Fprintln(w, s.row(k))
		}
	}
}
