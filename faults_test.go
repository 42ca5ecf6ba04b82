package lagesbild_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/internal/faulttest"
)

func TestOpenGivesUpOnADatabaseThatNeverAnswers(t *testing.T) {
	p := faulttest.NewProxy(t, "127.0.0.1:1") // nothing behind it: it only stalls
	p.Set(faulttest.Stall)
	start := time.Now()
	_, err := lagesbild.OpenWith(context.Background(), "postgres://x@"+p.Addr()+"/db?sslmode=disable", "",
		lagesbild.Options{ConnectTimeout: time.Second, StatementTimeout: time.Second})
	if err == nil || !lagesbild.Unavailable(err) {
		t.Errorf("err = %v, want one that says the database is unavailable", err)
	}
	if d := time.Since(start); d > 4*time.Second {
		t.Errorf("gave up after %s, want about 1 s", d)
	}
}

func TestStatementsAreBoundedAndTheDatabaseComesBack(t *testing.T) {
	p := faulttest.NewProxy(t, dbtest.TestPostgresAddr(t))
	db := dbtest.OpenTestPostgresVia(t, nil, p.Addr(), lagesbild.Options{ConnectTimeout: time.Second, StatementTimeout: time.Second})
	query := func() (time.Duration, error) {
		start := time.Now()
		var n int
		err := db.WithContext(context.Background()).Raw("SELECT 1").Scan(&n).Error
		return time.Since(start), err
	}
	if _, err := query(); err != nil {
		t.Fatal(err)
	}
	for _, m := range faulttest.Faults {
		t.Run(m.Name, func(t *testing.T) {
			p.Set(m.Mode)
			d, err := query()
			if !lagesbild.Unavailable(err) || d > 3*time.Second {
				t.Errorf("query took %s and gave %v; want an unavailable error within about 1 s", d, err)
			}
			p.Set(faulttest.Pass)
			var last error
			for range 5 { // the pool drops the broken connections and makes new ones
				if _, last = query(); last == nil {
					break
				}
			}
			if last != nil {
				t.Errorf("no recovery after the database came back: %v", last)
			}
		})
	}
}

func TestFaultsAreTold(t *testing.T) {
	tests := map[string]struct {
		err                  error
		unavailable, storage bool
	}{
		"deadline":        {fmt.Errorf("load case: %w", context.DeadlineExceeded), true, false},
		"cancelled":       {context.Canceled, false, false},
		"sqlite full":     {fmt.Errorf("database or disk is full (13)"), false, true},
		"something else":  {fmt.Errorf("syntax error"), false, false},
		"nil":             {nil, false, false},
		"refused by name": {fmt.Errorf("failed to connect to `host=x`: dial error: connect: connection refused"), true, false},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := lagesbild.Unavailable(tt.err); got != tt.unavailable {
				t.Errorf("Unavailable = %v", got)
			}
			if got := lagesbild.StorageFull(tt.err); got != tt.storage {
				t.Errorf("StorageFull = %v", got)
			}
		})
	}
}
