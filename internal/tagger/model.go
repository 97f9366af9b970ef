package tagger

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sync"
)

// Model is a trained tagger: a hashed feature table of int16 weights, one
// row of NumTags weights per bucket. It is safe for concurrent use; Tag
// takes its scratch buffers from a pool.
type Model struct {
	bits    uint8   // the table has 1<<bits rows
	scale   float32 // weight = int16 * scale (kept for reports)
	weights []int16 // row-major: row b holds weights[b*NumTags : (b+1)*NumTags]
	lex     Lexicon
	pool    sync.Pool
}

// ErrFormat reports a model file that this build cannot read.
var ErrFormat = errors.New("not a tagger model of this version")

const magic = "NGTAGGER"

// FormatVersion is the version of the model file layout.
const FormatVersion = 1

// maxBits bounds the table: 1<<24 rows of NumTags int16 is 300 MB.
const maxBits = 24

// SetLexicon sets the gazetteer the features look names up in; it must be
// the one the model was trained with (nil for none). Call it before tagging.
func (m *Model) SetLexicon(lex Lexicon) { m.lex = lex }

// WithLexicon returns a model sharing m's weights that looks names up in
// lex (nil for none).
func (m *Model) WithLexicon(lex Lexicon) *Model {
	return &Model{bits: m.bits, scale: m.scale, weights: m.weights, lex: lex}
}

// Buckets is the number of rows of the feature table.
func (m *Model) Buckets() int { return 1 << m.bits }

func (m *Model) row(h uint64) []int16 {
	// The high bits of the mixed hash are the best mixed.
	b := int((h * 0x9E3779B97F4A7C15) >> (64 - uint64(m.bits)))
	return m.weights[b*NumTags : b*NumTags+NumTags : b*NumTags+NumTags]
}

type scratch struct {
	fs    featurizer
	feats []uint64
}

func (m *Model) scratch() *scratch {
	if s, ok := m.pool.Get().(*scratch); ok {
		s.fs.lex = m.lex
		return s
	}
	return &scratch{fs: featurizer{lex: m.lex}}
}

// Tag returns the tag of each word of one sentence. Words are tokens as in
// the training data: punctuation and the possessive "'s" apart.
func (m *Model) Tag(words []string) []Tag {
	out := make([]Tag, len(words))
	m.TagInto(words, out)
	return out
}

// TagInto is Tag writing into out, which must be as long as words.
func (m *Model) TagInto(words []string, out []Tag) { m.tag(words, out, nil) }

// TagScores is Tag that also returns every tag's score at each word, given
// the tags chosen before it, in weight units (the model's raw int16 scale:
// compare scores of one model only). Tags not allowed after the previous
// tag (I-X after anything but B-X or I-X) score math.MinInt32.
func (m *Model) TagScores(words []string) ([]Tag, [][NumTags]int32) {
	out, scores := make([]Tag, len(words)), make([][NumTags]int32, len(words))
	m.tag(words, out, scores)
	return out, scores
}

// Margins returns each word's margin: the score of its tag minus the best
// score of any other allowed tag. A margin near zero is a coin toss; on
// GMB dev, spans whose least margin is 100 or more are right 95 times in
// 100, against 85 for all spans.
func Margins(tags []Tag, scores [][NumTags]int32) []int32 {
	out := make([]int32, len(tags))
	for i, t := range tags {
		second := int32(math.MinInt32)
		for u := range numTags {
			if u != t {
				second = max(second, scores[i][u])
			}
		}
		out[i] = scores[i][t] - second
	}
	return out
}

// SpanMargin is the confidence of a span: the least margin of its words.
func SpanMargin(margins []int32, sp Span) int32 {
	least := int32(math.MaxInt32)
	for _, v := range margins[sp.Start:sp.End] {
		least = min(least, v)
	}
	return least
}

// tag tags words into out, and their scores into scores unless nil.
func (m *Model) tag(words []string, out []Tag, scores [][NumTags]int32) {
	s := m.scratch()
	s.fs.prepare(words, nil)
	var prev2, prev Tag
	for i := range words {
		var sc [NumTags]int32
		s.feats = s.fs.static(i, s.feats[:0])
		s.feats = s.fs.history(i, prev2, prev, s.feats)
		for _, f := range s.feats {
			r := m.row(f)
			for t := range sc {
				sc[t] += int32(r[t])
			}
		}
		best := O
		for t := Tag(1); t < numTags; t++ {
			if sc[t] > sc[best] && allowed(prev, t) {
				best = t
			}
		}
		out[i] = best
		if scores != nil {
			for t := range numTags {
				if !allowed(prev, t) {
					sc[t] = math.MinInt32
				}
			}
			scores[i] = sc
		}
		prev2, prev = prev, best
	}
	m.pool.Put(s)
}

