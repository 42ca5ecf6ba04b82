package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/alert"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/mail"
	"github.com/lagesbild/lagesbild/search"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
)

// badRequest is malformed input the handler itself caught (JSON, parameters).
type badRequest struct {
	message string
	fields  map[string]string
}

func (e *badRequest) Error() string { return e.message }

func newBadRequest(message string, fields map[string]string) error {
	return &badRequest{message: message, fields: fields}
}

var errUnauthorized = errors.New("unauthorized")

// retryAfter is what a 503 or 507 asks a client to wait, in seconds.
const retryAfter = "5"

// errSearchUnavailable: the router has no search index (or it was closed).
var errSearchUnavailable = errors.New("search is unavailable")

// errorBody is the API's one error shape.
type errorBody struct {
	Error errorDetail `json:"error"`
}

type errorDetail struct {
	Code    string            `json:"code"`
	Message string            `json:"message"`
	Fields  map[string]string `json:"fields,omitempty"`
}

// classify is the one mapping from an error to an HTTP status, an API code
// and a message a user can act on. Unknown errors are 500 "internal".
func classify(err error) (status int, detail errorDetail) {
	var v *tracker.ValidationError
	var br *badRequest
	var tooBig *http.MaxBytesError
	var qe *search.QueryError
	var refusal *tracker.Refusal
	var ce *report.ConfirmError
	switch {
	case errors.As(err, &v):
		return http.StatusUnprocessableEntity, errorDetail{"validation_failed", "Uppgifterna är ofullständiga eller felaktiga.", v.Fields}
	case errors.As(err, &ce):
		return http.StatusConflict, errorDetail{ce.Code(), ce.Message(), ce.Fields()}
	case errors.As(err, &br):
		return http.StatusBadRequest, errorDetail{"bad_request", br.message, br.fields}
	case errors.As(err, &qe):
		// The message says where in the query the problem is ("(tecken 12)").
		msg := qe.Error()
		if qe.Field == "q" {
			msg = "Sökfrågan går inte att tolka: " + msg
		}
		return http.StatusBadRequest, errorDetail{"bad_request", msg, map[string]string{qe.Field: qe.Error()}}
	case errors.Is(err, errSearchUnavailable), errors.Is(err, search.ErrClosed), errors.Is(err, search.ErrBusy):
		return http.StatusServiceUnavailable, errorDetail{"unavailable", "Sökningen är inte tillgänglig just nu. Försök igen om en stund.", nil}
	case errors.Is(err, mail.ErrTooLarge):
		return http.StatusRequestEntityTooLarge, errorDetail{"too_large", "Meddelandet eller filen är för stor.", nil}
	case errors.As(err, &tooBig):
		return http.StatusRequestEntityTooLarge, errorDetail{"too_large", fmt.Sprintf("Förfrågan är för stor (högst %d byte).", tooBig.Limit), nil}
	case errors.Is(err, tracker.ErrNotFound), errors.Is(err, ingest.ErrNotFound), errors.Is(err, alert.ErrNotFound):
		return http.StatusNotFound, errorDetail{"not_found", "Det finns inget sådant.", nil}
	case errors.Is(err, tracker.ErrInvalidTransition):
		return http.StatusConflict, errorDetail{"invalid_transition", "Ärendet kan inte flyttas till den statusen från den det har nu.", nil}
	case errors.Is(err, ingest.ErrDuplicateFeed):
		return http.StatusConflict, errorDetail{"conflict", "Flödet finns redan.", nil}
	case errors.Is(err, tracker.ErrConflict), errors.Is(err, ingest.ErrConflict):
		return http.StatusConflict, errorDetail{"conflict", "Det finns redan, eller krockar med något som finns.", nil}
	case errors.As(err, &refusal):
		return http.StatusForbidden, errorDetail{"forbidden", refusal.Why, nil}
	case errors.Is(err, tracker.ErrNoDelegation):
		return http.StatusForbidden, errorDetail{"forbidden", "Du har ingen delegation att fatta beslut för ärendets enhet.", nil}
	case errors.Is(err, tracker.ErrForbidden):
		return http.StatusForbidden, errorDetail{"forbidden", "Din roll får inte göra det.", nil}
	case errors.Is(err, errUnauthorized), errors.Is(err, tracker.ErrBadCredentials):
		return http.StatusUnauthorized, errorDetail{"unauthorized", "Logga in eller ange en giltig API-token.", nil}
	case lagesbild.StorageFull(err), errors.Is(err, lagesbild.ErrDiskLow):
		return http.StatusInsufficientStorage, errorDetail{"insufficient_storage",
			"Servern har inte utrymme kvar att spara på. Det du skickade sparades inte. Försök igen senare; kontakta systemförvaltningen om det består.", nil}
	case lagesbild.Unavailable(err):
		return http.StatusServiceUnavailable, errorDetail{"unavailable",
			"Databasen svarar inte just nu. Det du skickade sparades inte. Försök igen om en stund.", nil}
	}
	return http.StatusInternalServerError, errorDetail{"internal", "Något gick fel hos oss. Försök igen om en stund.", nil}
}

