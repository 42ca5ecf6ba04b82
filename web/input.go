package web

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/gin-gonic/gin"
)

// Text that no database stores alike: PostgreSQL refuses a NUL byte in text
// and SQLite keeps it; invalid UTF-8 is replaced or refused depending on the
// driver. Both are answered 400 before anything is stored.

const badTextMessage = "Förfrågan innehåller ogiltiga tecken (NUL-tecken eller ogiltig UTF-8)."

func badText(s string) bool { return !utf8.ValidString(s) || strings.IndexByte(s, 0) >= 0 }

// rejectBadText answers 400 when a query parameter, a form field or a JSON
// body holds a NUL character or invalid UTF-8.
func (h *handler) rejectBadText() gin.HandlerFunc {
	return func(c *gin.Context) {
		if field, bad := h.findBadText(c); bad {
			fields := map[string]string{}
			if field != "" {
				fields[field] = "innehåller ogiltiga tecken"
			}
			h.fail(c, newBadRequest(badTextMessage, fields))
			return
		}
		c.Next()
	}
}

func (h *handler) findBadText(c *gin.Context) (string, bool) {
	for k, vs := range c.Request.URL.Query() {
		for _, v := range append(vs, k) {
			if badText(v) {
				return k, true
			}
		}
	}
	if c.Request.Body == nil || c.Request.Method == http.MethodGet {
		return "", false
	}
	ct := c.ContentType()
	switch {
	case ct == "application/x-www-form-urlencoded":
		if err := c.Request.ParseForm(); err != nil {
			return "", false // the handler reports it
		}
		for k, vs := range c.Request.PostForm {
			for _, v := range append(vs, k) {
				if badText(v) {
					return k, true
				}
			}
		}
	case isAPI(c) && (ct == "application/json" || ct == ""):
		body, err := io.ReadAll(c.Request.Body)
		if err != nil {
			// Too large: the handler reads the same error after what was read
			// (and answers 413), never a body cut short.
			c.Request.Body = io.NopCloser(io.MultiReader(bytes.NewReader(body), errReader{err}))
			return "", false
		}
		c.Request.Body = io.NopCloser(bytes.NewReader(body))
		if !utf8.Valid(body) || bytes.IndexByte(body, 0) >= 0 {
			return "", true
		}
		// A NUL may also come escaped: decode and look, only when it might.
		if bytes.Contains(bytes.ToLower(body), []byte(`\u0000`)) {
			var v any
			if json.Unmarshal(body, &v) == nil {
				return jsonBadText("", v)
			}
		}
	}
	return "", false
}

func jsonBadText(path string, v any) (string, bool) {
	switch x := v.(type) {
	case string:
		return path, badText(x)
	case map[string]any:
		for k, e := range x {
			p := k
			if path != "" {
				p = path + "." + k
			}
			if badText(k) {
				return p, true
			}
			if f, bad := jsonBadText(p, e); bad {
				return f, true
			}
		}
	case []any:
		for _, e := range x {
			if f, bad := jsonBadText(path, e); bad {
				return f, true
			}
		}
	}
	return "", false
}

// maxRequestHead bounds the request line and headers. The server's own
// limit (MaxHeaderBytes) is set higher, so that this check answers first,
// in the API's error body.
const maxRequestHead = 64 << 10

func (h *handler) limitHead() gin.HandlerFunc {
	return func(c *gin.Context) {
		n := len(c.Request.RequestURI)
		for k, vs := range c.Request.Header {
			for _, v := range vs {
				n += len(k) + len(v) + 4
			}
		}
		if n > maxRequestHead {
			detail := errorDetail{"too_large", "Adressen eller huvudena är för långa (högst 64 KiB).", nil}
			if isAPI(c) {
				c.AbortWithStatusJSON(http.StatusRequestHeaderFieldsTooLarge, errorBody{detail})
				return
			}
			h.render(c, http.StatusRequestHeaderFieldsTooLarge, "error.html", "Fel", errorPage{Status: http.StatusRequestHeaderFieldsTooLarge, Message: detail.Message})
			c.Abort()
			return
		}
		c.Next()
	}
}

// errReader fails every read with err.
type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }
