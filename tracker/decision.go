package tracker

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"gorm.io/gorm"
)

// Basis is what a refusal or partial refusal rests on.
type Basis string

const (
	BasisSecrecy          Basis = "secrecy"               // the information is secret (OSL)
	BasisNotOfficial      Basis = "not_official_document" // not an official document (TF 2 kap. 4–13 §§)
	BasisNoSuchDocument   Basis = "no_such_document"      // the authority holds no such document
	BasisOther            Basis = "other"                 // another ground, stated in the reasons
	defaultDecisionReason       = BasisSecrecy
)

// Bases lists every basis in display order.
var Bases = []Basis{BasisSecrecy, BasisNotOfficial, BasisNoSuchDocument, BasisOther}

// Valid tells whether b is a known basis.
func (b Basis) Valid() bool {
	for _, x := range Bases {
		if x == b {
			return true
		}
	}
	return false
}

// Label is the Swedish name of the basis.
func (b Basis) Label() string {
	switch b {
	case BasisSecrecy:
		return "Sekretess"
	case BasisNotOfficial:
		return "Inte en allmän handling"
	case BasisNoSuchDocument:
		return "Handlingen finns inte"
	case BasisOther:
		return "Annat skäl"
	}
	return string(b)
}

// Provision is one secrecy provision of offentlighets- och sekretesslagen
// (2009:400) that decisions can cite, as the admin keeps the table.
type Provision struct {
	ID        int64  `gorm:"primaryKey"`
	Chapter   int    // kap.
	Section   string `gorm:"size:10"` // §, e.g. "1" or "3 a"
	Paragraph string `gorm:"size:50"` // stycke, e.g. "första stycket"; empty for the whole section
	Name      string `gorm:"size:200"`
	CreatedAt time.Time
}

func (Provision) TableName() string { return "osl_provisions" }

// Citation is the provision as a decision cites it: "OSL 25 kap. 1 §".
func (p Provision) Citation() string {
	s := fmt.Sprintf("OSL %d kap. %s §", p.Chapter, p.Section)
	if p.Paragraph != "" {
		s += " " + p.Paragraph
	}
	return s
}

// oslCitation is the form a typed provision must have: "OSL 25 kap. 1 §",
// optionally with a letter ("3 a §"), a paragraph ("första stycket") and a point ("2 p.").
var oslCitation = regexp.MustCompile(`^OSL (\d{1,2}) kap\. (\d{1,3}(?: [a-z])?) §(?: (första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde) stycket)?(?: (\d{1,2}) p\.)?$`)

// OSL has 44 chapters.
const oslChapters = 44

// ParseLegalGround checks a typed provision against the form "OSL N kap. M §"
// and returns it with its spacing normalised.
func ParseLegalGround(s string) (string, bool) {
	s = strings.Join(strings.Fields(s), " ")
	m := oslCitation.FindStringSubmatch(s)
	if m == nil {
		return s, false
	}
	ch, _ := strconv.Atoi(m[1])
	if ch < 1 || ch > oslChapters || strings.HasPrefix(m[2], "0") {
		return s, false
	}
	return s, true
}

// defaultProvisions ship with the product; an admin may add and remove.
var defaultProvisions = []Provision{
	{Chapter: 15, Section: "1", Name: "Utrikessekretess"},
	{Chapter: 15, Section: "2", Name: "Försvarssekretess"},
	{Chapter: 18, Section: "1", Name: "Förundersökning i brottmål"},
	{Chapter: 18, Section: "8", Name: "Säkerhets- och bevakningsåtgärder"},
	{Chapter: 19, Section: "1", Name: "Myndighetens affärsverksamhet"},
	{Chapter: 19, Section: "3", Name: "Upphandling"},
	{Chapter: 21, Section: "1", Name: "Hälsa och sexualliv"},
	{Chapter: 21, Section: "3", Name: "Skyddade personuppgifter (adress m.m.)"},
	{Chapter: 21, Section: "7", Name: "Behandling i strid med dataskyddsregleringen"},
	{Chapter: 25, Section: "1", Name: "Hälso- och sjukvård"},
	{Chapter: 26, Section: "1", Name: "Socialtjänst"},
	{Chapter: 31, Section: "16", Name: "Enskildas affärsförhållanden i avtal med myndighet"},
	{Chapter: 39, Section: "3", Name: "Personalsocial verksamhet"},
}

