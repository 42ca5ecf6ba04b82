package ingest

import (
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"strings"
	"sync"
	"time"
	"unicode"

	"gorm.io/gorm"
)

// Near-duplicate detection: the same wire story (TT, an agency, a press
// release) published by several outlets, each lightly edited — another
// headline, a word changed, a sentence added.
//
// The choice. A single key computed from the text alone (a SimHash cut into
// buckets, say) puts two copies in the same bucket only by luck once the
// copies differ in a few words: on 300 characters a one-word edit flips
// several of a SimHash's 64 bits, and any bucket boundary splits some pairs.
// So the key is not computed, it is inherited:
//
//  1. StoryFingerprint takes the words of the title and the first 300
//     characters of the text (lower case, letters and digits), forms word
//     bigrams and computes a 32-value MinHash signature of that set. The
//     share of equal values estimates the Jaccard similarity of two texts.
//  2. When the store inserts an article, it looks the signature up among the
//     articles published within three days of it (an in-memory LSH index of
//     16 bands of 2 values, which finds every pair above about 0.5 similarity
//     with near certainty). If one is at least half similar, the new article
//     takes that article's StoryKey; otherwise it starts a group with its own
//     key (a hash of its signature).
//
// A lightly edited copy shares most bigrams (a changed word costs two of ~45)
// and joins the group; an unrelated story about the same crisis shares a few
// bigrams at most and does not. The index is rebuilt from the articles table
// (story_sig) after a restart and follows it by id, so every instance groups
// the same way.
const (
	storyLeadRunes = 300
	storyHashes    = 32
	storyBandRows  = 2
	storyMinEqual  = storyHashes / 2 // estimated Jaccard similarity ≥ 0.5
	storyMinWords  = 6
	storyWindow    = 72 * time.Hour
)

var storySeeds = func() [storyHashes]uint64 {
	var s [storyHashes]uint64
	x := uint64(0x4c41474553424c44) // "LAGESBLD"
	for i := range s {
		x = splitmix64(x)
		s[i] = x
	}
	return s
}()

