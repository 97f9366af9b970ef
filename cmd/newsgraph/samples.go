package main

import (
	"embed"
	"fmt"
	"io"
	"iter"

	"github.com/newsgraph/newsgraph/graph"
)

// samples is a copy of testdata/articles (make samples refreshes it; a test
// checks the two agree), so a new user sees a graph with no input at all.
// They go through the same loader as files on disk, so .txt, .md, .html and
// .jsonl samples all work.
//
//go:embed samples
var samples embed.FS

func sampleDocuments() iter.Seq2[graph.Document, error] {
	return graph.ReadFS(samples, "samples")
}

// withWarnings passes docs through, printing each document's loader
// warnings to w as "newsgraph: warning: FILE: ..." as the document goes by,
// so a warning shows up next to the progress it belongs to.
func withWarnings(docs iter.Seq2[graph.Document, error], w io.Writer) iter.Seq2[graph.Document, error] {
	return func(yield func(graph.Document, error) bool) {
		for d, err := range docs {
			for _, msg := range d.Warnings {
				fmt.Fprintf(w, "newsgraph: warning: %s\n", msg)
			}
			if !yield(d, err) {
				return
			}
		}
	}
}
