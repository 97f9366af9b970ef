package tagger

import (
	_ "embed"
	"fmt"
	"sync"

	"github.com/newsgraph/newsgraph/internal/gazetteer"
)

// The shipped weights, trained by `make model` (newsgraph tagger train) on
// the GMB and CrossNER politics training sets; see NOTICE. Only numbers are
// shipped, no training text.
//
//go:embed model/tagger.gz
var shipped []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the shipped model with the embedded gazetteer as its
// Lexicon, decoded once and shared (it is safe for concurrent use).
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = LoadBytes(shipped)
		if defaultErr != nil {
			defaultErr = fmt.Errorf("shipped tagger model: %w", defaultErr)
			return
		}
		defaultModel.SetLexicon(gazetteer.Default())
	})
	return defaultModel, defaultErr
}
