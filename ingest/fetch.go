package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// AllowPrivateEnv names the setting that turns the private-address guard off
// (for local testing only).
const AllowPrivateEnv = "LAGESBILD_ALLOW_PRIVATE_FEEDS"

// AllowPrivateFromEnv tells whether LAGESBILD_ALLOW_PRIVATE_FEEDS=1 is set.
func AllowPrivateFromEnv() bool { return os.Getenv(AllowPrivateEnv) == "1" }

// UserAgent is how the fetcher introduces itself to feed servers.
const UserAgent = "Lagesbild/1.0 (+mediabevakning)"

// Defaults of FetchOptions.
const (
	DefaultConnectTimeout     = 10 * time.Second
	DefaultFetchTimeout       = 60 * time.Second
	DefaultMaxBodyBytes       = 10 << 20
	DefaultMaxRedirects       = 5
	DefaultUnconditionalEvery = 6 * time.Hour
	maxRetryAfter             = 24 * time.Hour
)

// Errors of a fetch. A FetchResult's Err wraps one of them where it applies.
var (
	ErrPrivateAddress   = errors.New("address is loopback, private, link-local or otherwise not public")
	ErrTooLarge         = errors.New("response body exceeds the size limit")
	ErrTooManyRedirects = errors.New("too many redirects")
	ErrRedirectLoop     = errors.New("redirect loop")
	ErrHTTPStatus       = errors.New("unexpected HTTP status")
)

// Status is the outcome of a fetch or a refresh.
type Status string

const (
	StatusOK          Status = "ok"
	StatusNotModified Status = "not_modified"
	StatusError       Status = "error"
)

// FetchOptions configure a Fetcher. Zero values take the defaults above.
type FetchOptions struct {
	AllowPrivate bool // LAGESBILD_ALLOW_PRIVATE_FEEDS=1: no private-address guard
	// AllowAddrs are exact addresses the guard lets through while it refuses
	// every other private one: the app's own demo feeds on 127.0.0.1:8080,
	// say, without opening the whole loopback range.
	AllowAddrs         []netip.AddrPort
	UserAgent          string        // UserAgent
	ConnectTimeout     time.Duration // TCP connect (and TLS handshake)
	Timeout            time.Duration // the whole request, body included
	MaxBodyBytes       int64         // after decompression
	MaxRedirects       int
	UnconditionalEvery time.Duration // a full fetch this often even when validators are known
	Now                func() time.Time
}

// Fetcher fetches feed bodies as a careful guest: conditional GET, bounded
// time, size and redirects, Retry-After, and no connections to private
// addresses (checked on the resolved IP at dial time, so neither DNS
// rebinding nor a redirect slips past).
type Fetcher struct {
	opts   FetchOptions
	client *http.Client
}

// NewFetcher returns a fetcher with its own HTTP client.
func NewFetcher(o FetchOptions) *Fetcher {
	if o.UserAgent == "" {
		o.UserAgent = UserAgent
	}
	if o.ConnectTimeout <= 0 {
		o.ConnectTimeout = DefaultConnectTimeout
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultFetchTimeout
	}
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = DefaultMaxRedirects
	}
	if o.UnconditionalEvery <= 0 {
		o.UnconditionalEvery = DefaultUnconditionalEvery
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	f := &Fetcher{opts: o}
	dialer := &net.Dialer{Timeout: o.ConnectTimeout, KeepAlive: 30 * time.Second}
	if !o.AllowPrivate {
		dialer.Control = f.guardControl
	}
	transport := &http.Transport{
		// No proxy: the guard checks the address we connect to, and through a
		// proxy that would be the proxy's.
		Proxy: nil,
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			return dialer.DialContext(ctx, network, numericHost(addr))
		},
		TLSHandshakeTimeout:   o.ConnectTimeout,
		ResponseHeaderTimeout: o.Timeout,
		ExpectContinueTimeout: time.Second,
		MaxIdleConns:          50,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       90 * time.Second,
		ForceAttemptHTTP2:     true,
		// Compression stays on: the transport asks for gzip and inflates it,
		// and the body limit counts inflated bytes, so a gzip bomb stops there.
	}
	f.client = &http.Client{Transport: transport, CheckRedirect: f.checkRedirect}
	return f
}

