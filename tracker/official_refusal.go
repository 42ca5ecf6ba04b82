package tracker

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"
)

// OfficialRefusalNotice is what the requester is told when an official
// refuses (OSL 6 kap. 3 §): the official's no is not a decision that can be
// appealed, but the requester may ask for the authority to decide in writing.
func OfficialRefusalNotice(authority string) string {
	return "Du har fått ett nej från en handläggare. Det är inte ett beslut som kan överklagas. " +
		"Om du vill kan du begära att " + authority + " prövar din begäran och fattar ett skriftligt beslut; " +
		"ett sådant beslut kan du överklaga. Säg eller skriv till oss att du vill ha ett skriftligt beslut."
}

// checkOfficialMoves validates an official's refusal and a request for the
// authority's decision; the decider's rights are checked in tx.
func (s *Store) checkOfficialMoves(tx *gorm.DB, c *Case, tr *Transition, v *ValidationError) error {
	switch tr.To {
	case StatusOfficialRefusal:
		if tr.Reasoning == "" {
			v.Add("reasoning", "Skriv vad som sades till den som begärde handlingen och varför.")
		}
	case StatusDecisionRequested:
		if tr.RequestedAt != nil && tr.RequestedAt.After(s.now().Add(5*time.Minute)) {
			v.Add("requested_at", "Begäran om beslut kan inte ligga i framtiden.")
		}
		if tr.Decider == "" {
			v.Add("decider", "Välj vem som ska pröva begäran: någon med delegation för "+unitName(c.Unit)+".")
			return nil
		}
		var u User
		err := tx.Where("username = ?", tr.Decider).Take(&u).Error
		switch {
		case errors.Is(err, gorm.ErrRecordNotFound):
			v.Add("decider", "Det finns ingen användare med det namnet.")
		case err != nil:
			return err
		case u.Disabled || !u.Actor().CanDecide(c.Unit):
			who, err := deciders(tx, c.Unit)
			if err != nil {
				return err
			}
			v.Add("decider", fullName(&u)+" har ingen delegation för "+unitName(c.Unit)+"."+whoCan(who))
		}
	}
	return nil
}

// unitName is a unit as a sentence names it.
func unitName(unit string) string {
	if unit == "" {
		return "ärenden utan enhet"
	}
	return unit
}

// whoCan ends a refusal with the people who may do it instead.
func whoCan(us []User) string {
	if len(us) == 0 {
		return " Ingen har den delegationen; en administratör kan ge den."
	}
	names := make([]string, len(us))
	for i := range us {
		names[i] = fullName(&us[i])
	}
	if len(names) == 1 {
		return " " + names[0] + " har den."
	}
	return " " + strings.Join(names[:len(names)-1], ", ") + " och " + names[len(names)-1] + " har den."
}

// fullName is a user's name as lists show it, never the login name when a name is known.
func fullName(u *User) string {
	if u.Name != "" {
		return u.Name
	}
	return u.Username
}

// Deciders are the active users who may take decisions for the unit.
func (s *Store) Deciders(ctx context.Context, unit string) ([]User, error) {
	return deciders(s.db.WithContext(ctx), unit)
}

func deciders(db *gorm.DB, unit string) ([]User, error) {
	var us []User
	if err := db.Order("name, username").Find(&us).Error; err != nil {
		return nil, fmt.Errorf("list deciders: %w", err)
	}
	var out []User
	for _, u := range us {
		if !u.Disabled && u.Actor().CanDecide(unit) {
			out = append(out, u)
		}
	}
	return out, nil
}

func migrateOfficialRefusal(tx *gorm.DB) error {
	return tx.Exec(`ALTER TABLE cases ADD COLUMN decision_requested_at TIMESTAMP`).Error
}

// sayWhy turns a refused move into a sentence that says why and who can.
func sayWhy(tx *gorm.DB, c *Case, err error) error {
	switch {
	case errors.Is(err, ErrNoDelegation):
		who, lerr := deciders(tx, c.Unit)
		if lerr != nil {
			return lerr
		}
		return &Refusal{Why: "Kräver delegation för " + unitName(c.Unit) + "." + whoCan(who), base: ErrNoDelegation}
	case errors.Is(err, ErrForbidden):
		return Forbidden("Din roll kan läsa ärenden men inte handlägga dem; det gör presstjänsten och administratörer.")
	}
	return err
}

// BlockedMoves says, for each move the state machine allows but the actor may
// not make, why and who can ("Avslag: kräver delegation för X. Anna A har den.").
func (s *Store) BlockedMoves(ctx context.Context, c *Case, a Actor) ([]string, error) {
	var out []string
	for _, to := range NextStatuses(c) {
		err := a.mayMove(c, to)
		if err == nil {
			continue
		}
		err = sayWhy(s.db.WithContext(ctx), c, err)
		var r *Refusal
		if !errors.As(err, &r) {
			return nil, err
		}
		out = append(out, to.Label()+": "+r.Why)
	}
	// The reconsideration of an appeal (FL 39 §) is the decision maker's too.
	if a.Role.WorksRegister() && !a.MayReconsider(c) {
		var ap Appeal
		err := s.db.WithContext(ctx).Where("case_id = ?", c.ID).Order("id DESC").Limit(1).Find(&ap).Error
		if err != nil {
			return nil, fmt.Errorf("load the appeal of case %d: %w", c.ID, err)
		}
		if ap.ID != 0 && ap.AwaitsReconsideration() {
			who, err := deciders(s.db.WithContext(ctx), c.Unit)
			if err != nil {
				return nil, err
			}
			out = append(out, "Omprövning av överklagat beslut: kräver delegation för "+unitName(c.Unit)+"."+whoCan(who))
		}
	}
	return out, nil
}
