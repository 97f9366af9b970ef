package main

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"iter"
	"path"

	"github.com/newsgraph/newsgraph/graph"
)

// samples is a copy of testdata/articles (make samples refreshes it; a test
// checks the two agree), so a new user sees a graph with no input at all.
//
//go:embed samples
var samples embed.FS

func sampleDocuments() iter.Seq2[graph.Document, error] {
	return func(yield func(graph.Document, error) bool) {
		err := fs.WalkDir(samples, "samples", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || path.Ext(p) != ".txt" {
				return err
			}
			data, err := samples.ReadFile(p)
			if err != nil {
				return err
			}
			sum := sha256.Sum256(data)
			id := path.Base(p)
			if !yield(graph.Document{ID: id, Path: "samples/" + id, Text: string(data), SHA256: hex.EncodeToString(sum[:])}, nil) {
				return fs.SkipAll
			}
			return nil
		})
		if err != nil {
			yield(graph.Document{}, err)
		}
	}
}
