package tracker

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// FormatNumber writes an integer the Swedish way: a space between groups of
// thousands ("142 000") and a real minus sign.
func FormatNumber(n int64) string {
	return groupThousands(strconv.FormatInt(n, 10), " ")
}

// FormatDecimal writes f with at most decimals decimals, a decimal comma and
// spaces between thousands: FormatDecimal(2.4, 1) = "2,4", (1234.5, 2) = "1 234,5".
func FormatDecimal(f float64, decimals int) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "–"
	}
	// Half away from zero, as people round (strconv rounds half to even).
	scale := math.Pow(10, float64(decimals))
	s := strconv.FormatFloat(math.Round(f*scale)/scale, 'f', decimals, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	frac = strings.TrimRight(frac, "0")
	if strings.Trim(intPart, "-0") == "" && frac == "" {
		intPart = "0" // no "-0"
	}
	out := groupThousands(intPart, " ")
	if frac != "" {
		out += "," + frac
	}
	return out
}

// FormatPercentChange writes the change from prev to cur: "+45 %", "−12 %",
// "±0 %"; "–" when there is nothing to compare with.
func FormatPercentChange(cur, prev int64) string {
	if prev == 0 {
		return "–"
	}
	pct := math.Round(float64(cur-prev) / float64(prev) * 100)
	switch {
	case pct > 0:
		return "+" + FormatDecimal(pct, 0) + " %"
	case pct < 0:
		return "−" + FormatDecimal(-pct, 0) + " %"
	}
	return "±0 %"
}

func groupThousands(digits, sep string) string {
	neg := strings.HasPrefix(digits, "-")
	digits = strings.TrimPrefix(digits, "-")
	var b strings.Builder
	if neg {
		b.WriteString("−")
	}
	for i, r := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// ShortDate is "18/11", as the situation report dates its actions.
func ShortDate(date string) string {
	d, err := parseDay(date)
	if err != nil {
		return date
	}
	return strconv.Itoa(d.Day()) + "/" + strconv.Itoa(int(d.Month()))
}

// CompiledLine is "Sammanställt: 2024-11-19 klockan 16:45." in Stockholm time.
func CompiledLine(t time.Time) string {
	t = t.In(Stockholm)
	return "Sammanställt: " + t.Format(time.DateOnly) + " klockan " + t.Format("15:04") + "."
}
