package resolve

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/gazetteer"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/segment"
)

func TestNameKeys(t *testing.T) {
	same := [][2]string{
		{"Ahmad", "Ahmed"},
		{"Mohammed", "Muhammad"},
		{"Mohamed", "Muhammad"},
		{"Zelensky", "Zelenskyy"},
		{"Sergey", "Sergei"},
		{"Houthi", "Huthi"},
		{"Kyiv", "Kiev"},
		{"Abdulkarim", "Abdul Karim"},
		{"Abdel Fattah al-Burhan", "Abdul Fattah Burhan"},
		{"Hodeidah", "Hudaydah"},
		{"Misrata", "Misurata"},
		{"al-Shabaab", "al-Shabab"},
		{"Asa’ib Ahl al-Haq", "Asaib Ahl Al Haq"},
		{"Dagalo", "Daglo"},
		{"Erdoğan", "Erdogan"},
	}
	for _, p := range same {
		if a, b := NameKey(p[0]), NameKey(p[1]); a != b {
			t.Errorf("NameKey(%q) = %q, NameKey(%q) = %q; want equal", p[0], a, p[1], b)
		}
	}
	differ := [][2]string{
		{"Bashir al-Khatib", "Hafez al-Khatib"},
		{"Iran", "Iraq"},
		{"Sudan", "Sweden"},
		{"Mali", "Malawi"},
		{"Oman", "Yemen"},
	}
	for _, p := range differ {
		if NameKey(p[0]) == NameKey(p[1]) {
			t.Errorf("NameKey(%q) = NameKey(%q) = %q; want different", p[0], p[1], NameKey(p[0]))
		}
	}
}

