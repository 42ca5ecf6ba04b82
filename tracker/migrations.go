package tracker

import (
	"time"

	"github.com/lagesbild/lagesbild"
	"gorm.io/gorm"
)

// The tables as they were at each step. Never edit a shipped step; add one.
type caseV1 struct {
	ID                int64     `gorm:"primaryKey"`
	Number            string    `gorm:"size:20;not null;uniqueIndex:cases_number"`
	Kind              string    `gorm:"size:20;not null;uniqueIndex:cases_kind_year_seq,priority:1"`
	Year              int       `gorm:"not null;uniqueIndex:cases_kind_year_seq,priority:2"`
	Seq               int       `gorm:"not null;uniqueIndex:cases_kind_year_seq,priority:3"`
	Status            string    `gorm:"size:20;not null"`
	Subject           string    `gorm:"size:300;not null"`
	Description       string    `gorm:"type:text;not null;default:''"`
	Channel           string    `gorm:"size:20;not null"`
	ReceivedAt        time.Time `gorm:"not null;index:cases_received_at"`
	DueAt             time.Time `gorm:"not null"`
	DeadlineAt        *time.Time
	RequesterName     string     `gorm:"size:200;not null;default:''"`
	RequesterEmail    string     `gorm:"size:200;not null;default:''"`
	RequesterPhone    string     `gorm:"size:50;not null;default:''"`
	RequesterOutlet   string     `gorm:"size:200;not null;default:''"`
	Assignee          string     `gorm:"size:100;not null;default:''"`
	Unit              string     `gorm:"size:200;not null;default:''"`
	OutcomeAt         *time.Time `gorm:"index:cases_outcome_at"`
	ClosedAt          *time.Time
	LegalGround       string `gorm:"size:300;not null;default:''"`
	Reasoning         string `gorm:"type:text;not null;default:''"`
	AppealInstruction string `gorm:"type:text;not null;default:''"`
	DecidedBy         string `gorm:"size:100;not null;default:''"`
	ForwardedTo       string `gorm:"size:300;not null;default:''"`
	DeliveredAt       *time.Time
	AppealDeadline    *time.Time
	ParentID          *int64  `gorm:"index:cases_parent_id"`
	IdempotencyKey    *string `gorm:"size:200"`
	IdempotencyHash   string  `gorm:"size:64;not null;default:''"`
	CreatedBy         string  `gorm:"size:100;not null"`
	CreatedAt         time.Time
	UpdatedAt         time.Time
}

func (caseV1) TableName() string { return "cases" }

type caseCounterV1 struct {
	Kind string `gorm:"primaryKey;size:20"`
	Year int    `gorm:"primaryKey;autoIncrement:false"`
	Last int    `gorm:"not null"`
}

func (caseCounterV1) TableName() string { return "case_counters" }

type eventV1 struct {
	ID     int64     `gorm:"primaryKey"`
	CaseID int64     `gorm:"not null;index:case_events_case_id"`
	At     time.Time `gorm:"not null"`
	Actor  string    `gorm:"size:100;not null"`
	Type   string    `gorm:"size:40;not null"`
	Data   string    `gorm:"type:text;not null"`
}

func (eventV1) TableName() string { return "case_events" }

type caseTopicV1 struct {
	CaseID int64  `gorm:"primaryKey"`
	Topic  string `gorm:"primaryKey;size:100"`
}

func (caseTopicV1) TableName() string { return "case_topics" }

type userV1 struct {
	ID           int64  `gorm:"primaryKey"`
	Username     string `gorm:"size:100;not null;uniqueIndex:users_username"`
	Name         string `gorm:"size:200;not null;default:''"`
	Role         string `gorm:"size:20;not null"`
	PasswordHash string `gorm:"size:100;not null;default:''"`
	Delegations  string `gorm:"size:2000;not null;default:''"`
	Disabled     bool   `gorm:"not null;default:false"`
	CreatedAt    time.Time
}