// Options are the fetcher's settings with defaults filled in.
func (f *Fetcher) Options() FetchOptions { return f.opts }

func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return fmt.Errorf("redirect to %s: only http and https are followed", req.URL.Scheme)
	}
	for _, prev := range via {
		if prev.URL.String() == req.URL.String() {
			return fmt.Errorf("%w: %s", ErrRedirectLoop, req.URL.Redacted())
		}
	}
	if len(via) > f.opts.MaxRedirects {
		return fmt.Errorf("%w (more than %d)", ErrTooManyRedirects, f.opts.MaxRedirects)
	}
	return f.checkURLHost(req.URL)
}

// FetchResult is what one fetch brought.
type FetchResult struct {
	Status      Status
	HTTPStatus  int    // 0 when no response came
	Body        []byte // the (inflated) body of a 2xx response
	ContentType string
	URL         string // after redirects
	// MovedTo is the URL the feed has moved to: set when a 2xx came after
	// redirects that were all permanent (301, 308).
	MovedTo      string
	ETag         string // validators to send next time
	LastModified string
	// Unconditional is true when no validators were sent (first fetch, or the
	// periodic full fetch that catches servers whose ETag lies).
	Unconditional bool
	RetryAfter    time.Duration // from a 429 or 503 (or any error status) that sent one
	Err           error         // set when Status is StatusError
}

// Fetch gets the feed's body, conditionally when validators are known and
// the last unconditional fetch is recent enough.
func (f *Fetcher) Fetch(ctx context.Context, feed *Feed) *FetchResult {
	res := &FetchResult{Status: StatusError, URL: feed.URL, ETag: feed.ETag, LastModified: feed.LastModified}
	fail := func(err error) *FetchResult {
		res.Status, res.Err, res.Body = StatusError, err, nil
		return res
	}
	u, err := url.Parse(feed.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fail(fmt.Errorf("feed URL %q is not an absolute http(s) URL", feed.URL))
	}
	if err := f.checkURLHost(u); err != nil {
		return fail(err)
	}
	ctx, cancel := context.WithTimeout(ctx, f.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return fail(fmt.Errorf("build request: %w", err))
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, "+
		"application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5")
	now := f.opts.Now()
	conditional := (feed.ETag != "" || feed.LastModified != "") && feed.LastUnconditionalAt != nil &&
		now.Sub(*feed.LastUnconditionalAt) < f.opts.UnconditionalEvery
	res.Unconditional = !conditional
	if conditional {
		if feed.ETag != "" {
			req.Header.Set("If-None-Match", feed.ETag)
		}
		if feed.LastModified != "" {
			req.Header.Set("If-Modified-Since", feed.LastModified)
		}
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return fail(fmt.Errorf("fetch %s: %w", u.Redacted(), unwrapURLError(err)))
	}
	defer resp.Body.Close()
	res.HTTPStatus = resp.StatusCode
	res.URL = resp.Request.URL.String()
	res.ContentType = resp.Header.Get("Content-Type")
	switch {
	case resp.StatusCode == http.StatusNotModified:
		if v := resp.Header.Get("ETag"); v != "" {
			res.ETag = v
		}
		if v := resp.Header.Get("Last-Modified"); v != "" {
			res.LastModified = v
		}
		res.Status = StatusNotModified
		return res
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		res.RetryAfter = parseRetryAfter(resp.Header.Get("Retry-After"), now)
		// Drain a little so the connection can be reused, within bounds.
		io.CopyN(io.Discard, resp.Body, 64<<10) //nolint:errcheck // best effort
		return fail(&HTTPError{Code: resp.StatusCode, RetryAfter: res.RetryAfter})
	}
	if resp.ContentLength > f.opts.MaxBodyBytes {
		return fail(fmt.Errorf("%w: %d bytes announced, limit %d", ErrTooLarge, resp.ContentLength, f.opts.MaxBodyBytes))
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.opts.MaxBodyBytes+1))
	if err != nil {
		return fail(fmt.Errorf("read body of %s: %w", u.Redacted(), err))
	}
	if int64(len(body)) > f.opts.MaxBodyBytes {
		return fail(fmt.Errorf("%w: more than %d bytes", ErrTooLarge, f.opts.MaxBodyBytes))
	}
	res.Body = body
	if movedPermanently(resp) && res.URL != feed.URL {
		res.MovedTo = res.URL
	}
	res.ETag = resp.Header.Get("ETag")
	res.LastModified = resp.Header.Get("Last-Modified")
	res.Status = StatusOK
	return res
}