func isAPI(c *gin.Context) bool { return strings.HasPrefix(c.Request.URL.Path, "/api/") }

// fail answers err in the API's error body or as an error page, and logs it
// once when it is ours.
func (h *handler) fail(c *gin.Context, err error) {
	if errors.Is(err, context.Canceled) && c.Request.Context().Err() != nil {
		// The client went away (a closed tab, a cancelled script): nobody
		// reads the answer, and it is no fault of the server's, so no 500
		// in the log or the metrics' error rate.
		h.log.DebugContext(c.Request.Context(), "request abandoned by its client", "method", c.Request.Method, "path", c.Request.URL.Path, "err", err)
		c.AbortWithStatus(statusClientClosedRequest)
		return
	}
	status, detail := classify(err)
	switch {
	case status == http.StatusInternalServerError:
		h.log.ErrorContext(c.Request.Context(), "request failed", "method", c.Request.Method, "path", c.Request.URL.Path, "err", err)
	case status > 500: // the database or the disk: the outside world
		h.log.WarnContext(c.Request.Context(), "request failed", "method", c.Request.Method, "path", c.Request.URL.Path, "status", status, "err", err)
	}
	if status == http.StatusServiceUnavailable || status == http.StatusInsufficientStorage {
		c.Header("Retry-After", retryAfter)
	}
	if isAPI(c) || c.Request.URL.Path == "/healthz" {
		if status == http.StatusUnauthorized {
			c.Header("WWW-Authenticate", `Bearer realm="lagesbild"`)
		}
		c.AbortWithStatusJSON(status, errorBody{detail})
		return
	}
	h.render(c, status, "error.html", "Fel", errorPage{Status: status, Message: detail.Message})
	c.Abort()
}

// statusClientClosedRequest is the status of a request whose client went
// away before the answer (nginx's 499; no client sees it).
const statusClientClosedRequest = 499

type errorPage struct {
	Status  int
	Message string
}

func tooLarge(c *gin.Context, limit int64) {
	err := &http.MaxBytesError{Limit: limit}
	if isAPI(c) {
		_, detail := classify(err)
		c.AbortWithStatusJSON(http.StatusRequestEntityTooLarge, errorBody{detail})
		return
	}
	c.AbortWithStatus(http.StatusRequestEntityTooLarge)
}

func (h *handler) notFound(c *gin.Context) { h.fail(c, tracker.ErrNotFound) }

func (h *handler) methodNotAllowed(c *gin.Context) {
	if isAPI(c) {
		c.AbortWithStatusJSON(http.StatusMethodNotAllowed, errorBody{errorDetail{"method_not_allowed", "Metoden stöds inte här.", nil}})
		return
	}
	h.render(c, http.StatusMethodNotAllowed, "error.html", "Fel", errorPage{Status: http.StatusMethodNotAllowed, Message: "Metoden stöds inte här."})
}
