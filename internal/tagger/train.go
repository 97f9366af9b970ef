package tagger

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
)

// TrainConfig sets up Train. The zero value is usable: DefaultEpochs,
// seed 0, DefaultBits, no Lexicon, no log.
type TrainConfig struct {
	Epochs  int     // passes over the data; 0 means DefaultEpochs
	Seed    uint64  // seeds the shuffle of the sentences before each pass
	Bits    int     // the feature table has 1<<Bits rows; 0 means DefaultBits
	Augment bool    // add the spelling variants of Augment to the data
	Lexicon Lexicon // gazetteer for the features, nil for none
	Log     io.Writer
}

// Training defaults.
const (
	DefaultEpochs = 8
	DefaultBits   = 20
)

// Train learns a Model from tagged sentences with the averaged perceptron,
// decoding greedily left to right exactly as Tag does, with the history
// features taken from the model's own earlier choices (not the gold tags),
// so that it learns to recover from its mistakes. The result depends only
// on the sentences and the config: the same input gives the same weights.
func Train(sents []Sentence, cfg TrainConfig) (*Model, error) {
	if cfg.Epochs <= 0 {
		cfg.Epochs = DefaultEpochs
	}
	if cfg.Bits == 0 {
		cfg.Bits = DefaultBits
	}
	if cfg.Bits < 4 || cfg.Bits > maxBits {
		return nil, fmt.Errorf("train: %d bits out of range 4..%d", cfg.Bits, maxBits)
	}
	if len(sents) == 0 {
		return nil, errors.New("train: no sentences")
	}
	for i, s := range sents {
		if len(s.Words) != len(s.Tags) {
			return nil, fmt.Errorf("train: sentence %d has %d words and %d tags", i, len(s.Words), len(s.Tags))
		}
	}
	if cfg.Augment {
		sents = Augment(sents)
	}
	m := &Model{bits: uint8(cfg.Bits), lex: cfg.Lexicon}
	n := NumTags << cfg.Bits
	// Averaging as in Daumé's thesis: w holds the current weights and u the
	// sum of each update times the step it came at, so that the average
	// over all steps is w - u/c with no per-step bookkeeping.
	w := make([]int32, n)
	u := make([]int64, n)
	var c int64 = 1
	rowOf := func(h uint64) int {
		return int((h*0x9E3779B97F4A7C15)>>(64-uint64(cfg.Bits))) * NumTags
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x6e65777367726170))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	// The Lexicon's answers do not change between passes: look them up once.
	var lex [][]lexInfo
	if cfg.Lexicon != nil {
		lex = make([][]lexInfo, len(sents))
		for i, s := range sents {
			lex[i] = lookup(cfg.Lexicon, s.Words, nil)
		}
	}
	fs := featurizer{lex: cfg.Lexicon}
	var feats []uint64
	var gold []Tag
	for epoch := range cfg.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, total := 0, 0
		for _, si := range order {
			s := sents[si]
			gold = validBIO(s.Tags, gold[:0])
			if lex != nil {
				fs.prepare(s.Words, lex[si])
			} else {
				fs.prepare(s.Words, nil)
			}
			var prev2, prev Tag
			for i := range s.Words {
				feats = fs.static(i, feats[:0])
				feats = fs.history(i, prev2, prev, feats)
				var sc [NumTags]int32
				for _, f := range feats {
					r := w[rowOf(f):]
					for t := range sc {
						sc[t] += r[t]
					}
				}
				best := O
				for t := Tag(1); t < numTags; t++ {
					if sc[t] > sc[best] && allowed(prev, t) {
						best = t
					}
				}
				if g := gold[i]; best != g {
					errs++
					for _, f := range feats {
						r := rowOf(f)
						w[r+int(g)]++
						u[r+int(g)] += c
						w[r+int(best)]--
						u[r+int(best)] -= c
					}
				}
				c++
				total++
				prev2, prev = prev, best
			}
		}
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, "epoch %d: %d/%d words wrong (%.2f%%)\n", epoch+1, errs, total, 100*float64(errs)/float64(total))
		}
	}
	avg := make([]float64, n)
	maxAbs := 0.0
	for i := range avg {
		avg[i] = float64(w[i]) - float64(u[i])/float64(c)
		maxAbs = max(maxAbs, math.Abs(avg[i]))
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	m.scale = float32(maxAbs / math.MaxInt16)
	m.weights = make([]int16, n)
	for i, a := range avg {
		m.weights[i] = int16(math.Round(a / float64(m.scale)))
	}
	return m, nil
}

// validBIO copies tags, turning an I- tag that cannot continue the tag
// before it into a B- tag, so that gold sequences are ones Tag can produce.
func validBIO(tags, out []Tag) []Tag {
	prev := O
	for _, t := range tags {
		if !allowed(prev, t) {
			t--
		}
		out = append(out, t)
		prev = t
	}
	return out
}
