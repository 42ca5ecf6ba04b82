package web

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild/tracker"
)

type retentionRuleJSON struct {
	ID     string       `json:"id"`
	Kind   tracker.Kind `json:"kind"`
	Months int          `json:"months"`
	Label  string       `json:"label"`
}

type cullableJSON struct {
	ID      int64        `json:"id"`
	Number  string       `json:"number"`
	Kind    tracker.Kind `json:"kind"`
	EndedAt string       `json:"ended_at"`
	Rule    string       `json:"rule"`
}

// apiRetention is GET /api/v1/retention: the culling rules and the cases a
// run would cull now (the dry run), for administrators.
func (h *handler) apiRetention(c *gin.Context) {
	due, err := h.store.DueForCulling(c.Request.Context(), actor(c))
	if err != nil {
		h.fail(c, err)
		return
	}
	rules := []retentionRuleJSON{}
	for _, r := range h.store.Retention() {
		rules = append(rules, retentionRuleJSON{ID: r.ID(), Kind: r.Kind, Months: r.Months, Label: r.Label()})
	}
	cases := make([]cullableJSON, len(due))
	for i, d := range due {
		cases[i] = cullableJSON{ID: d.ID, Number: d.Number, Kind: d.Kind, EndedAt: rfc3339(d.EndedAt), Rule: d.Rule}
	}
	c.JSON(http.StatusOK, gin.H{"rules": rules, "due": cases})
}
