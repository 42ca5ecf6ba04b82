package tracker_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/tracker"
	"gorm.io/gorm"
)

func TestPressInquiries(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		start := sthlm(t, "2025-03-10 09:00")
		s, _ := newStore(t, db, start)
		deadline, internal := sthlm(t, "2025-03-10 15:00"), sthlm(t, "2025-03-10 13:00")
		inquiry := func() tracker.NewCase {
			return tracker.NewCase{Kind: tracker.PressInquiry, Subject: "Väntetider på akuten", Channel: tracker.ChannelPhone,
				ReceivedAt: &start, DeadlineAt: &deadline, InternalDueAt: &internal, InquiryType: tracker.InquiryInterview,
				AskedWho: "Hälso- och sjukvårdsdirektören", Requester: tracker.Requester{Outlet: "Radio Väst"}}
		}

		t.Run("type, who was asked and both deadlines are kept", func(t *testing.T) {
			c := mustCreate(t, s, inquiry(), anna)
			if c.InquiryType != tracker.InquiryInterview || c.AskedWho == "" || c.InternalDueAt == nil || !c.InternalDueAt.Equal(internal) || !c.DueAt.Equal(deadline) {
				t.Errorf("got type %q asked %q internal %v due %v", c.InquiryType, c.AskedWho, c.InternalDueAt, c.DueAt)
			}
			if !c.InternalOverdue(sthlm(t, "2025-03-10 14:00")) || c.Overdue(sthlm(t, "2025-03-10 14:00")) {
				t.Error("at 14:00 the internal deadline has passed and the journalist's has not")
			}
		})

		bad := map[string]struct {
			edit  func(*tracker.NewCase)
			field string
		}{
			"unknown type": {func(in *tracker.NewCase) { in.InquiryType = "gossip" }, "type"},
			"internal deadline after the journalist's": {func(in *tracker.NewCase) { d := deadline.Add(time.Hour); in.InternalDueAt = &d }, "internal_due_at"},
			"internal deadline before receipt":         {func(in *tracker.NewCase) { d := start.Add(-time.Hour); in.InternalDueAt = &d }, "internal_due_at"},
			"a document request has no inquiry type": {func(in *tracker.NewCase) {
				in.Kind = tracker.DocumentRequest
				in.DeadlineAt, in.InternalDueAt = nil, nil
			}, "type"},
		}
		for name, tt := range bad {
			t.Run(name, func(t *testing.T) {
				in := inquiry()
				tt.edit(&in)
				_, err := s.CreateCase(ctx, in, anna)
				var v *tracker.ValidationError
				if !errors.As(err, &v) || v.Fields[tt.field] == "" {
					t.Errorf("CreateCase = %v, want a validation error on %s", err, tt.field)
				}
			})
		}

		t.Run("answered needs the answer, declined the reason", func(t *testing.T) {
			for to, field := range map[tracker.Status]string{tracker.StatusAnswered: "answer", tracker.StatusDeclined: "reason"} {
				c := mustCreate(t, s, inquiry(), anna)
				_, err := s.Transition(ctx, c.ID, tracker.Transition{To: to}, anna)
				var v *tracker.ValidationError
				if !errors.As(err, &v) || v.Fields[field] == "" {
					t.Errorf("%s without %s = %v, want a validation error", to, field, err)
				}
				got := mustMove(t, s, c.ID, anna, to)
				if got.Answer == "" && got.DeclineReason == "" {
					t.Errorf("%s: neither answer nor reason kept", to)
				}
			}
		})
	})
}
