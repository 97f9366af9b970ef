package relate

import (
	"strings"
	"testing"
)

func BenchmarkLoadPatterns(b *testing.B) {
	for b.Loop() {
		if _, err := LoadPatterns(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRelate runs the relater on a 40-sentence document.
func BenchmarkRelate(b *testing.B) {
	src := strings.Repeat("On Tuesday, [Abiy Ahmed|person] has met with senior officials from [Kenya|country], [Uganda|country] and [Somalia|country], and even [Nigerian|country=Nigeria] President [Bola Ahmed Tinubu|person]. "+
		"Heavy clashes in [Darfur|place] between [Sudanese|country=Sudan] army units, [Rapid Support Forces|group] fighters, and [Masalit|group] militias killed dozens. "+
		"The [European Union|group] imposed new sanctions on [Russia|country] on Monday. "+
		"Markets were calm and the weather was mild across the region this week. ", 10)
	in, _ := parseMarkup(b, src)
	r := rules(b)
	b.ResetTimer()
	for b.Loop() {
		r.Relate(in)
	}
}