// Provisions lists the table of OSL provisions, by chapter and section.
func (s *Store) Provisions(ctx context.Context) ([]Provision, error) {
	var ps []Provision
	if err := s.db.WithContext(ctx).Order("chapter, section, paragraph, id").Find(&ps).Error; err != nil {
		return nil, fmt.Errorf("list provisions: %w", err)
	}
	return ps, nil
}

// CanEditProvisions tells whether the role may change the table of OSL provisions.
func (r Role) CanEditProvisions() bool { return r == RoleAdmin }

// AddProvision adds a provision to the table (admins only).
func (s *Store) AddProvision(ctx context.Context, p Provision, a Actor) (*Provision, error) {
	if !a.Role.CanEditProvisions() {
		return nil, Forbidden("Bara en administratör kan ändra tabellen över sekretessbestämmelser.")
	}
	p.Section, p.Paragraph, p.Name = strings.TrimSpace(p.Section), strings.TrimSpace(p.Paragraph), strings.TrimSpace(p.Name)
	v := &ValidationError{}
	if p.Chapter < 1 || p.Chapter > oslChapters {
		v.Add("chapter", fmt.Sprintf("Kapitel 1–%d.", oslChapters))
	}
	if _, ok := ParseLegalGround(p.Citation()); !ok {
		v.Add("section", "Paragrafen ska skrivas som \"1\" eller \"3 a\", stycket som \"första stycket\".")
	}
	if p.Name == "" || utf8.RuneCountInString(p.Name) > 200 {
		v.Add("name", "Skriv en kort benämning (högst 200 tecken).")
	}
	if v.Any() {
		return nil, v
	}
	p.ID, p.CreatedAt = 0, s.now()
	if err := s.db.WithContext(ctx).Create(&p).Error; err != nil {
		return nil, fmt.Errorf("add provision: %w", err)
	}
	return &p, nil
}

// DeleteProvision removes a provision from the table (admins only); decisions
// that cited it keep their text.
func (s *Store) DeleteProvision(ctx context.Context, id int64, a Actor) error {
	if !a.Role.CanEditProvisions() {
		return Forbidden("Bara en administratör kan ändra tabellen över sekretessbestämmelser.")
	}
	res := s.db.WithContext(ctx).Delete(&Provision{}, id)
	if res.Error != nil {
		return fmt.Errorf("delete provision %d: %w", id, res.Error)
	}
	if res.RowsAffected == 0 {
		return ErrNotFound
	}
	return nil
}

// signer is who takes a decision, as the letter signs it.
type signer struct{ Name, Title string }

func (s *Store) signer(tx *gorm.DB, username string) (signer, error) {
	var sg signer
	err := tx.Table("users").Select("name, title").Where("username = ?", username).Take(&sg).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return signer{}, nil
	}
	return sg, err
}

// SetTitle records a user's title (befattning), which decisions are signed with.
// Admins may set anyone's.
func (s *Store) SetTitle(ctx context.Context, username, title string, a Actor) error {
	if a.Role != RoleAdmin {
		return Forbidden("Bara en administratör kan ändra en användares titel.")
	}
	title = strings.TrimSpace(title)
	if utf8.RuneCountInString(title) > 200 {
		return &ValidationError{Fields: map[string]string{"title": "Högst 200 tecken."}}
	}
	res := s.db.WithContext(ctx).Table("users").Where("username = ?", strings.ToLower(username)).Update("title", title)
	if res.Error != nil {
		return fmt.Errorf("set title of %s: %w", username, res.Error)
	}
	if res.RowsAffected == 0 {
		return ErrNotFound
	}
	return nil
}

// delegationFor names what a decision by a rests on, for the letter.
func delegationFor(a Actor, unit string) string {
	if unit == "" {
		return "myndighetens delegationsordning (beslutanderätt för samtliga enheter)"
	}
	return "myndighetens delegationsordning (beslutanderätt för " + unit + ")"
}

