// Package faulttest holds what the fault tests share: a TCP proxy that can
// refuse, stall or pass connections to a database. Only tests import it.
package faulttest

import (
	"net"
	"sync"
	"testing"
)

// Mode is what the proxy does with connections.
type Mode int

const (
	// Pass forwards every byte both ways.
	Pass Mode = iota
	// Refuse closes new connections at once and cuts the open ones, as a
	// database that is down.
	Refuse
	// Stall accepts connections and forwards nothing, either way, as a
	// database that accepts but never answers; open connections stall too.
	Stall
)

// Proxy sits between the app and a database.
type Proxy struct {
	ln     net.Listener
	target string

	mu    sync.Mutex
	mode  Mode
	gate  chan struct{} // closed when the mode leaves Stall
	conns map[net.Conn]struct{}
	wg    sync.WaitGroup
}

// NewProxy listens on 127.0.0.1 and forwards to target; it stops when the
// test ends.
func NewProxy(t testing.TB, target string) *Proxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &Proxy{ln: ln, target: target, gate: closedGate(), conns: map[net.Conn]struct{}{}}
	p.wg.Add(1)
	go p.accept()
	t.Cleanup(p.close)
	return p
}

func closedGate() chan struct{} {
	c := make(chan struct{})
	close(c)
	return c
}

// Addr is host:port of the proxy.
func (p *Proxy) Addr() string { return p.ln.Addr().String() }

// Set changes the mode. Refuse cuts every open connection; leaving Stall
// lets stalled bytes go on (or, into Refuse, cuts them).
func (p *Proxy) Set(m Mode) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if m == p.mode {
		return
	}
	if m == Stall {
		p.gate = make(chan struct{})
	} else if p.mode == Stall {
		close(p.gate)
	}
	p.mode = m
	if m == Refuse {
		for c := range p.conns {
			c.Close()
		}
	}
}

func (p *Proxy) accept() {
	defer p.wg.Done()
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		p.mu.Lock()
		mode := p.mode
		if mode != Refuse {
			p.conns[c] = struct{}{}
		}
		p.mu.Unlock()
		if mode == Refuse {
			c.Close()
			continue
		}
		p.wg.Add(1)
		go p.serve(c)
	}
}

func (p *Proxy) serve(c net.Conn) {
	defer p.wg.Done()
	defer p.drop(c)
	if !p.waitGate() {
		return
	}
	up, err := net.Dial("tcp", p.target)
	if err != nil {
		return
	}
	p.mu.Lock()
	p.conns[up] = struct{}{}
	p.mu.Unlock()
	defer p.drop(up)
	done := make(chan struct{}, 2)
	go func() { p.pipe(up, c); done <- struct{}{} }()
	go func() { p.pipe(c, up); done <- struct{}{} }()
	<-done
}

// waitGate blocks while the proxy stalls; false when the connection was cut.
func (p *Proxy) waitGate() bool {
	p.mu.Lock()
	gate := p.gate
	p.mu.Unlock()
	<-gate
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.mode != Refuse
}

// pipe copies src to dst, holding each chunk while the proxy stalls.
func (p *Proxy) pipe(dst, src net.Conn) {
	defer dst.Close()
	defer src.Close()
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		if n > 0 {
			if !p.waitGate() {
				return
			}
			if _, werr := dst.Write(buf[:n]); werr != nil {
				return
			}
		}
		if err != nil { // io.EOF included: the other side closes with us
			return
		}
	}
}

func (p *Proxy) drop(c net.Conn) {
	c.Close()
	p.mu.Lock()
	delete(p.conns, c)
	p.mu.Unlock()
}

func (p *Proxy) close() {
	p.ln.Close()
	p.Set(Refuse)
	p.wg.Wait()
}

// Faults are the ways a database fails that the tests go through.
var Faults = []struct {
	Name string
	Mode Mode
}{{"refused", Refuse}, {"stalled", Stall}}