func splitmix64(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// StoryFingerprint returns the standalone story key and the MinHash
// signature (hex) of a text's title and lead; see the comment above. A text
// of fewer than six words gets a key from its exact words and no signature.
func StoryFingerprint(title, body string) (key, sig string) {
	lead := body
	if cut := runeOffset(lead, storyLeadRunes); cut < len(lead) {
		lead = lead[:cut]
		if i := strings.LastIndexByte(lead, ' '); i > len(lead)/2 {
			lead = lead[:i]
		}
	}
	words := storyWords(title + " " + lead)
	if len(words) == 0 {
		return "", ""
	}
	if len(words) < storyMinWords {
		h := fnv.New64a()
		h.Write([]byte(strings.Join(words, " ")))
		return fmt.Sprintf("t%015x", h.Sum64()>>4), ""
	}
	var mins [storyHashes]uint32
	for i := range mins {
		mins[i] = ^uint32(0)
	}
	for i := 0; i+1 < len(words); i++ {
		v := fnv1a(fnv1a(fnv1a(fnvOffset, words[i]), " "), words[i+1])
		for j := range mins {
			if m := uint32(splitmix64(v^storySeeds[j]) >> 32); m < mins[j] {
				mins[j] = m
			}
		}
	}
	var raw [storyHashes * 4]byte
	for i, m := range mins {
		raw[4*i], raw[4*i+1], raw[4*i+2], raw[4*i+3] = byte(m>>24), byte(m>>16), byte(m>>8), byte(m)
	}
	h := fnv.New64a()
	h.Write(raw[:])
	return fmt.Sprintf("s%015x", h.Sum64()>>4), hex.EncodeToString(raw[:])
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// fnv1a continues an FNV-1a hash over s without allocating.
func fnv1a(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// runeOffset is the byte offset of the n-th rune of s (len(s) when shorter).
func runeOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

func storyWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
}

type storySig [storyHashes]uint32

func parseStorySig(s string) (storySig, bool) {
	var sig storySig
	if len(s) != storyHashes*8 {
		return sig, false
	}
	raw, err := hex.DecodeString(s)
	if err != nil {
		return sig, false
	}
	for i := range sig {
		sig[i] = uint32(raw[4*i])<<24 | uint32(raw[4*i+1])<<16 | uint32(raw[4*i+2])<<8 | uint32(raw[4*i+3])
	}
	return sig, true
}

// StorySimilarity estimates the Jaccard similarity of the texts behind two
// signatures (0 when either is missing).
func StorySimilarity(a, b string) float64 {
	sa, ok1 := parseStorySig(a)
	sb, ok2 := parseStorySig(b)
	if !ok1 || !ok2 {
		return 0
	}
	return float64(equalHashes(&sa, &sb)) / storyHashes
}

func equalHashes(a, b *storySig) int {
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return n
}

func bandKey(band int, sig *storySig) uint64 {
	v := uint64(band)<<58 ^ uint64(sig[band*storyBandRows])<<26 ^ uint64(sig[band*storyBandRows+1])
	return splitmix64(v)
}

type storyEntry struct {
	key       string
	sig       storySig
	published time.Time
}

// storyIndex holds the signatures of recent articles, banded for lookup.
type storyIndex struct {
	mu      sync.Mutex
	loaded  bool
	maxID   int64
	entries []storyEntry
	bands   map[uint64][]int32
	pruneAt int // prune when entries grow past this
}

type storyRow struct {
	ID          int64
	StoryKey    string
	StorySig    string
	PublishedAt time.Time
}

// sync brings the index up to date with the committed articles; it runs
// inside the writing transaction, after the article-order lock.
func (x *storyIndex) sync(tx *gorm.DB, now time.Time) error {
	var rows []storyRow
	if !x.loaded {
		if err := tx.Raw("SELECT COALESCE(MAX(id), 0) FROM articles").Scan(&x.maxID).Error; err != nil {
			return fmt.Errorf("story index: %w", err)
		}
		if err := tx.Raw(`SELECT id, story_key, story_sig, published_at FROM articles
			WHERE story_sig <> '' AND published_at >= ? AND id <= ? ORDER BY id`,
			now.Add(-2*storyWindow), x.maxID).Scan(&rows).Error; err != nil {
			return fmt.Errorf("load story index: %w", err)
		}
		x.entries, x.bands, x.loaded = nil, map[uint64][]int32{}, true
	} else {
		if err := tx.Raw(`SELECT id, story_key, story_sig, published_at FROM articles
			WHERE id > ? ORDER BY id LIMIT 50000`, x.maxID).Scan(&rows).Error; err != nil {
			return fmt.Errorf("follow story index: %w", err)
		}
	}
	for _, r := range rows {
		x.maxID = max(x.maxID, r.ID)
		x.add(r.StoryKey, r.StorySig, r.PublishedAt)
	}
	if len(x.entries) > max(x.pruneAt, 20000) {
		x.prune(now)
		// Rebuild again only once the live set has doubled.
		x.pruneAt = 2 * len(x.entries)
	}
	return nil
}

func (x *storyIndex) add(key, sigHex string, published time.Time) {
	sig, ok := parseStorySig(sigHex)
	if !ok || key == "" {
		return
	}
	i := int32(len(x.entries))
	x.entries = append(x.entries, storyEntry{key: key, sig: sig, published: published.UTC()})
	for b := 0; b < storyHashes/storyBandRows; b++ {
		k := bandKey(b, &sig)
		x.bands[k] = append(x.bands[k], i)
	}
}

func (x *storyIndex) prune(now time.Time) {
	old := x.entries
	x.entries, x.bands = nil, map[uint64][]int32{}
	for _, e := range old {
		if e.published.After(now.Add(-2 * storyWindow)) {
			i := int32(len(x.entries))
			x.entries = append(x.entries, e)
			for b := 0; b < storyHashes/storyBandRows; b++ {
				k := bandKey(b, &e.sig)
				x.bands[k] = append(x.bands[k], i)
			}
		}
	}
}

// group returns the key of the most similar recent article, if one is
// similar enough.
func (x *storyIndex) group(sigHex string, published time.Time) (string, bool) {
	sig, ok := parseStorySig(sigHex)
	if !ok {
		return "", false
	}
	// An entry found under several bands is compared again: comparing its
	// hashes costs less than remembering which were seen (a map: 60 % of
	// this function's time under the load benchmark), and a second look
	// changes nothing, as only a larger count wins.
	best, bestN := -1, storyMinEqual-1
	for b := 0; b < storyHashes/storyBandRows; b++ {
		for _, i := range x.bands[bandKey(b, &sig)] {
			e := &x.entries[i]
			if d := e.published.Sub(published); d > storyWindow || d < -storyWindow {
				continue
			}
			if n := equalHashes(&sig, &e.sig); n > bestN {
				best, bestN = int(i), n
			}
		}
	}
	if best < 0 {
		return "", false
	}
	return x.entries[best].key, true
}

// assignStoryKeys gives each new article the key of the near-duplicate
// group it belongs to, and lets later articles of the same batch join groups
// started earlier in it.
func (x *storyIndex) assignStoryKeys(tx *gorm.DB, fresh []Article, now time.Time) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	if err := x.sync(tx, now); err != nil {
		return err
	}
	var batch storyIndex
	batch.bands = map[uint64][]int32{}
	for i := range fresh {
		a := &fresh[i]
		if a.StorySig == "" {
			continue
		}
		if key, ok := x.group(a.StorySig, a.PublishedAt); ok {
			a.StoryKey = key
		} else if key, ok := batch.group(a.StorySig, a.PublishedAt); ok {
			a.StoryKey = key
		}
		batch.add(a.StoryKey, a.StorySig, a.PublishedAt)
	}
	return nil
}
