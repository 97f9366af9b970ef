package tagger

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// Sentence is one tagged sentence: Words[i] carries Tags[i].
type Sentence struct {
	Words []string
	Tags  []Tag
}

// ReadCoNLL reads sentences in the two-column CoNLL format: one
// "word<TAB>tag" per line (the tag is the last whitespace-separated field,
// so space-separated files read too), a blank line between sentences.
// "-DOCSTART-" lines are skipped. Errors carry the line number.
func ReadCoNLL(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(s) == "" {
			flush()
			continue
		}
		if strings.HasPrefix(s, "-DOCSTART-") {
			continue
		}
		cut := strings.LastIndexAny(s, "\t ")
		if cut <= 0 {
			return out, fmt.Errorf("line %d: want \"word<TAB>tag\", got %q", line, s)
		}
		word, tag := strings.TrimSpace(s[:cut]), s[cut+1:]
		if word == "" {
			return out, fmt.Errorf("line %d: empty word", line)
		}
		t, err := ParseTag(tag)
		if err != nil {
			return out, fmt.Errorf("line %d: %w", line, err)
		}
		cur.Words = append(cur.Words, word)
		cur.Tags = append(cur.Tags, t)
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("line %d: %w", line+1, err)
	}
	flush()
	return out, nil
}

// ReadCoNLLFiles reads and concatenates the sentences of several files.
func ReadCoNLLFiles(paths ...string) ([]Sentence, error) {
	var all []Sentence
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", p, err)
		}
		s, err := ReadCoNLL(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", p, err)
		}
		all = append(all, s...)
	}
	return all, nil
}
