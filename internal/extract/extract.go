// Package extract is the per-document stage of the pipeline: a pure function
// from one document to its entities and relation candidates. It holds no
// state across documents, so documents can be processed in any order, in
// parallel, or as the map step of a distributed job; the cross-document
// merge happens after it.
package extract

import (
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
}

// Extract runs the per-document stages on text.
func (x *Extractor) Extract(text string) Result {
	var r Result
	r.Sentences = x.Segmenter.Segment(text)
	r.Mentions = x.Finder.Find(text, r.Sentences)
	r.DocEntities = x.Resolver.Resolve(text, r.Sentences, r.Mentions)
	types := make([]mention.Type, len(r.Entities))
	for i, e := range r.Entities {
		types[i] = e.Type
	}
	r.Relations = x.Relater.Relate(relate.Input{
		Text: text, Sentences: r.Sentences, Mentions: r.Mentions,
		MentionEntity: r.MentionEntity, EntityTypes: types,
	})
	return r
}
