package main

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// latencies collects the time of every request of one kind, with its status.
type latencies struct {
	mu       sync.Mutex
	d        []time.Duration
	s5xx     int
	s4xx     int
	failures int // no answer (connection error, time-out)
	first    string
}

func (l *latencies) add(d time.Duration, status int, err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	switch {
	case err != nil:
		l.failures++
		if l.first == "" {
			l.first = err.Error()
		}
		return
	case status >= 500:
		l.s5xx++
		if l.first == "" {
			l.first = fmt.Sprintf("status %d", status)
		}
	case status >= 400:
		l.s4xx++
		if l.first == "" {
			l.first = fmt.Sprintf("status %d", status)
		}
	}
	l.d = append(l.d, d)
}

// summary is what a report says of one kind of request.
type summary struct {
	N          int
	P50, P99   time.Duration
	Max        time.Duration
	S5xx, S4xx int
	Failures   int
	FirstError string
}

func (l *latencies) summary() summary {
	l.mu.Lock()
	defer l.mu.Unlock()
	d := slices.Clone(l.d)
	slices.Sort(d)
	s := summary{N: len(d), S5xx: l.s5xx, S4xx: l.s4xx, Failures: l.failures, FirstError: l.first}
	if len(d) > 0 {
		s.P50, s.P99, s.Max = rank(d, 0.50), rank(d, 0.99), d[len(d)-1]
	}
	return s
}

// rank is the nearest-rank percentile of sorted durations.
func rank(d []time.Duration, p float64) time.Duration {
	i := max(int(math.Ceil(p*float64(len(d))))-1, 0)
	return d[i]
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f", float64(d)/float64(time.Millisecond)) }

func (s summary) row(name string) string {
	errs := ""
	if s.FirstError != "" {
		errs = " (first: " + s.FirstError + ")"
	}
	return fmt.Sprintf("| %s | %d | %s | %s | %s | %d | %d | %d%s |", name, s.N, ms(s.P50), ms(s.P99), ms(s.Max),
		s.S5xx, s.S4xx, s.Failures, errs)
}

const tableHead = "| requests | n | p50 ms | p99 ms | max ms | 5xx | 4xx | no answer |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"

// loadAverage is the machine's load (/proc/loadavg's first three fields).
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

// cpuTime is the CPU time (user and system) process pid has used so far,
// from /proc/pid/stat; 0 where there is no /proc. It moves with what else
// runs on the machine far less than the wall clock does (the same binary
// read 2.1–3.2 ms per article at loads where its rate went from 780 to 110
// articles/s), so a phase's CPU time per article compares two binaries run
// one right after the other on a busy machine.
func cpuTime(pid int) time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The fields after the command name (which may hold spaces), from the
	// state on: utime and stime are the 12th and 13th, in clock ticks.
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 {
		return 0
	}
	utime, err1 := strconv.ParseInt(f[11], 10, 64)
	stime, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0
	}
	return time.Duration(utime+stime) * time.Second / clockTicks
}

// clockTicks is the kernel's USER_HZ, the unit of /proc's times: 100 on
// every Linux that Go runs on.
const clockTicks = 100
