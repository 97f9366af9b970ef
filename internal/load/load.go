// Package load reads articles from files, folders and standard input into
// Documents: plain text, Markdown, HTML (article text only) and JSON Lines.
package load

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Document is one article as loaded. Offsets in later stages point into Text.
type Document struct {
	ID     string
	Path   string
	Title  string
	Date   string
	URL    string
	SHA256 string
	Text   string
}

// Documents yields every article under paths in a stable order: each path in
// the order given, folders walked recursively in sorted order. "-" reads
// standard input. Errors name the file and the problem; after an error the
// sequence goes on with the next file, so the caller decides whether to stop.
func Documents(paths []string) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		for _, p := range paths {
			if !walk(p, yield) {
				return
			}
		}
	}
}

func walk(root string, yield func(Document, error) bool) bool {
	info, err := os.Stat(root)
	if err != nil {
		return yield(Document{}, fmt.Errorf("%s: %w", root, err))
	}
	if !info.IsDir() {
		return readFile(root, filepath.Base(root), yield)
	}
	var files []string
	err = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && isArticle(p) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return yield(Document{}, fmt.Errorf("%s: %w", root, err))
	}
	sort.Strings(files)
	if len(files) == 0 {
		return yield(Document{}, fmt.Errorf("%s: no articles (.txt, .md, .html, .jsonl) in folder", root))
	}
	for _, f := range files {
		rel, _ := filepath.Rel(root, f)
		if !readFile(f, filepath.ToSlash(rel), yield) {
			return false
		}
	}
	return true
}

func isArticle(p string) bool {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".jsonl", ".ndjson":
		return true
	}
	return false
}

func readFile(path, id string, yield func(Document, error) bool) bool {
	data, err := os.ReadFile(path)
	if err != nil {
		return yield(Document{}, fmt.Errorf("%s: %w", path, err))
	}
	text := string(data)
	sum := sha256.Sum256(data)
	return yield(Document{ID: id, Path: path, Text: text, SHA256: hex.EncodeToString(sum[:])}, nil)
}