// checkDecision validates what a decision (refusal, partial refusal or
// release with conditions) must say, and normalises it in place.
func checkDecision(tr *Transition, v *ValidationError) {
	if tr.To == StatusReleasedWithConditions {
		tr.Basis = BasisSecrecy // a förbehåll lifts a secrecy that would otherwise apply
		if tr.Conditions == "" {
			v.Add("conditions", "Skriv förbehållet: hur den som får handlingen får använda uppgifterna (OSL 10 kap. 14 §).")
		}
	} else if tr.Conditions != "" {
		v.Add("conditions", "Förbehåll hör till beslutet ”Utlämnad med förbehåll”.")
	}
	if tr.Basis == "" {
		tr.Basis = defaultDecisionReason
	}
	if !tr.Basis.Valid() {
		v.Add("basis", "Välj grund: secrecy, not_official_document, no_such_document eller other.")
	}
	switch {
	case tr.Basis == BasisSecrecy && tr.LegalGround == "":
		v.Add("legal_ground", "Ange sekretessbestämmelsen som beslutet grundas på, t.ex. \"OSL 25 kap. 1 §\".")
	case tr.LegalGround != "":
		ground, ok := ParseLegalGround(tr.LegalGround)
		if !ok {
			v.Add("legal_ground", "Skriv bestämmelsen som \"OSL 25 kap. 1 §\" (kapitel 1–44), eller välj den i listan.")
		}
		tr.LegalGround = ground
	}
	if tr.Reasoning == "" {
		v.Add("reasoning", "Skriv skälen för beslutet: vilka omständigheter som gör att handlingen inte lämnas ut (förvaltningslagen 32 §).")
	}
}

// AppealInstructionFor is the instruction a decision carries (FL 33 §): the
// appeal is addressed to the court but sent to the authority, within three
// weeks of the day the requester was told of the decision (FL 44 §), and says
// which decision, what change is wanted and why.
func AppealInstructionFor(authority, court string) string {
	if court == "" {
		court = "kammarrätten"
	}
	return "Om du vill överklaga beslutet ska du skriva till " + court + ". Skrivelsen ska dock skickas eller lämnas till " +
		authority + ", inte till domstolen. Överklagandet måste ha kommit in till " + authority +
		" inom tre veckor från den dag då du fick del av beslutet; annars kan det inte prövas. " +
		"Skriv i överklagandet vilket beslut du överklagar (ange diarienumret), hur du vill att beslutet ska ändras " +
		"och varför du anser att det ska ändras. Skriv också hur du kan nås."
}

// AppealInstruction is the instruction with the court left general; kept for
// callers that do not know the configured court.
func AppealInstruction(authority string) string { return AppealInstructionFor(authority, "") }

// DefaultAppealInstruction is the instruction this store adds to a decision.
func (s *Store) DefaultAppealInstruction() string {
	return AppealInstructionFor(s.authority, s.appealCourt)
}

// AppealCourt is the court appeals go to, as configured.
func (s *Store) AppealCourt() string { return s.appealCourt }

// HasDecision tells whether the case carries a formal decision (also after it was closed).
func (c *Case) HasDecision() bool {
	return c.Basis != "" || c.LegalGround != "" || c.Status.IsDecision()
}

// Letter is a decision as it is sent: every sentence is decided here, so
// that the page and the PDF say the same.
type Letter struct {
	Authority  string
	Number     string
	Date       time.Time
	Recipient  []string
	Title      string
	Request    string
	Decision   string
	Grounds    []string
	Conditions string
	Fee        string // what the copies cost (avgiftsförordningen 15–16 §§), when any were delivered
	Signature  string
	Delegation string
	Appeal     string
	AppealBy   *time.Time
}

// DecisionLetter composes the decision letter of a case. Only roles that see
// personal data get it (it is addressed to the requester).
func (s *Store) DecisionLetter(ctx context.Context, id int64, a Actor) (*Letter, error) {
	if !a.Role.SeesPersonalData() {
		return nil, Forbidden("Beslutsbrevet innehåller personuppgifter; det visas för presstjänst och administratörer.")
	}
	c, err := s.Case(ctx, id)
	if err != nil {
		return nil, err
	}
	if !c.HasDecision() {
		return nil, fmt.Errorf("case %d has no decision: %w", id, ErrNotFound)
	}
	decided := s.now()
	if c.OutcomeAt != nil {
		decided = *c.OutcomeAt
	}
	return composeLetter(c, s.authority, decided), nil
}

