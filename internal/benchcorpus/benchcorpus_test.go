package benchcorpus

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestCorpusIsDeterministicAndVaried(t *testing.T) {
	g, err := New(FromGazetteer())
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	wa, err := g.WriteJSONL(&a, 7, 50)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := g.WriteJSONL(&b, 7, 50); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("same seed gave different corpora")
	}
	lines := strings.Split(strings.TrimSpace(a.String()), "\n")
	if len(lines) != 50 {
		t.Fatalf("%d lines, want 50", len(lines))
	}
	if wa < 50*100 {
		t.Errorf("only %d words in 50 articles", wa)
	}
	kinds := map[string]bool{}
	for _, l := range lines {
		var art Article
		if err := json.Unmarshal([]byte(l), &art); err != nil {
			t.Fatalf("line is not an article: %v", err)
		}
		for _, cue := range []string{"held talks", "imposed sanctions", "lifted sanctions", "has yet to", "threatened to", "Fighting broke out"} {
			if strings.Contains(art.Text, cue) {
				kinds[cue] = true
			}
		}
	}
	if len(kinds) < 6 {
		t.Errorf("corpus lacks variety: only %v", kinds)
	}
	var c bytes.Buffer
	g.WriteJSONL(&c, 8, 50)
	if bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Error("different seeds gave the same corpus")
	}
}

func BenchmarkGenerate(b *testing.B) {
	g, err := New(FromGazetteer())
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	for i := 0; b.Loop(); i++ {
		buf.Reset()
		g.WriteJSONL(&buf, 1, 10)
	}
}