func (userV1) TableName() string { return "users" }

type tokenV1 struct {
	ID         int64  `gorm:"primaryKey"`
	UserID     int64  `gorm:"not null;index:api_tokens_user_id"`
	Name       string `gorm:"size:200;not null;default:''"`
	Hash       string `gorm:"size:64;not null;uniqueIndex:api_tokens_hash"`
	CreatedAt  time.Time
	LastUsedAt *time.Time
}

func (tokenV1) TableName() string { return "api_tokens" }

type sessionV1 struct {
	Hash      string    `gorm:"primaryKey;size:64"`
	UserID    int64     `gorm:"not null"`
	CreatedAt time.Time `gorm:"not null"`
	ExpiresAt time.Time `gorm:"not null;index:sessions_expires_at"`
}

func (sessionV1) TableName() string { return "sessions" }

type actionV1 struct {
	ID        int64  `gorm:"primaryKey"`
	Date      string `gorm:"size:10;not null;index:actions_date"` // YYYY-MM-DD, a calendar day
	Kind      string `gorm:"size:30;not null"`
	Title     string `gorm:"size:500;not null"`
	URL       string `gorm:"size:2000;not null;default:''"`
	CreatedBy string `gorm:"size:100;not null"`
	CreatedAt time.Time
}

func (actionV1) TableName() string { return "actions" }

type articleToneV1 struct {
	ArticleID   int64     `gorm:"primaryKey;autoIncrement:false"`
	Tone        string    `gorm:"size:20;not null"`
	CorrectedBy string    `gorm:"size:100;not null"`
	CorrectedAt time.Time `gorm:"not null"`
}

func (articleToneV1) TableName() string { return "article_tone" }

type spokespersonV1 struct {
	ID        int64  `gorm:"primaryKey"`
	Name      string `gorm:"size:200;not null;uniqueIndex:spokespersons_name"`
	Title     string `gorm:"size:300;not null;default:''"`
	Unit      string `gorm:"size:200;not null;default:''"`
	Active    bool   `gorm:"not null;default:true"`
	CreatedAt time.Time
}

func (spokespersonV1) TableName() string { return "spokespersons" }

type reportDraftV1 struct {
	ID         int64     `gorm:"primaryKey"`
	PeriodFrom string    `gorm:"size:10;not null;uniqueIndex:report_drafts_period,priority:1"`
	PeriodTo   string    `gorm:"size:10;not null;uniqueIndex:report_drafts_period,priority:2"`
	Topic      string    `gorm:"size:100;not null;default:'';uniqueIndex:report_drafts_period,priority:3"`
	Narrative  string    `gorm:"type:text;not null"` // JSON: the bullets per heading
	UpdatedBy  string    `gorm:"size:100;not null"`
	CreatedAt  time.Time `gorm:"not null"`
	UpdatedAt  time.Time `gorm:"not null"`
}

func (reportDraftV1) TableName() string { return "report_drafts" }

type publishedReportV1 struct {
	ID          int64     `gorm:"primaryKey"`
	PeriodFrom  string    `gorm:"size:10;not null;uniqueIndex:published_reports_version,priority:1"`
	PeriodTo    string    `gorm:"size:10;not null;uniqueIndex:published_reports_version,priority:2"`
	Topic       string    `gorm:"size:100;not null;default:'';uniqueIndex:published_reports_version,priority:3"`
	Version     int       `gorm:"not null;uniqueIndex:published_reports_version,priority:4"`
	Report      string    `gorm:"type:text;not null"` // the composed Report as JSON, frozen
	CompiledAt  time.Time `gorm:"not null"`
	PublishedBy string    `gorm:"size:100;not null"`
	PublishedAt time.Time `gorm:"not null;index:published_reports_published_at"`
}

func (publishedReportV1) TableName() string { return "published_reports" }

