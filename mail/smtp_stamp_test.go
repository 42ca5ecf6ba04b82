package mail

import (
	"net"
	"testing"
)

// Only the authority's own mail servers may date a message by their
// Received stamp: one on this host, or one LAGESBILD_SMTP_TRUSTED names.
// Anyone else who reaches the receiver could otherwise backdate a request's
// legal date of receipt by up to a week.
func TestOnlyTheAuthoritysServersDateAMessage(t *testing.T) {
	r, err := (&Store{}).NewReceiver(ReceiverOptions{Domains: []string{"region.example"}, StampServers: []string{"10.1.2.3", "192.0.2.0/28"}})
	if err != nil {
		t.Fatal(err)
	}
	for ip, want := range map[string]bool{
		"127.0.0.1": true, "::1": true, // a server on this host
		"10.1.2.3": true, "192.0.2.9": true, // named
		"10.1.2.4": false, "192.0.2.16": false, "203.0.113.5": false, // anyone else
		"::ffff:10.1.2.3": true, // the named one, as IPv4 in IPv6
	} {
		if got := r.believesStamp(&net.TCPAddr{IP: net.ParseIP(ip), Port: 40000}); got != want {
			t.Errorf("a stamp from %s believed: %v, want %v", ip, got, want)
		}
	}
	if _, err := (&Store{}).NewReceiver(ReceiverOptions{Domains: []string{"region.example"}, StampServers: []string{"mx.region.example"}}); err == nil {
		t.Error("a host name among the stamp servers was accepted; want an error naming LAGESBILD_SMTP_TRUSTED")
	}
}