func TestSimilar(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Kharkov", "Kharkiv", true},
		{"Houthi", "Huthi", true},
		{"Putin", "Pattani", false},
		{"European", "Uruapan", false},
	}
	for _, tt := range tests {
		if got := similar(tt.a, tt.b); got != tt.want {
			t.Errorf("similar(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestInitials(t *testing.T) {
	tests := map[string]string{
		"Sudan Liberation Movement":              "SLM",
		"Institute for the Study of War":         "ISW",
		"Jamaat Nusrat al-Islam":                 "JNI",
		"Tigray People's Liberation Front":       "TPLF",
		"Kenya":                                  "",
		"Association of Southeast Asian Nations": "ASAN",
	}
	for name, want := range tests {
		if got := Initials(name); got != want {
			t.Errorf("Initials(%q) = %q, want %q", name, got, want)
		}
	}
}

// resolveText runs the segmenter, the finder and the resolver on text.
func resolveText(text string) ([]mention.Mention, DocEntities) {
	g := gazetteer.Default()
	sents := segment.Default{}.Segment(text)
	ms := mention.NewRules(g).Find(text, sents)
	return ms, NewRules(g).Resolve(text, sents, ms)
}

// entityOf returns the name of the entity of the mention with text s at or
// after byte offset from.
func entityOf(ms []mention.Mention, de DocEntities, s string, from int) string {
	for i, m := range ms {
		if m.Text == s && m.Start >= from {
			if e := de.MentionEntity[i]; e >= 0 {
				return de.Entities[e].Name
			}
			return ""
		}
	}
	return "(no mention)"
}

func dump(de DocEntities) string {
	var b strings.Builder
	for _, e := range de.Entities {
		fmt.Fprintf(&b, "\n  %s %q %v", e.Type, e.Name, e.Forms)
	}
	return b.String()
}

func TestResolveDocument(t *testing.T) {
	tests := []docCase{
		{"surname to full name",
			"Kenyan President William Ruto flew to Addis Ababa. Ruto said the talks went well.",
			"Ruto", "flew", "William Ruto"},
		{"transliterations are one person",
			"Mohammed Hamdan Daglo spoke first. Later Muhammad Hamdan Dagalo denied the report.",
			"Muhammad Hamdan Dagalo", "", "Mohammed Hamdan Daglo"},
		{"ambiguous surname goes to the latest",
			"Bashir al-Khatib met the envoy. Hafez al-Khatib stayed in Aleppo. Al-Khatib later said the road was open.",
			"Al-Khatib", "", "Hafez al-Khatib"},
		{"acronym defined in parentheses",
			"The Sudan Liberation Movement (SLM) entered Tawila. The SLM said it lost two men.",
			"SLM", "entered", "Sudan Liberation Movement"},
		{"acronym as initials",
			"The Tigray Defence Forces shelled the road. The TDF denied it.",
			"TDF", "", "Tigray Defence Forces"},
		{"headline-only names are dropped",
			"Okonkwo Wins Vote\n\nThe assembly met on Monday.",
			"Okonkwo", "", ""},
	}
	checkDocCases(t, tests)
}

// Two people who share a surname stay two people.
func TestNeverMergeSurnames(t *testing.T) {
	text := "Bashir al-Khatib met the envoy. Hafez al-Khatib stayed in Aleppo."
	_, de := resolveText(text)
	var persons []string
	for _, e := range de.Entities {
		if e.Type == mention.Person {
			persons = append(persons, e.Name)
		}
	}
	slices.Sort(persons)
	if !slices.Equal(persons, []string{"Bashir al-Khatib", "Hafez al-Khatib"}) {
		t.Errorf("persons %q", persons)
	}

	x := NewIndex(nil)
	a := x.Add("a", []Entity{{Key: "~bSrkTb", Type: mention.Person, Name: "Bashir al-Khatib", Votes: map[mention.Type]int{mention.Person: 8}}})
	b := x.Add("b", []Entity{{Key: "~hfzkTb", Type: mention.Person, Name: "Hafez al-Khatib", Votes: map[mention.Type]int{mention.Person: 8}}})
	if a[0] == b[0] {
		t.Errorf("Bashir and Hafez al-Khatib merged across documents")
	}
	c := x.Add("c", []Entity{{Key: "~kTb", Type: mention.Person, Name: "al-Khatib", Votes: map[mention.Type]int{mention.Person: 1}}})
	if c[0] != b[0] {
		t.Errorf("a lone surname should join the person seen most recently")
	}
}

// Entities that the tables tell apart never merge, whatever their keys.
func TestNeverMergeKnown(t *testing.T) {
	x := NewIndex(nil)
	v := map[mention.Type]int{mention.Country: 10}
	a := x.Add("a", []Entity{{Key: "country:chad", Type: mention.Country, Name: "Chad", Votes: v, Forms: map[string]int{"Chad": 1}}})
	b := x.Add("b", []Entity{{Key: "country:chadland", Type: mention.Country, Name: "Chad", Votes: v, Forms: map[string]int{"Chad": 1}}})
	if a[0] == b[0] {
		t.Errorf("two table entries with one spelling were merged")
	}
}

func buildIndex(docs []string) []Entity {
	g := gazetteer.Default()
	f, r := mention.NewRules(g), NewRules(g)
	x := NewIndex(nil)
	for i, text := range docs {
		sents := segment.Default{}.Segment(text)
		de := r.Resolve(text, sents, f.Find(text, sents))
		x.Add(fmt.Sprint(i), de.Entities)
	}
	return x.Entities()
}

var crossDocs = []string{
	"Kenyan President William Ruto met Sudanese army chief Abdel Fattah al-Burhan in Nairobi. The Rapid Support Forces (RSF) denied the report.",
	"Abdul Fattah Burhan said the RSF had shelled the town. Ruto called for calm.",
	"The Rapid Support Forces said Burhan was lying. Kyiv said nothing.",
}

func TestCrossDocument(t *testing.T) {
	ents := buildIndex(crossDocs)
	count := map[string]int{}
	for _, e := range ents {
		count[string(e.Type)+":"+e.Name]++
	}
	for _, want := range []string{"person:Abdel Fattah al-Burhan", "person:William Ruto", "group:Rapid Support Forces"} {
		if count[want] != 1 {
			t.Errorf("%s: %d entities, want 1; all: %v", want, count[want], count)
		}
	}
	for _, e := range ents {
		if e.Name == "Burhan" || e.Name == "RSF" || e.Name == "Ruto" {
			t.Errorf("%q is an entity of its own", e.Name)
		}
	}
}

// The merge depends only on the order of documents.
func TestCrossDocumentDeterministic(t *testing.T) {
	first := fmt.Sprint(buildIndex(crossDocs))
	for range 3 {
		if got := fmt.Sprint(buildIndex(crossDocs)); got != first {
			t.Fatalf("different result on a second run:\n%s\n%s", first, got)
		}
	}
}

func BenchmarkResolve(b *testing.B) {
	text := strings.Repeat(crossDocs[0]+" "+crossDocs[1]+"\n", 30)
	g := gazetteer.Default()
	sents := segment.Default{}.Segment(text)
	ms := mention.NewRules(g).Find(text, sents)
	r := NewRules(g)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		r.Resolve(text, sents, ms)
	}
}

func BenchmarkMerge(b *testing.B) {
	g := gazetteer.Default()
	f, r := mention.NewRules(g), NewRules(g)
	var docs [][]Entity
	for _, text := range crossDocs {
		sents := segment.Default{}.Segment(text)
		docs = append(docs, r.Resolve(text, sents, f.Find(text, sents)).Entities)
	}
	b.ResetTimer()
	for b.Loop() {
		x := NewIndex(nil)
		for i := range 300 {
			x.Add(fmt.Sprint(i), docs[i%len(docs)])
			x.Entities()
		}
	}
}

// The finder and the resolver are shared by the builder's workers.
func TestConcurrentUse(t *testing.T) {
	g := gazetteer.Default()
	f, r := mention.NewRules(g), NewRules(g)
	run := func(text string) string {
		sents := segment.Default{}.Segment(text)
		return fmt.Sprint(r.Resolve(text, sents, f.Find(text, sents)).Entities)
	}
	want := make([]string, len(crossDocs))
	done := make(chan struct{})
	for i, text := range crossDocs {
		go func() {
			want[i] = run(text)
			done <- struct{}{}
		}()
	}
	for range crossDocs {
		<-done
	}
	for i, text := range crossDocs {
		if got := run(text); got != want[i] {
			t.Errorf("document %d: concurrent and sequential results differ", i)
		}
	}
}

// docCase is one document and a mention whose entity must be named entity
// ("" when the mention must be dropped).
type docCase struct {
	name, text string
	mention    string // the mention to check, its last occurrence after `after`
	after      string
	entity     string // the name of its entity ("" when dropped)
}

func checkDocCases(t *testing.T, tests []docCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, de := resolveText(tt.text)
			from := 0
			if tt.after != "" {
				from = strings.Index(tt.text, tt.after)
			}
			got := entityOf(ms, de, tt.mention, from)
			if got == "(no mention)" && tt.entity == "" {
				return
			}
			if got != tt.entity {
				t.Errorf("%q -> %q, want %q; entities:%s", tt.mention, got, tt.entity, dump(de))
			}
		})
	}
}
