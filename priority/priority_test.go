package priority

import (
	"context"
	"testing"
	"time"
)

func TestYieldReturnsAtOnceWhenNobodyWaits(t *testing.T) {
	f := New()
	done := make(chan struct{})
	go func() { f.Yield(context.Background()); close(done) }()
	select {
	case <-done:
	case <-time.After(time.Second):
		t.Fatal("Yield waited with no request being answered")
	}
}

func TestYieldWaitsForTheForegroundToFallQuiet(t *testing.T) {
	f := New()
	leave := f.Enter()
	returned := make(chan struct{})
	go func() { f.Yield(context.Background()); close(returned) }()
	leave()
	leave() // a second call changes nothing
	<-returned
	if n := f.Active(); n != 0 {
		t.Fatalf("Active() = %d after the request left, want 0", n)
	}
	// A new request after a quiet spell is counted again.
	leave = f.Enter()
	defer leave()
	if n := f.Active(); n != 1 {
		t.Fatalf("Active() = %d, want 1", n)
	}
}

// A request that never ends slows the background work by MaxYield a step,
// never stops it; an ended context ends the wait at once.
func TestYieldIsBounded(t *testing.T) {
	f := New()
	defer f.Enter()()
	returned := make(chan struct{})
	go func() { f.Yield(context.Background()); close(returned) }()
	select {
	case <-returned:
	case <-time.After(10 * time.Second):
		t.Fatal("Yield did not return after MaxYield with a request still being answered")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	returned = make(chan struct{})
	go func() { f.Yield(ctx); close(returned) }()
	<-returned
}

func TestNilForegroundNeverWaits(t *testing.T) {
	var f *Foreground
	f.Enter()()
	f.Yield(context.Background())
	if f.Active() != 0 {
		t.Fatal("a nil Foreground counts nothing")
	}
}

// A request's work arrives when the request came in until it steps aside;
// after that, and for work that serves no request, when it asks.
func TestWorkArrivesWithItsRequestUntilItStepsAside(t *testing.T) {
	came := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	ctx, stepAside := WithArrival(context.Background(), came)
	if got := ArrivedAt(ctx); !got.Equal(came) {
		t.Errorf("a request's work arrives at %v, want %v", got, came)
	}
	stepAside()
	if got := ArrivedAt(ctx); time.Since(got) > time.Minute {
		t.Errorf("after stepping aside its work arrives at %v, want now", got)
	}
	if got := ArrivedAt(context.Background()); time.Since(got) > time.Minute {
		t.Errorf("work for no request arrives at %v, want now", got)
	}
}