// movedPermanently tells whether resp came after at least one redirect, each
// of them permanent (301 Moved Permanently, 308 Permanent Redirect): a
// temporary one anywhere in the chain keeps the feed at its address.
func movedPermanently(resp *http.Response) bool {
	if resp.Request == nil || resp.Request.Response == nil {
		return false
	}
	for r := resp.Request; r != nil && r.Response != nil; r = r.Response.Request {
		if c := r.Response.StatusCode; c != http.StatusMovedPermanently && c != http.StatusPermanentRedirect {
			return false
		}
	}
	return true
}

// HTTPError is a response with a status other than 2xx or 304.
type HTTPError struct {
	Code       int
	RetryAfter time.Duration
}

func (e *HTTPError) Error() string {
	s := fmt.Sprintf("HTTP %d %s", e.Code, http.StatusText(e.Code))
	if e.RetryAfter > 0 {
		s += fmt.Sprintf(" (retry after %s)", e.RetryAfter)
	}
	return s
}

// Is makes errors.Is(err, ErrHTTPStatus) true.
func (e *HTTPError) Is(target error) bool { return target == ErrHTTPStatus }

func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// parseRetryAfter reads delay-seconds or an HTTP date; 0 when absent or past.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	var d time.Duration
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n <= 0 {
			return 0
		}
		if n > int64(maxRetryAfter/time.Second) {
			return maxRetryAfter
		}
		d = time.Duration(n) * time.Second
	} else if t, err := http.ParseTime(v); err == nil {
		d = t.Sub(now)
	}
	if d <= 0 {
		return 0
	}
	return min(d, maxRetryAfter)
}

// guardControl runs after the address is resolved and before the socket
// connects: the one place where every path (DNS, redirects, rebinding)
// meets the real IP.
func (f *Fetcher) guardControl(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("dial %s: not an IP address and port: %w", address, ErrPrivateAddress)
	}
	if f.allowed(ap) {
		return nil
	}
	if !IsPublicIP(ap.Addr()) {
		return fmt.Errorf("dial %s: %w", address, ErrPrivateAddress)
	}
	return nil
}

func (f *Fetcher) allowed(ap netip.AddrPort) bool {
	ap = netip.AddrPortFrom(ap.Addr().Unmap().WithZone(""), ap.Port())
	for _, a := range f.opts.AllowAddrs {
		if a == ap {
			return true
		}
	}
	return false
}

// checkURLHost refuses, before any connection, a URL whose host is an IP
// literal, in any form the C library would accept ("2130706433",
// "0177.0.0.1", "0x7f.1"), of a non-public address. Names are checked at
// dial time.
func (f *Fetcher) checkURLHost(u *url.URL) error {
	if f.opts.AllowPrivate {
		return nil
	}
	host := u.Hostname()
	ip, ok := ParseHostIP(host)
	if !ok || IsPublicIP(ip) {
		return nil
	}
	port, _ := strconv.ParseUint(u.Port(), 10, 16)
	if port == 0 {
		port = 80
		if u.Scheme == "https" {
			port = 443
		}
	}
	if f.allowed(netip.AddrPortFrom(ip, uint16(port))) {
		return nil
	}
	return fmt.Errorf("host %q is %s: %w", host, ip, ErrPrivateAddress)
}

// numericHost rewrites "host:port" whose host is a numeric IPv4 form that
// only the C library understands into the dotted quad, so that we connect
// where the operating system would, and the guard sees that address.
func numericHost(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return addr
	}
	if ip, ok := parseInetAton(host); ok {
		return net.JoinHostPort(ip.String(), port)
	}
	return addr
}

// ParseHostIP reads host as an IP address: IPv6 (with or without brackets
// and zone), dotted quad, or the classic inet_aton forms with one to four
// parts in decimal, octal (leading 0) or hex (0x).
func ParseHostIP(host string) (netip.Addr, bool) {
	h := strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if ip, err := netip.ParseAddr(h); err == nil {
		return ip.WithZone(""), true
	}
	return parseInetAton(host)
}

