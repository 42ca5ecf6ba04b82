package tracker

import (
	"regexp"
	"strconv"
	"strings"
)

// personalNumberShape matches YYMMDD-NNNN, YYYYMMDDNNNN and the forms in
// between (with '-' or '+' or nothing before the last four digits).
var personalNumberShape = regexp.MustCompile(`^(?:19|20)?\d{6}[-+]?\d{4}$`)

var digits = regexp.MustCompile(`\d+`)

// FindPersonalNumbers returns what in text looks like a Swedish personal
// identity number (personnummer or samordningsnummer) with a valid check
// digit, so that a form can warn before such a number is stored in free text.
//
// The candidates are whole runs of digits, alone or joined to the next run by
// one '-' or '+': a number inside a longer one is not found, and the
// character between two numbers separates them without being used up.
func FindPersonalNumbers(text string) []string {
	var found []string
	runs := digits.FindAllStringIndex(text, -1)
	for i, r := range runs {
		candidates := []string{text[r[0]:r[1]]}
		if i+1 < len(runs) && runs[i+1][0] == r[1]+1 && (text[r[1]] == '-' || text[r[1]] == '+') {
			candidates = append(candidates, text[r[0]:runs[i+1][1]])
		}
		for _, c := range candidates {
			if personalNumberShape.MatchString(c) && validPersonalNumber(c) {
				found = append(found, c)
			}
		}
	}
	return found
}

func validPersonalNumber(s string) bool {
	digits := make([]byte, 0, 12)
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			digits = append(digits, s[i])
		}
	}
	if len(digits) == 12 {
		digits = digits[2:]
	}
	if len(digits) != 10 {
		return false
	}
	month, _ := strconv.Atoi(string(digits[2:4]))
	day, _ := strconv.Atoi(string(digits[4:6]))
	if day > 60 { // samordningsnummer: day + 60
		day -= 60
	}
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return false
	}
	return luhn(digits)
}

// luhn checks the last digit of the ten as the Luhn check digit of the nine before it.
func luhn(digits []byte) bool {
	sum := 0
	for i, ch := range digits {
		d := int(ch - '0')
		if i%2 == 0 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return sum%10 == 0
}

// digitCount is the number of ASCII digits in s.
func digitCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}

// mayHoldPersonalData is false for text with no '@' and fewer than ten
// digits, which can hold neither an e-mail address nor a personal identity
// number: most subjects, which the register extract then masks without a regexp.
func mayHoldPersonalData(text string) bool {
	return strings.IndexByte(text, '@') >= 0 || digitCount(text) >= 10
}

var emailShape = regexp.MustCompile(`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}`)

// MaskPersonalData hides personal identity numbers and e-mail addresses in
// free text, for readers who may not see requesters' personal data.
func MaskPersonalData(text string) string {
	if !mayHoldPersonalData(text) {
		return text
	}
	for _, pnr := range FindPersonalNumbers(text) {
		text = strings.ReplaceAll(text, pnr, "[personnummer]")
	}
	return emailShape.ReplaceAllString(text, "[e-post]")
}
