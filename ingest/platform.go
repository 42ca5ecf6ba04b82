package ingest

import (
	"net/url"
	"regexp"
	"strings"

	"github.com/mmcdole/gofeed"
)

// Platform is where a feed's items are published: a news site's own feed,
// or a social source that publishes RSS. Items of every platform are
// articles of the feed's kind; the platform says how to read them (a post
// has no headline, a video or an episode little text).
type Platform string

const (
	PlatformWeb      Platform = "web"
	PlatformMastodon Platform = "mastodon" // an account's or a hashtag's posts
	PlatformBluesky  Platform = "bluesky"  // a profile's posts
	PlatformYouTube  Platform = "youtube"  // a channel's or a playlist's videos
	PlatformPodcast  Platform = "podcast"  // a podcast's episodes
)

// Platforms are the platforms in the order forms list them.
var Platforms = []Platform{PlatformWeb, PlatformMastodon, PlatformBluesky, PlatformYouTube, PlatformPodcast}

// Valid tells whether p is a known platform.
func (p Platform) Valid() bool {
	for _, k := range Platforms {
		if p == k {
			return true
		}
	}
	return false
}

// Label is the Swedish name of the platform.
func (p Platform) Label() string {
	switch p {
	case PlatformWeb:
		return "Webbflöde"
	case PlatformMastodon:
		return "Mastodon"
	case PlatformBluesky:
		return "Bluesky"
	case PlatformYouTube:
		return "YouTube"
	case PlatformPodcast:
		return "Podd"
	}
	return string(p)
}

// Social tells whether the platform is a social medium.
func (p Platform) Social() bool { return p != PlatformWeb && p != "" }

var (
	mastodonPath = regexp.MustCompile(`^/(@[^/]+|users/[^/]+|tags/[^/]+)\.rss$`)
	blueskyPath  = regexp.MustCompile(`^/profile/[^/]+/rss$`)
	podcastPath  = regexp.MustCompile(`(?i)(^|[/._-])(podcasts?|podd(ar)?|pod)([/._-]|$)`)
)

// PlatformOf guesses a feed's platform from its URL: Mastodon's
// /@account.rss and /tags/tag.rss, Bluesky's /profile/…/rss, YouTube's
// /feeds/videos.xml, and "podcast" or "podd" in the path.
func PlatformOf(feedURL string) Platform {
	u, err := url.Parse(feedURL)
	if err != nil {
		return PlatformWeb
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	switch {
	case host == "bsky.app" && blueskyPath.MatchString(u.Path):
		return PlatformBluesky
	case (host == "youtube.com" || host == "m.youtube.com") && u.Path == "/feeds/videos.xml":
		return PlatformYouTube
	case mastodonPath.MatchString(u.Path):
		return PlatformMastodon
	case podcastPath.MatchString(u.Path) || strings.HasPrefix(host, "podcast") || strings.HasPrefix(host, "podd"):
		return PlatformPodcast
	}
	return PlatformWeb
}

// looksLikePodcast tells a parsed web feed that is a podcast: iTunes tags,
// or audio enclosures on most items.
func looksLikePodcast(doc *gofeed.Feed) bool {
	if doc == nil {
		return false
	}
	if doc.ITunesExt != nil && (doc.ITunesExt.Author != "" || doc.ITunesExt.Type != "" || len(doc.ITunesExt.Categories) > 0) {
		return true
	}
	audio := 0
	for _, it := range doc.Items {
		if it == nil {
			continue
		}
		for _, e := range it.Enclosures {
			if e != nil && strings.HasPrefix(e.Type, "audio/") {
				audio++
				break
			}
		}
	}
	return len(doc.Items) > 0 && audio*2 > len(doc.Items)
}