type caseArticleV1 struct {
	CaseID    int64     `gorm:"primaryKey;autoIncrement:false"`
	ArticleID int64     `gorm:"primaryKey;autoIncrement:false;index:case_articles_article_id"`
	LinkedBy  string    `gorm:"size:100;not null"`
	LinkedAt  time.Time `gorm:"not null"`
}

func (caseArticleV1) TableName() string { return "case_articles" }

// Migrations are the register's schema steps, in order.
var Migrations = []lagesbild.Migration{
	{ID: "tracker/0001_users", Up: func(tx *gorm.DB) error {
		return tx.Migrator().CreateTable(&userV1{}, &tokenV1{}, &sessionV1{})
	}},
	{ID: "tracker/0002_cases", Up: func(tx *gorm.DB) error {
		if err := tx.Migrator().CreateTable(&caseV1{}, &caseCounterV1{}, &eventV1{}, &caseTopicV1{}); err != nil {
			return err
		}
		for _, stmt := range []string{
			// The triage page asks only about open cases: keep that set small to scan.
			`CREATE INDEX cases_open_due ON cases (due_at) WHERE outcome_at IS NULL`,
			`CREATE INDEX cases_open_assignee ON cases (assignee, due_at) WHERE outcome_at IS NULL`,
			`CREATE UNIQUE INDEX cases_idempotency ON cases (created_by, idempotency_key) WHERE idempotency_key IS NOT NULL`,
			`CREATE INDEX case_topics_topic ON case_topics (topic)`,
		} {
			if err := tx.Exec(stmt).Error; err != nil {
				return err
			}
		}
		return appendOnly(tx, "case_events")
	}},
	{ID: "tracker/0003_actions", Up: func(tx *gorm.DB) error {
		return tx.Migrator().CreateTable(&actionV1{})
	}},
	{ID: "tracker/0004_lagesbild_report", Up: func(tx *gorm.DB) error {
		if err := tx.Migrator().CreateTable(&articleToneV1{}, &spokespersonV1{}, &reportDraftV1{}, &publishedReportV1{}); err != nil {
			return err
		}
		// A published report is a snapshot: the database refuses to change it.
		return appendOnly(tx, "published_reports")
	}},
	// Articles linked to cases. No foreign key to articles: they are
	// ingest's, and a feed may be removed with its articles.
	{ID: "tracker/0005_case_articles", Up: func(tx *gorm.DB) error {
		return tx.Migrator().CreateTable(&caseArticleV1{})
	}},
	// Credentials that can be taken back: a title on users, who made a token
	// and when it expires, and an append-only trail of who changed which account.
	{ID: "tracker/0006_credentials", Up: func(tx *gorm.DB) error {
		if err := tx.Migrator().AddColumn(&userV2{}, "Title"); err != nil {
			return err
		}
		for _, col := range []string{"CreatedBy", "ExpiresAt"} {
			if err := tx.Migrator().AddColumn(&tokenV2{}, col); err != nil {
				return err
			}
		}
		if err := tx.Migrator().CreateTable(&auditEventV1{}); err != nil {
			return err
		}
		return appendOnly(tx, "audit_events")
	}},
	// Decisions: their basis, who signed them and on which delegation, a
	// release's conditions (förbehåll), and the table of OSL provisions.
	{ID: "tracker/0007_decisions", Up: migrateDecisions},
	// An official's refusal and the requester's request for a written decision (OSL 6 kap. 3 §).
	{ID: "tracker/0008_official_refusal", Up: migrateOfficialRefusal},
	// Press inquiries: type, who was asked, an internal deadline, the answer or the reason for declining.
	{ID: "tracker/0009_press_inquiry", Up: migratePressInquiry},
	// Appeals of decisions: received, checked for time, sent to the court.
	{ID: "tracker/0010_appeals", Up: migrateAppeals},
	// The public register: a case whose subject is secret, with the provision.
	{ID: "tracker/0011_secret_subject", Up: migrateSecretSubject},
	// Culling: a hold per case, the culling mark, and the one controlled way
	// to redact the audit trail (a recorded redaction).
	{ID: "tracker/0012_retention", Up: migrateRetention},
	// A request's life: waiting for the requester, part deliveries and fees,
	// duplicate and related cases, reconsideration and the court's outcome.
	{ID: "tracker/0013_request_life", Up: migrateRequestLife},
	// The register's figures of a report read from indexes alone.
	{ID: "tracker/0014_register_figure_indexes", Up: migrateRegisterFigureIndexes},
	// A user's own e-mail address: where their alerts and morning digest go.
	{ID: "tracker/0015_user_email", Up: func(tx *gorm.DB) error { return tx.Migrator().AddColumn(&userV3{}, "Email") }},
	{ID: "tracker/0017_triage_indexes", Up: migrateTriageIndexes},
	// The triage page's counts kept by the database as the cases change.
	{ID: "tracker/0018_open_case_tallies", Up: migrateOpenCaseTallies},
	// PostgreSQL counts the open cases again (see dropPostgresTallies).
	{ID: "tracker/0019_no_tallies_on_postgres", Up: dropPostgresTallies},
	// PostgreSQL tallies the open cases in rows that are only added.
	{ID: "tracker/0020_open_case_tally_on_postgres", Up: migratePostgresTally},
}

