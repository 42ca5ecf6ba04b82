package ingest

import (
	"regexp"
	"strconv"
	"strings"
)

var httpStatusError = regexp.MustCompile(`^HTTP (\d{3})\b`)

// httpStatusSwedish names the statuses a feed server commonly answers.
var httpStatusSwedish = map[int]string{
	400: "begäran godtogs inte",
	401: "inloggning krävs",
	403: "åtkomst nekad",
	404: "adressen finns inte",
	410: "flödet är borttaget",
	429: "för många hämtningar, servern ber oss vänta",
	500: "internt serverfel",
	502: "felaktig gateway",
	503: "tjänsten är inte tillgänglig",
	504: "gatewayen svarade inte i tid",
}

// DescribeFetchError says in Swedish why a feed failed, from the error its
// last fetch left on it (last_error, which stays in English for the logs
// and the API): "HTTP 500 Internal Server Error" is "Servern svarade med
// fel 500 (internt serverfel)."
func DescribeFetchError(lastError string) string {
	e := strings.TrimSpace(lastError)
	if e == "" {
		return ""
	}
	if m := httpStatusError.FindStringSubmatch(e); m != nil {
		code, _ := strconv.Atoi(m[1])
		if what := httpStatusSwedish[code]; what != "" {
			return "Servern svarade med fel " + m[1] + " (" + what + ")."
		}
		return "Servern svarade med fel " + m[1] + "."
	}
	low := strings.ToLower(e)
	switch {
	case strings.Contains(low, "not public") || strings.Contains(low, "loopback"):
		return "Adressen pekar på ett internt nät och hämtas inte."
	case strings.Contains(low, "size limit") || strings.Contains(low, "bytes announced") || strings.Contains(low, "more than") && strings.Contains(low, "bytes"):
		return "Flödet är större än vad som hämtas."
	case strings.Contains(low, "redirect"):
		return "Adressen skickar vidare för många gånger eller i en slinga."
	case strings.Contains(low, "html page"):
		if i := strings.Index(e, "links to a feed at "); i >= 0 {
			return "Adressen är en webbsida, inte ett flöde. Sidan länkar till ett flöde: " + strings.TrimSuffix(e[i+len("links to a feed at "):], ")")
		}
		return "Adressen är en webbsida, inte ett flöde."
	case strings.Contains(low, "not an rss, atom or json feed") || strings.Contains(low, "parse feed"):
		return "Svaret gick inte att läsa som RSS, Atom eller JSON Feed."
	case strings.Contains(low, "no such host"):
		return "Servern finns inte (okänt värdnamn)."
	case strings.Contains(low, "timeout") || strings.Contains(low, "deadline exceeded"):
		return "Servern svarade inte i tid."
	case strings.Contains(low, "connection refused"):
		return "Servern tog inte emot anslutningen."
	case strings.Contains(low, "certificate") || strings.Contains(low, "tls"):
		return "Serverns certifikat godtogs inte."
	}
	return "Hämtningen misslyckades: " + e
}