// header is the fixed part of a model file, after the magic.
type header struct {
	Format, Features uint16
	Bits, Tags       uint8
	Scale            float32
	Rows             uint32 // rows stored (the others are zero)
}

// WriteTo writes the model: gzip over the magic, the header, then each
// non-zero row as the uvarint gap from the previous row and NumTags
// zig-zag varint weights. The bytes depend only on the weights, so equal
// models give equal files.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(zw)
	rows := 0
	for b := 0; b < m.Buckets(); b++ {
		if !zeroRow(m.weights[b*NumTags : (b+1)*NumTags]) {
			rows++
		}
	}
	bw.WriteString(magic)
	h := header{Format: FormatVersion, Features: FeatureVersion, Bits: m.bits, Tags: uint8(NumTags), Scale: m.scale, Rows: uint32(rows)}
	if err := binary.Write(bw, binary.LittleEndian, h); err != nil {
		return cw.n, err
	}
	var buf [binary.MaxVarintLen64]byte
	last := -1
	for b := 0; b < m.Buckets(); b++ {
		r := m.weights[b*NumTags : (b+1)*NumTags]
		if zeroRow(r) {
			continue
		}
		bw.Write(buf[:binary.PutUvarint(buf[:], uint64(b-last))])
		last = b
		for _, v := range r {
			bw.Write(buf[:binary.PutVarint(buf[:], int64(v))])
		}
	}
	if err := bw.Flush(); err != nil {
		return cw.n, err
	}
	err = zw.Close()
	return cw.n, err
}

func zeroRow(r []int16) bool {
	for _, v := range r {
		if v != 0 {
			return false
		}
	}
	return true
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// Load reads a model written by WriteTo. The model has no Lexicon until
// SetLexicon.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	return decode(bufio.NewReader(zr))
}

// decode reads the uncompressed model.
func decode(br *bufio.Reader) (*Model, error) {
	var mg [len(magic)]byte
	if _, err := io.ReadFull(br, mg[:]); err != nil || string(mg[:]) != magic {
		return nil, fmt.Errorf("%w: bad magic", ErrFormat)
	}
	var h header
	if err := binary.Read(br, binary.LittleEndian, &h); err != nil {
		return nil, fmt.Errorf("%w: header: %w", ErrFormat, err)
	}
	switch {
	case h.Format != FormatVersion:
		return nil, fmt.Errorf("%w: format %d, want %d", ErrFormat, h.Format, FormatVersion)
	case h.Features != FeatureVersion:
		return nil, fmt.Errorf("%w: features %d, want %d (retrain: make model)", ErrFormat, h.Features, FeatureVersion)
	case int(h.Tags) != NumTags:
		return nil, fmt.Errorf("%w: %d tags, want %d", ErrFormat, h.Tags, NumTags)
	case h.Bits < 4 || h.Bits > maxBits:
		return nil, fmt.Errorf("%w: %d bits", ErrFormat, h.Bits)
	case uint64(h.Rows) > 1<<h.Bits:
		return nil, fmt.Errorf("%w: %d rows for %d buckets", ErrFormat, h.Rows, 1<<h.Bits)
	}
	m := &Model{bits: h.Bits, scale: h.Scale, weights: make([]int16, NumTags<<h.Bits)}
	b := -1
	for range h.Rows {
		gap, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("%w: rows: %w", ErrFormat, err)
		}
		if gap == 0 || gap > uint64(m.Buckets()-b-1) {
			return nil, fmt.Errorf("%w: row gap %d out of range", ErrFormat, gap)
		}
		b += int(gap)
		for t := range NumTags {
			v, err := binary.ReadVarint(br)
			if err != nil {
				return nil, fmt.Errorf("%w: rows: %w", ErrFormat, err)
			}
			if v < math.MinInt16 || v > math.MaxInt16 {
				return nil, fmt.Errorf("%w: weight %d out of range", ErrFormat, v)
			}
			m.weights[b*NumTags+t] = int16(v)
		}
	}
	if _, err := br.ReadByte(); err != io.EOF {
		return nil, fmt.Errorf("%w: trailing data", ErrFormat)
	}
	return m, nil
}

// LoadBytes is Load over a byte slice.
func LoadBytes(b []byte) (*Model, error) { return Load(bytes.NewReader(b)) }