// dropPostgresTallies removes the tallies of 0018 from PostgreSQL. There
// many writers run at once, and a tally row (the unassigned, a due day) is
// locked by every write that touches an open case until it commits: a press
// inquiry registered with its document request (two counters, then the
// tallies) deadlocked against plain registrations (a counter, then the same
// tally row; a review reproduced 80 of 120 failing with SQLSTATE 40P01), and
// every write on an unassigned case queued on one row. PostgreSQL's triage
// counts were never the page's cost there (its partial index); SQLite, with
// its one writer, keeps the tallies.
func dropPostgresTallies(tx *gorm.DB) error {
	if !lagesbild.IsPostgres(tx) {
		return nil
	}
	return execEach(tx,
		`DROP TRIGGER IF EXISTS cases_tally_insert ON cases`,
		`DROP TRIGGER IF EXISTS cases_tally_update ON cases`,
		`DROP TRIGGER IF EXISTS cases_tally_delete ON cases`,
		`DROP FUNCTION IF EXISTS lagesbild_tally_open_cases()`,
		`DROP TABLE IF EXISTS open_cases_by_due_day`,
		`DROP TABLE IF EXISTS open_cases_by_assignee`,
	)
}

// changesTally: a case counts in a tally when it is open; an update counts
// when it changes what the tallies see of an open case (before or after).
const changesTally = `(OLD.outcome_at IS NULL OR NEW.outcome_at IS NULL) AND
		(OLD.outcome_at IS NOT NULL OR NEW.outcome_at IS NOT NULL OR OLD.due_at <> NEW.due_at OR OLD.assignee <> NEW.assignee)`

// postgresTallyTriggers call lagesbild_tally_open_cases (0018's and
// 0020's) when a case opens, closes, or an open case changes its due date
// or assignee, or is removed.
var postgresTallyTriggers = [3]string{
	`CREATE TRIGGER cases_tally_insert AFTER INSERT ON cases FOR EACH ROW
		WHEN (NEW.outcome_at IS NULL) EXECUTE FUNCTION lagesbild_tally_open_cases()`,
	`CREATE TRIGGER cases_tally_update AFTER UPDATE OF outcome_at, due_at, assignee ON cases FOR EACH ROW
		WHEN (` + changesTally + `) EXECUTE FUNCTION lagesbild_tally_open_cases()`,
	`CREATE TRIGGER cases_tally_delete AFTER DELETE ON cases FOR EACH ROW
		WHEN (OLD.outcome_at IS NULL) EXECUTE FUNCTION lagesbild_tally_open_cases()`,
}

