package graph

import (
	"io"
	"runtime"
	"time"
)

// Option configures Build.
type Option func(*config)

type config struct {
	workers        int
	maxEvidence    int
	explain        io.Writer
	gazetteerFiles []string
	patternFiles   []string
	noTagger       bool
	progress       func(done int)
	stats          *Stats
}

func defaultConfig() config {
	return config{workers: runtime.GOMAXPROCS(0), maxEvidence: 10}
}

// WithWorkers sets how many documents are processed at once (default: the
// number of cores). The output is the same for any number.
func WithWorkers(n int) Option {
	return func(c *config) {
		if n > 0 {
			c.workers = n
		}
	}
}

// WithMaxEvidence bounds the evidence kept per edge (default 10); the full
// count is kept in Edge.EvidenceCount. Zero or less keeps all.
func WithMaxEvidence(n int) Option { return func(c *config) { c.maxEvidence = n } }

// WithExplain makes the builder log which rule merged which names and which
// rule produced which relation.
func WithExplain(w io.Writer) Option { return func(c *config) { c.explain = w } }

// WithGazetteerFiles adds user gazetteer files to the embedded tables.
func WithGazetteerFiles(paths ...string) Option {
	return func(c *config) { c.gazetteerFiles = append(c.gazetteerFiles, paths...) }
}

// WithPatternFiles adds user relation-pattern files to the embedded ones.
func WithPatternFiles(paths ...string) Option {
	return func(c *config) { c.patternFiles = append(c.patternFiles, paths...) }
}

// WithoutTagger turns the learned entity tagger off (gazetteers and rules only).
func WithoutTagger() Option { return func(c *config) { c.noTagger = true } }

// WithProgress calls f after each document is processed with the count so far.
func WithProgress(f func(done int)) Option { return func(c *config) { c.progress = f } }

// Stats reports what a build did and where its time went. Stage times of the
// per-document stages are summed over all workers (CPU time, roughly); Merge
// is the single-threaded cross-document merge and graph assembly.
type Stats struct {
	Documents int
	Bytes     int64
	Segment   time.Duration
	Mentions  time.Duration
	Resolve   time.Duration
	Relate    time.Duration
	Merge     time.Duration
	Wall      time.Duration
}

// WithStats makes Build fill s.
func WithStats(s *Stats) Option { return func(c *config) { c.stats = s } }
