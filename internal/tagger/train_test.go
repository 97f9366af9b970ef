package tagger

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"testing"
)

func tinyData(t testing.TB) []Sentence {
	t.Helper()
	s, err := ReadCoNLLFiles("testdata/tiny.conll")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func modelBytes(t testing.TB, m *Model) []byte {
	t.Helper()
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestTrainReproducible(t *testing.T) {
	data := tinyData(t)
	cfg := TrainConfig{Epochs: 5, Seed: 7, Bits: 12}
	a, err := Train(data, cfg)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Train(data, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(modelBytes(t, a), modelBytes(t, b)) {
		t.Error("same data and seed gave different model bytes")
	}
	cfg.Seed = 8
	c, err := Train(data, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(modelBytes(t, a), modelBytes(t, c)) {
		t.Error("the seed changes nothing: is the data shuffled?")
	}
}

func TestTrainLearns(t *testing.T) {
	data := tinyData(t)
	m, err := Train(data, TrainConfig{Epochs: 10, Bits: 14})
	if err != nil {
		t.Fatal(err)
	}
	if f := m.Evaluate(data).Micro.F1(); f < 0.95 {
		t.Errorf("training-set F1 %.3f, want >= 0.95", f)
	}
}

func TestTrainErrors(t *testing.T) {
	for _, tt := range []struct {
		name  string
		sents []Sentence
		cfg   TrainConfig
	}{
		{"no data", nil, TrainConfig{}},
		{"ragged", []Sentence{{Words: []string{"a", "b"}, Tags: []Tag{O}}}, TrainConfig{}},
		{"bits", tinyData(t), TrainConfig{Bits: 40}},
	} {
		if _, err := Train(tt.sents, tt.cfg); err == nil {
			t.Errorf("%s: no error", tt.name)
		}
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	data := tinyData(t)
	m, err := Train(data, TrainConfig{Epochs: 4, Bits: 12})
	if err != nil {
		t.Fatal(err)
	}
	raw := modelBytes(t, m)
	back, err := LoadBytes(raw)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(modelBytes(t, back), raw) {
		t.Error("load then save changed the bytes")
	}
	if back.Buckets() != 1<<12 {
		t.Errorf("buckets %d", back.Buckets())
	}
	for _, s := range data {
		if a, b := m.Tag(s.Words), back.Tag(s.Words); !equalTags(a, b) {
			t.Errorf("%v: %v before save, %v after", s.Words, a, b)
		}
	}
}

func equalTags(a, b []Tag) bool { return bytes.Equal(tagBytes(a), tagBytes(b)) }

func tagBytes(ts []Tag) []byte {
	b := make([]byte, len(ts))
	for i, t := range ts {
		b[i] = byte(t)
	}
	return b
}

func TestLoadRejects(t *testing.T) {
	m, err := Train(tinyData(t), TrainConfig{Epochs: 1, Bits: 10})
	if err != nil {
		t.Fatal(err)
	}
	good := modelBytes(t, m)
	for _, tt := range []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"not gzip", []byte("NGTAGGER")},
		{"truncated", good[:len(good)/2]},
		{"bad magic", gz(t, []byte("NOTATAGGERFILE"))},
		{"other feature version", gz(t, func() []byte {
			b := ungz(t, good)
			b[len(magic)+2]++ // Features follows Format
			return b
		}())},
		{"trailing data", gz(t, append(ungz(t, good), 0))},
	} {
		_, err := LoadBytes(tt.data)
		if !errors.Is(err, ErrFormat) {
			t.Errorf("%s: err = %v, want ErrFormat", tt.name, err)
		}
	}
}

func TestShippedModel(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if m2, _ := Default(); m2 != m {
		t.Error("Default decodes the model twice")
	}
	// Clear cases that any usable model gets right.
	for _, tt := range []struct {
		words []string
		want  []Span
	}{
		{[]string{"The", "army", "entered", "Iraq", "on", "Monday", "."}, []Span{{3, 4, CTRY}}},
		{[]string{"President", "George", "Bush", "spoke", "to", "reporters", "."}, []Span{{1, 3, PER}}},
	} {
		if got := Spans(m.Tag(tt.words)); !equalSpans(got, tt.want) {
			t.Errorf("%v: %v, want %v", tt.words, got, tt.want)
		}
	}
}

func equalSpans(a, b []Span) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func BenchmarkTag(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	raw, err := os.ReadFile("testdata/bench.txt")
	if err != nil {
		b.Fatal(err)
	}
	var sents [][]string
	words := 0
	for _, line := range bytes.Split(bytes.TrimSpace(raw), []byte("\n")) {
		var s []string
		for _, w := range bytes.Fields(line) {
			s = append(s, string(w))
		}
		sents = append(sents, s)
		words += len(s)
	}
	out := make([]Tag, 256)
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			m.TagInto(s, out[:len(s)])
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func gz(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func ungz(t *testing.T, b []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestTagConcurrent(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	data := tinyData(t)
	want := make([][]Tag, len(data))
	for i, s := range data {
		want[i] = m.Tag(s.Words)
	}
	errs := make(chan string, 4)
	for range 4 {
		go func() {
			for round := range 20 {
				for i, s := range data {
					if got := m.Tag(s.Words); !equalTags(got, want[i]) {
						errs <- fmt.Sprintf("round %d, %v: %v, want %v", round, s.Words, got, want[i])
						return
					}
				}
			}
			errs <- ""
		}()
	}
	for range 4 {
		if e := <-errs; e != "" {
			t.Error(e)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := LoadBytes(shipped); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzDecode(f *testing.F) {
	m, err := Train(tinyData(f), TrainConfig{Epochs: 1, Bits: 8})
	if err != nil {
		f.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		f.Fatal(err)
	}
	zr, err := gzip.NewReader(&b)
	if err != nil {
		f.Fatal(err)
	}
	raw, _ := io.ReadAll(zr)
	f.Add(raw)
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, raw []byte) {
		// Keep the table small: the bits byte follows magic and two uint16.
		if len(raw) > len(magic)+4 && raw[len(magic)+4] > 16 {
			return
		}
		m, err := decode(bufio.NewReader(bytes.NewReader(raw)))
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("error %v is not ErrFormat", err)
			}
			return
		}
		m.Tag([]string{"A", "b", "C"})
	})
}
