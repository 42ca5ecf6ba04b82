package report

import (
	"github.com/lagesbild/lagesbild"
	"gorm.io/gorm"
)

// Migrations are the report's own schema steps, in order, applied after the
// register's (tracker.Migrations). The report's tables (actions,
// article_tone, spokespersons, report_drafts, published_reports) were
// created by steps shipped as tracker/0003_actions and
// tracker/0004_lagesbild_report, which stay in tracker.Migrations so that
// existing databases see the same ids in the same order. New steps are
// named "report/0001_…".
var Migrations = []lagesbild.Migration{
	{ID: "report/0001_spokesperson_phone", Up: func(tx *gorm.DB) error {
		// The phone is for the internal version of the report only.
		return tx.Exec(`ALTER TABLE spokespersons ADD COLUMN phone VARCHAR(50) NOT NULL DEFAULT ''`).Error
	}},
	{ID: "report/0002_period_start", Up: func(tx *gorm.DB) error {
		// A report "since the last one" starts at an instant (RFC 3339, UTC);
		// '' is a period of whole days. It is part of the draft's and the
		// published report's key, so that it never shares a day's draft.
		return execAll(tx,
			`ALTER TABLE report_drafts ADD COLUMN period_start VARCHAR(40) NOT NULL DEFAULT ''`,
			`ALTER TABLE published_reports ADD COLUMN period_start VARCHAR(40) NOT NULL DEFAULT ''`,
			`DROP INDEX report_drafts_period`,
			`CREATE UNIQUE INDEX report_drafts_period ON report_drafts (period_from, period_to, topic, period_start)`,
			`DROP INDEX published_reports_version`,
			`CREATE UNIQUE INDEX published_reports_version ON published_reports (period_from, period_to, topic, period_start, version)`,
		)
	}},
	{ID: "report/0003_draft_basis", Up: func(tx *gorm.DB) error {
		// The figures the draft's text was written against (JSON, a Basis); '' unknown.
		return tx.Exec(`ALTER TABLE report_drafts ADD COLUMN basis TEXT NOT NULL DEFAULT ''`).Error
	}},
}

func execAll(tx *gorm.DB, stmts ...string) error {
	for _, s := range stmts {
		if err := tx.Exec(s).Error; err != nil {
			return err
		}
	}
	return nil
}
