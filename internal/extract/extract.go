// Package extract is the per-document stage of the pipeline: a pure function
// from one document to its entities and relation candidates. It holds no
// state across documents, so documents can be processed in any order, in
// parallel, or as the map step of a distributed job; the cross-document
// merge happens after it.
package extract

import (
	"sync/atomic"
	"time"

	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/relate"
	"github.com/newsgraph/newsgraph/internal/resolve"
	"github.com/newsgraph/newsgraph/internal/segment"
)

// Result is what one document yields.
type Result struct {
	Sentences []segment.Sentence
	Mentions  []mention.Mention
	resolve.DocEntities
	Relations []relate.Relation
}

// Extractor composes the stages. Each must be safe for concurrent use.
type Extractor struct {
	Segmenter segment.Segmenter
	Finder    mention.Finder
	Resolver  resolve.Resolver
	Relater   relate.Relater
	// Timings, when set, accumulates the time spent in each stage.
	Timings *Timings
}

// Timings holds the total nanoseconds spent in each stage, over all workers.
type Timings struct {
	Segment, Mentions, Resolve, Relate atomic.Int64
}

// Extract runs the per-document stages on text.
func (x *Extractor) Extract(text string) Result {
	var r Result
	t0 := x.now()
	r.Sentences = x.Segmenter.Segment(text)
	t1 := x.now()
	r.Mentions = x.Finder.Find(text, r.Sentences)
	t2 := x.now()
	r.DocEntities = x.Resolver.Resolve(text, r.Sentences, r.Mentions)
	t3 := x.now()
	types := make([]mention.Type, len(r.Entities))
	for i, e := range r.Entities {
		types[i] = e.Type
	}
	r.Relations = x.Relater.Relate(relate.Input{
		Text: text, Sentences: r.Sentences, Mentions: r.Mentions,
		MentionEntity: r.MentionEntity, EntityTypes: types,
	})
	if x.Timings != nil {
		t4 := x.now()
		x.Timings.Segment.Add(int64(t1.Sub(t0)))
		x.Timings.Mentions.Add(int64(t2.Sub(t1)))
		x.Timings.Resolve.Add(int64(t3.Sub(t2)))
		x.Timings.Relate.Add(int64(t4.Sub(t3)))
	}
	return r
}

func (x *Extractor) now() time.Time {
	if x.Timings == nil {
		return time.Time{}
	}
	return time.Now()
}