func composeLetter(c *Case, authority string, decided time.Time) *Letter {
	l := &Letter{Authority: authority, Number: c.Number, Date: decided, Appeal: c.AppealInstruction,
		AppealBy: c.AppealDeadline, Conditions: c.Conditions, Delegation: c.Delegation, Fee: c.FeeText()}
	for _, s := range []string{c.RequesterName, c.RequesterOutlet, c.RequesterEmail} {
		if s != "" {
			l.Recipient = append(l.Recipient, s)
		}
	}
	if len(l.Recipient) == 0 {
		l.Recipient = []string{"Enskild (anonym sökande)"}
	}
	l.Request = "Begäran om att få ta del av allmän handling kom in " + c.ReceivedAt.In(Stockholm).Format(time.DateOnly) +
		" och gäller: " + strings.TrimSuffix(c.Subject, ".") + "."
	status := c.Status
	if status == StatusClosed || !status.IsDecision() {
		status = decisionStatusOf(c)
	}
	switch status {
	case StatusPartiallyReleased:
		l.Title = "Beslut att delvis avslå begäran om att få ta del av allmän handling"
		l.Decision = authority + " lämnar ut handlingarna med undantag för de uppgifter som har maskerats. I den delen avslås begäran."
	case StatusReleasedWithConditions:
		l.Title = "Beslut om utlämnande av allmän handling med förbehåll"
		l.Decision = authority + " lämnar ut handlingarna med det förbehåll som anges nedan (OSL 10 kap. 14 §)."
	default:
		l.Title = "Beslut om avslag på begäran om att få ta del av allmän handling"
		l.Decision = authority + " avslår begäran."
	}
	switch c.Basis {
	case BasisNotOfficial:
		l.Grounds = append(l.Grounds, "Den begärda handlingen är inte en allmän handling enligt 2 kap. tryckfrihetsförordningen.")
	case BasisNoSuchDocument:
		l.Grounds = append(l.Grounds, "Den begärda handlingen finns inte hos "+authority+".")
	case BasisOther:
	default: // secrecy, and decisions from before the basis was recorded
		if c.LegalGround != "" {
			l.Grounds = append(l.Grounds, "Uppgifterna omfattas av sekretess enligt "+citeLong(c.LegalGround)+".")
		}
	}
	if c.Reasoning != "" {
		l.Grounds = append(l.Grounds, c.Reasoning)
	}
	switch {
	case c.DeciderName != "" && c.DeciderTitle != "":
		l.Signature = c.DeciderName + ", " + c.DeciderTitle
	case c.DeciderName != "":
		l.Signature = c.DeciderName
	default:
		l.Signature = c.DecidedBy // decisions from before names were recorded
	}
	return l
}

// citeLong spells out the law's name once: "25 kap. 1 § offentlighets- och sekretesslagen (2009:400)".
func citeLong(ground string) string {
	if rest, ok := strings.CutPrefix(ground, "OSL "); ok {
		return rest + " offentlighets- och sekretesslagen (2009:400)"
	}
	return ground
}

// decisionStatusOf is the decision a closed case carried.
func decisionStatusOf(c *Case) Status {
	switch {
	case c.Conditions != "":
		return StatusReleasedWithConditions
	case c.DecisionStatus != "":
		return c.DecisionStatus
	}
	return StatusRefused
}

type provisionV7 struct {
	ID        int64  `gorm:"primaryKey"`
	Chapter   int    `gorm:"not null"`
	Section   string `gorm:"size:10;not null"`
	Paragraph string `gorm:"size:50;not null;default:''"`
	Name      string `gorm:"size:200;not null"`
	CreatedAt time.Time
}

func (provisionV7) TableName() string { return "osl_provisions" }

func migrateDecisions(tx *gorm.DB) error {
	for _, stmt := range []string{
		`ALTER TABLE cases ADD COLUMN basis VARCHAR(30) NOT NULL DEFAULT ''`,
		`ALTER TABLE cases ADD COLUMN decision_status VARCHAR(20) NOT NULL DEFAULT ''`,
		`ALTER TABLE cases ADD COLUMN decider_name VARCHAR(200) NOT NULL DEFAULT ''`,
		`ALTER TABLE cases ADD COLUMN decider_title VARCHAR(200) NOT NULL DEFAULT ''`,
		`ALTER TABLE cases ADD COLUMN delegation VARCHAR(300) NOT NULL DEFAULT ''`,
		`ALTER TABLE cases ADD COLUMN conditions TEXT NOT NULL DEFAULT ''`,
		// users.title came with tracker/0006_credentials.
		// Decisions taken before this step: their basis was secrecy.
		`UPDATE cases SET basis = 'secrecy' WHERE legal_ground <> ''`,
	} {
		if err := tx.Exec(stmt).Error; err != nil {
			return err
		}
	}
	if err := tx.Migrator().CreateTable(&provisionV7{}); err != nil {
		return err
	}
	now := time.Now().UTC()
	rows := make([]provisionV7, len(defaultProvisions))
	for i, p := range defaultProvisions {
		rows[i] = provisionV7{Chapter: p.Chapter, Section: p.Section, Paragraph: p.Paragraph, Name: p.Name, CreatedAt: now}
	}
	return tx.Create(&rows).Error
}
