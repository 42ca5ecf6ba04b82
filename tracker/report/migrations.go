package report

import "github.com/lagesbild/lagesbild"

// Migrations are the report's own schema steps, in order, applied after the
// register's (tracker.Migrations). The report's tables (actions,
// article_tone, spokespersons, report_drafts, published_reports) were
// created by steps shipped as tracker/0003_actions and
// tracker/0004_lagesbild_report, which stay in tracker.Migrations so that
// existing databases see the same ids in the same order. New steps are
// named "report/0001_…".
var Migrations = []lagesbild.Migration{}
