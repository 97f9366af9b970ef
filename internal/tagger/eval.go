package tagger

import (
	"fmt"
	"io"
)

// Counts are the span counts of one type: exact-span, exact-type matches.
type Counts struct {
	Gold, Pred, Correct int
}

// Precision is Correct/Pred, 0 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.Correct, c.Pred) }

// Recall is Correct/Gold, 0 when there is nothing to find.
func (c Counts) Recall() float64 { return ratio(c.Correct, c.Gold) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Metrics scores predicted spans against gold ones, conlleval-style: a
// predicted span counts only if a gold span has the same start, end and
// type.
type Metrics struct {
	ByType map[string]*Counts
	Micro  Counts
	Tokens int
}

// NewMetrics returns empty metrics.
func NewMetrics() *Metrics {
	m := &Metrics{ByType: map[string]*Counts{}}
	for _, t := range Types {
		m.ByType[t] = &Counts{}
	}
	return m
}

// Add scores one sentence.
func (m *Metrics) Add(gold, pred []Tag) {
	m.Tokens += len(gold)
	gs, ps := Spans(gold), Spans(pred)
	want := map[Span]bool{}
	for _, s := range gs {
		want[s] = true
		m.count(s.Type).Gold++
		m.Micro.Gold++
	}
	for _, s := range ps {
		c := m.count(s.Type)
		c.Pred++
		m.Micro.Pred++
		if want[s] {
			c.Correct++
			m.Micro.Correct++
		}
	}
}

func (m *Metrics) count(t string) *Counts {
	c := m.ByType[t]
	if c == nil {
		c = &Counts{}
		m.ByType[t] = c
	}
	return c
}

// Write prints a table of per-type and micro figures; the last line is
// "micro F1 0.xxx".
func (m *Metrics) Write(w io.Writer) error {
	fmt.Fprintf(w, "%-6s %9s %7s %6s %6s %6s %7s\n", "type", "precision", "recall", "F1", "gold", "pred", "correct")
	row := func(name string, c Counts) {
		fmt.Fprintf(w, "%-6s %9.3f %7.3f %6.3f %6d %6d %7d\n", name, c.Precision(), c.Recall(), c.F1(), c.Gold, c.Pred, c.Correct)
	}
	for _, t := range Types {
		row(t, *m.ByType[t])
	}
	row("micro", m.Micro)
	_, err := fmt.Fprintf(w, "micro F1 %.3f\n", m.Micro.F1())
	return err
}

// Evaluate tags each sentence with the model and scores it.
func (m *Model) Evaluate(sents []Sentence) *Metrics {
	mt := NewMetrics()
	for _, s := range sents {
		mt.Add(s.Tags, m.Tag(s.Words))
	}
	return mt
}