func parseInetAton(s string) (netip.Addr, bool) {
	s = strings.TrimSuffix(s, ".")
	if s == "" || len(s) > 64 {
		return netip.Addr{}, false
	}
	parts := strings.Split(s, ".")
	if len(parts) > 4 {
		return netip.Addr{}, false
	}
	vals := make([]uint64, len(parts))
	for i, p := range parts {
		if p == "" {
			return netip.Addr{}, false
		}
		base, digits := 10, p
		switch {
		case len(p) > 1 && (p[:2] == "0x" || p[:2] == "0X"):
			base, digits = 16, p[2:]
			if digits == "" {
				digits = "0"
			}
		case len(p) > 1 && p[0] == '0':
			base, digits = 8, p[1:]
		}
		v, err := strconv.ParseUint(digits, base, 32)
		if err != nil {
			return netip.Addr{}, false
		}
		vals[i] = v
	}
	var n uint64
	last := len(vals) - 1
	for i := 0; i < last; i++ {
		if vals[i] > 0xff {
			return netip.Addr{}, false
		}
		n |= vals[i] << (8 * (3 - i))
	}
	if vals[last] >= 1<<(8*(4-last)) {
		return netip.Addr{}, false
	}
	n |= vals[last]
	return netip.AddrFrom4([4]byte{byte(n >> 24), byte(n >> 16), byte(n >> 8), byte(n)}), true
}

var nonPublic = func() []netip.Prefix {
	var out []netip.Prefix
	for _, s := range []string{
		"0.0.0.0/8",          // "this network", unspecified
		"10.0.0.0/8",         // private
		"100.64.0.0/10",      // carrier-grade NAT
		"127.0.0.0/8",        // loopback
		"169.254.0.0/16",     // link-local, cloud metadata (169.254.169.254)
		"172.16.0.0/12",      // private
		"192.0.0.0/24",       // IETF protocol assignments
		"192.0.2.0/24",       // documentation
		"192.88.99.0/24",     // 6to4 relay anycast
		"192.168.0.0/16",     // private
		"198.18.0.0/15",      // benchmarking
		"198.51.100.0/24",    // documentation
		"203.0.113.0/24",     // documentation
		"224.0.0.0/4",        // multicast
		"240.0.0.0/4",        // reserved, broadcast
		"::/96",              // unspecified, loopback, IPv4-compatible (deprecated)
		"::ffff:0:0/96",      // IPv4-mapped: checked unmapped as well
		"64:ff9b:1::/48",     // local-use NAT64
		"100::/64",           // discard
		"2001:db8::/32",      // documentation
		"fc00::/7",           // unique local (fd00::/8, fd00:ec2::254 metadata)
		"fe80::/10",          // link-local
		"fec0::/10",          // site-local (deprecated)
		"ff00::/8",           // multicast
		"2001::/32",          // Teredo: tunnels to arbitrary IPv4
		"2001:10::/28",       // ORCHID
		"2001:20::/28",       // ORCHIDv2
		"5f00::/16",          // SRv6 SIDs
		"3fff::/20",          // documentation
		"255.255.255.255/32", // broadcast
	} {
		out = append(out, netip.MustParsePrefix(s))
	}
	return out
}()

var (
	nat64     = netip.MustParsePrefix("64:ff9b::/96")
	sixToFour = netip.MustParsePrefix("2002::/16")
)

// IsPublicIP tells whether ip is an ordinary public unicast address that a
// feed may live at. IPv4-mapped, NAT64 and 6to4 forms are judged by the IPv4
// address inside them.
func IsPublicIP(ip netip.Addr) bool {
	if !ip.IsValid() {
		return false
	}
	ip = ip.WithZone("")
	if ip.Is4In6() {
		return IsPublicIP(ip.Unmap())
	}
	if nat64.Contains(ip) {
		b := ip.As16()
		return IsPublicIP(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}))
	}
	if sixToFour.Contains(ip) {
		b := ip.As16()
		return IsPublicIP(netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]}))
	}
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsUnspecified() || ip.IsMulticast() ||
		ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() || ip.IsInterfaceLocalMulticast() {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(ip) {
			return false
		}
	}
	return true
}