// migratePostgresTally tallies the open cases on PostgreSQL in rows that
// are only ever added: a trigger adds +1 for a day and assignee where a
// case opens or moves to, −1 where it leaves, and locks no row another
// writer could want, so the tallies of 0018 (hot rows, the deadlocks of
// dropPostgresTallies) do not come back. The counts are sums over the rows
// (Store.triage), and Store.CompactTally folds them into one a day and
// assignee now and then so that the sums stay short.
//
// Counting the open cases themselves was the register's dearest statement
// under the load benchmark's mixed load: 3.1 ms a triage page at 2,000 open
// cases of 20,000 (pg_stat_statements), a third of PostgreSQL's time, most
// of it in fetching rows the index-only scan could not trust (rows of
// recently moved cases). The same binary without those counts answered
// 50 % more requests in the same 30 s (bench/RESULTS.md).
func migratePostgresTally(tx *gorm.DB) error {
	if !lagesbild.IsPostgres(tx) {
		return nil
	}
	return execEach(tx,
		`CREATE TABLE open_case_tally (id BIGSERIAL PRIMARY KEY, due_day VARCHAR(10) NOT NULL, assignee VARCHAR(100) NOT NULL, n BIGINT NOT NULL)`,
		`CREATE FUNCTION lagesbild_tally_open_cases() RETURNS trigger AS $$
BEGIN
	IF TG_OP <> 'INSERT' THEN
		IF OLD.outcome_at IS NULL THEN
			INSERT INTO open_case_tally (due_day, assignee, n)
				VALUES (to_char(OLD.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), OLD.assignee, -1);
		END IF;
	END IF;
	IF TG_OP <> 'DELETE' THEN
		IF NEW.outcome_at IS NULL THEN
			INSERT INTO open_case_tally (due_day, assignee, n)
				VALUES (to_char(NEW.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), NEW.assignee, 1);
		END IF;
	END IF;
	RETURN NULL;
END $$ LANGUAGE plpgsql`,
		postgresTallyTriggers[0], postgresTallyTriggers[1], postgresTallyTriggers[2],
		`INSERT INTO open_case_tally (due_day, assignee, n)
			SELECT to_char(due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), assignee, COUNT(*) FROM cases WHERE outcome_at IS NULL GROUP BY 1, 2`,
	)
}

// migrateRegisterFigureIndexes lets the figures of a report's register
// (Store.RegisterFigures) be counted from indexes without reading the cases
// themselves: received in a period (kind and outlet beside the time), decided
// in it or after it (what the figures ask of a decided case), and open
// (partial, as cases_open_due). The wider indexes replace the ones on the
// time alone, whose every use they serve.
func migrateRegisterFigureIndexes(tx *gorm.DB) error {
	return execEach(tx,
		`DROP INDEX IF EXISTS cases_received_at`,
		`CREATE INDEX cases_received_figures ON cases (received_at, kind, requester_outlet)`,
		`DROP INDEX IF EXISTS cases_outcome_at`,
		`CREATE INDEX cases_outcome_figures ON cases (outcome_at, kind, received_at, due_at, decision_status, legal_ground)`,
		`CREATE INDEX cases_open_figures ON cases (kind, received_at, due_at) WHERE outcome_at IS NULL`,
	)
}

// migrateTriageIndexes serves the triage page from indexes alone. SQLite
// answered its counts (open, overdue, due today, unassigned, mine) from
// cases_outcome_figures, the index that starts with outcome_at, and read
// every open case's row for its assignee (15 ms of the page at 100,000
// cases); with the assignee in that index the counts read no row. And the
// list of open cases by due date (the page's default and its overdue view)
// was sorted in a temporary tree after reading every open row; an index on
// (outcome_at, due_at) gives them in order, so the page reads its 50.
func migrateTriageIndexes(tx *gorm.DB) error {
	return execEach(tx,
		`DROP INDEX IF EXISTS cases_outcome_figures`,
		`CREATE INDEX cases_outcome_figures ON cases (outcome_at, kind, received_at, due_at, decision_status, legal_ground, assignee)`,
		`CREATE INDEX cases_outcome_due ON cases (outcome_at, due_at)`,
	)
}

// migrateOpenCaseTallies keeps the open cases counted by due day (UTC) and
// by assignee, in two small tables that triggers on cases update in the
// writing statement's own transaction. The triage page counted the open
// cases by reading every one of them: 17 % of the server's CPU under 50
// clients on SQLite, where the register's new cases doubled the open set
// within the minute. From the tallies it reads a row per day with open cases,
// a row per assignee and the few cases due today (Store.Triage).
//
// Triggers, not the store's write paths, keep them: every write that opens,
// closes, reassigns, moves the due date of or removes a case (culling too)
// goes through them, so no path can forget one. A tally that reaches zero is
// removed, so the tables hold only the days and assignees with open cases.
func migrateOpenCaseTallies(tx *gorm.DB) error {
	stmts := []string{
		`CREATE TABLE open_cases_by_due_day (due_day VARCHAR(10) PRIMARY KEY, n BIGINT NOT NULL)`,
		`CREATE TABLE open_cases_by_assignee (assignee VARCHAR(100) PRIMARY KEY, n BIGINT NOT NULL)`,
	}
	if lagesbild.IsPostgres(tx) {
		// One function for the three triggers. Each table is written in one
		// statement that takes its rows in key order, so two transactions that
		// move cases between the same two days or assignees in opposite
		// directions cannot deadlock.
		stmts = append(stmts, `CREATE FUNCTION lagesbild_tally_open_cases() RETURNS trigger AS $$
DECLARE
	old_day text; new_day text; old_who text; new_who text;
BEGIN
	IF TG_OP <> 'INSERT' THEN
		IF OLD.outcome_at IS NULL THEN
			old_day := to_char(OLD.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD');
			old_who := OLD.assignee;
		END IF;
	END IF;
	IF TG_OP <> 'DELETE' THEN
		IF NEW.outcome_at IS NULL THEN
			new_day := to_char(NEW.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD');
			new_who := NEW.assignee;
		END IF;
	END IF;
	INSERT INTO open_cases_by_due_day AS t (due_day, n)
		SELECT k, SUM(d) FROM (VALUES (old_day, -1), (new_day, 1)) AS v(k, d) WHERE k IS NOT NULL GROUP BY k ORDER BY k
		ON CONFLICT (due_day) DO UPDATE SET n = t.n + EXCLUDED.n;
	INSERT INTO open_cases_by_assignee AS t (assignee, n)
		SELECT k, SUM(d) FROM (VALUES (old_who, -1), (new_who, 1)) AS v(k, d) WHERE k IS NOT NULL GROUP BY k ORDER BY k
		ON CONFLICT (assignee) DO UPDATE SET n = t.n + EXCLUDED.n;
	DELETE FROM open_cases_by_due_day WHERE due_day IN (old_day, new_day) AND n = 0;
	DELETE FROM open_cases_by_assignee WHERE assignee IN (old_who, new_who) AND n = 0;
	RETURN NULL;
END $$ LANGUAGE plpgsql`,
			postgresTallyTriggers[0], postgresTallyTriggers[1], postgresTallyTriggers[2],
			`INSERT INTO open_cases_by_due_day (due_day, n) SELECT to_char(due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), COUNT(*)
				FROM cases WHERE outcome_at IS NULL GROUP BY 1`,
		)
	} else {
		// SQLite has one writer: the order of the rows does not matter. Its
		// times are text with their offset, which date() reads as UTC.
		const (
			countNew = `INSERT INTO open_cases_by_due_day (due_day, n) VALUES (date(NEW.due_at), 1)
				ON CONFLICT (due_day) DO UPDATE SET n = n + 1;
			INSERT INTO open_cases_by_assignee (assignee, n) VALUES (NEW.assignee, 1)
				ON CONFLICT (assignee) DO UPDATE SET n = n + 1;`
			uncountOld = `UPDATE open_cases_by_due_day SET n = n - 1 WHERE due_day = date(OLD.due_at);
			DELETE FROM open_cases_by_due_day WHERE due_day = date(OLD.due_at) AND n = 0;
			UPDATE open_cases_by_assignee SET n = n - 1 WHERE assignee = OLD.assignee;
			DELETE FROM open_cases_by_assignee WHERE assignee = OLD.assignee AND n = 0;`
		)
		stmts = append(stmts,
			`CREATE TRIGGER cases_tally_insert AFTER INSERT ON cases WHEN NEW.outcome_at IS NULL BEGIN `+countNew+` END`,
			`CREATE TRIGGER cases_tally_update_old AFTER UPDATE OF outcome_at, due_at, assignee ON cases
				WHEN OLD.outcome_at IS NULL AND `+changesTally+` BEGIN `+uncountOld+` END`,
			`CREATE TRIGGER cases_tally_update_new AFTER UPDATE OF outcome_at, due_at, assignee ON cases
				WHEN NEW.outcome_at IS NULL AND `+changesTally+` BEGIN `+countNew+` END`,
			`CREATE TRIGGER cases_tally_delete AFTER DELETE ON cases WHEN OLD.outcome_at IS NULL BEGIN `+uncountOld+` END`,
			`INSERT INTO open_cases_by_due_day (due_day, n) SELECT date(due_at), COUNT(*) FROM cases WHERE outcome_at IS NULL GROUP BY 1`,
		)
	}
	stmts = append(stmts, `INSERT INTO open_cases_by_assignee (assignee, n) SELECT assignee, COUNT(*) FROM cases WHERE outcome_at IS NULL GROUP BY assignee`)
	return execEach(tx, stmts...)
}

