package gazetteer

import (
	"strings"
	"testing"
)

// benchText is ordinary news-like prose built from general words and names.
const benchText = `The United States and the United Kingdom said on Tuesday that the talks in Geneva with Iran
would resume next week , according to a spokesman for the Foreign Ministry . Turkish President said the
army would stay in northern Iraq 's Kirkuk province until the threat from the Kurdistan Workers ' Party was over .
The European Union and NATO called for calm after fighting near Aleppo and Damascus killed dozens of civilians ,
while the UN Secretary-General urged all sides to respect international law and allow aid to reach Gaza .
Most of the people who fled the city of Mosul have not returned , officials in Beirut and Amman said .`

func BenchmarkLongestMatch(b *testing.B) {
	g := Default()
	words := strings.Fields(benchText)
	b.ResetTimer()
	for b.Loop() {
		for i := range words {
			g.LongestMatch(words, i)
		}
	}
	b.ReportMetric(float64(b.N*len(words))/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLookup measures Lookup of a name (one fold, one map look-up).
func BenchmarkLookup(b *testing.B) {
	g := Default()
	names := []string{"Damascus", "Türkiye", "United Nations", "Boko Haram", "nothing here"}
	for b.Loop() {
		for _, n := range names {
			g.Lookup(n)
		}
	}
}

// BenchmarkParse measures parsing the embedded tables (what Default does
// once). cpu-ms/op counts CPU time, GC included.
func BenchmarkParse(b *testing.B) {
	c0 := cpuTime()
	for b.Loop() {
		if _, err := build(nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cpuTime()-c0).Milliseconds())/float64(b.N), "cpu-ms/op")
}
