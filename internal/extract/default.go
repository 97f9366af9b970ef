package extract

import (
	"io"
	"sync"

	"github.com/newsgraph/newsgraph/internal/gazetteer"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/relate"
	"github.com/newsgraph/newsgraph/internal/resolve"
	"github.com/newsgraph/newsgraph/internal/segment"
	"github.com/newsgraph/newsgraph/internal/tagger"
)

// Options configures the default pipeline.
type Options struct {
	GazetteerFiles []string  // extra user gazetteer files
	PatternFiles   []string  // extra user relation-pattern files
	NoTagger       bool      // rules and gazetteers only
	Explain        io.Writer // merge and rule log, nil for none
}

// builtinRelater compiles the embedded patterns once per process: a library
// user calling graph.Build in a loop would otherwise pay the parse every time.
// Compiled patterns are read-only, so one Rules serves every build.
var builtinRelater = sync.OnceValues(func() (*relate.Rules, error) { return relate.New() })

// New builds the default per-document pipeline and the cross-document merger.
func New(opts Options) (*Extractor, resolve.Merger, error) {
	rel, err := builtinRelater()
	if len(opts.PatternFiles) > 0 {
		rel, err = relate.New(opts.PatternFiles...)
	}
	if err != nil {
		return nil, nil, err
	}
	gaz, err := gazetteer.Load(opts.GazetteerFiles...)
	if err != nil {
		return nil, nil, err
	}
	x := &Extractor{
		Segmenter: segment.Default{},
		Finder:    mention.NewRules(gaz),
		Resolver:  resolve.NewRules(gaz),
		Relater:   rel,
	}
	if !opts.NoTagger {
		// The learned tagger adds names the tables and rules miss; see
		// mention.Learned for how its spans and theirs are combined.
		m, err := tagger.Default()
		if err != nil {
			return nil, nil, err
		}
		x.Finder = mention.NewLearned(x.Finder, m, gaz)
	}
	return x, resolve.NewIndex(opts.Explain), nil
}