type userV2 struct {
	userV1
	Title string `gorm:"size:200;not null;default:''"`
}

func (userV2) TableName() string { return "users" }

type userV3 struct {
	userV2
	Email string `gorm:"size:300;not null;default:''"`
}

func (userV3) TableName() string { return "users" }

type tokenV2 struct {
	tokenV1
	CreatedBy string `gorm:"size:100;not null;default:''"`
	ExpiresAt *time.Time
}

func (tokenV2) TableName() string { return "api_tokens" }

type auditEventV1 struct {
	ID      int64     `gorm:"primaryKey"`
	At      time.Time `gorm:"not null;index:audit_events_at"`
	Actor   string    `gorm:"size:100;not null"`
	Type    string    `gorm:"size:40;not null"`
	Subject string    `gorm:"size:200;not null;default:''"`
	Data    string    `gorm:"type:text;not null"`
}

func (auditEventV1) TableName() string { return "audit_events" }

// execEach runs a migration's statements in order, stopping at the first
// that fails.
func execEach(tx *gorm.DB, stmts ...string) error {
	for _, stmt := range stmts {
		if err := tx.Exec(stmt).Error; err != nil {
			return err
		}
	}
	return nil
}

// appendOnly makes the database itself refuse to change or remove rows of table.
func appendOnly(tx *gorm.DB, table string) error {
	if lagesbild.IsPostgres(tx) {
		if err := tx.Exec(`CREATE OR REPLACE FUNCTION lagesbild_append_only() RETURNS trigger AS $$
BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END; $$ LANGUAGE plpgsql`).Error; err != nil {
			return err
		}
		return tx.Exec(`CREATE TRIGGER ` + table + `_append_only BEFORE UPDATE OR DELETE ON ` + table +
			` FOR EACH ROW EXECUTE FUNCTION lagesbild_append_only()`).Error
	}
	for _, op := range []string{"UPDATE", "DELETE"} {
		if err := tx.Exec(`CREATE TRIGGER ` + table + `_no_` + op + ` BEFORE ` + op + ` ON ` + table +
			` BEGIN SELECT RAISE(ABORT, '` + table + ` is append-only'); END`).Error; err != nil {
			return err
		}
	}
	return nil
}
