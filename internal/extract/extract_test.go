package extract

import (
	"strings"
	"sync"
	"testing"
)

// One document through every stage: the result's parts must agree with each
// other (offsets into the text, mention->entity links, relation endpoints).
func TestExtractIsConsistent(t *testing.T) {
	x, merger, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "KAMPALA, May 2 -- President Yoweri Museveni met Kenyan President William Ruto in Kampala on Friday.\n\n" +
		"Museveni said the two countries had agreed to reopen the border. Kenya lifted sanctions on Ugandan traders last year.\n"
	r := x.Extract(text)
	if len(r.Sentences) < 3 {
		t.Fatalf("%d sentences, want at least 3", len(r.Sentences))
	}
	if len(r.MentionEntity) != len(r.Mentions) {
		t.Fatalf("%d mention links for %d mentions", len(r.MentionEntity), len(r.Mentions))
	}
	for i, m := range r.Mentions {
		if text[m.Start:m.End] != m.Text {
			t.Errorf("mention %q has offsets of %q", m.Text, text[m.Start:m.End])
		}
		if e := r.MentionEntity[i]; e >= len(r.Entities) {
			t.Errorf("mention %q links to entity %d of %d", m.Text, e, len(r.Entities))
		}
	}
	names := map[string]bool{}
	for _, e := range r.Entities {
		names[e.Name] = true
	}
	for _, want := range []string{"Yoweri Museveni", "William Ruto", "Kenya"} {
		if !names[want] {
			t.Errorf("no entity %q in %v", want, names)
		}
	}
	var met bool
	for _, rel := range r.Relations {
		if rel.Source >= len(r.Entities) || rel.Target >= len(r.Entities) {
			t.Fatalf("relation %+v points outside the entities", rel)
		}
		if !strings.Contains(text[rel.Start:rel.End], " ") {
			t.Errorf("evidence %q is not a sentence", text[rel.Start:rel.End])
		}
		a, b := r.Entities[rel.Source].Name, r.Entities[rel.Target].Name
		if rel.Type == "met-with" && (a == "Yoweri Museveni" && b == "William Ruto" || b == "Yoweri Museveni" && a == "William Ruto") {
			met = true
		}
	}
	if !met {
		t.Errorf("no met-with between Museveni and Ruto in %+v", r.Relations)
	}
	if ids := merger.Add("d1", r.Entities); len(ids) != len(r.Entities) {
		t.Errorf("merger gave %d ids for %d entities", len(ids), len(r.Entities))
	}
}

// The extractor runs on a worker pool: concurrent calls must give the same
// result as a lone call (run with -race).
func TestExtractConcurrent(t *testing.T) {
	x, _, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "Fighting broke out between the Sudanese army and the Rapid Support Forces (RSF) in Omdurman. The United States imposed sanctions on the RSF."
	want := x.Extract(text)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got := x.Extract(text)
			if len(got.Mentions) != len(want.Mentions) || len(got.Relations) != len(want.Relations) {
				t.Errorf("concurrent run gave %d mentions/%d relations, lone run %d/%d",
					len(got.Mentions), len(got.Relations), len(want.Mentions), len(want.Relations))
			}
		}()
	}
	wg.Wait()
}

func TestBadPatternFileIsReported(t *testing.T) {
	if _, _, err := New(Options{PatternFiles: []string{"testdata/does-not-exist.yaml"}}); err == nil || !strings.Contains(err.Error(), "does-not-exist.yaml") {
		t.Errorf("error %v does not name the missing pattern file", err)
	}
	if _, _, err := New(Options{GazetteerFiles: []string{"testdata/nope.tsv"}}); err == nil || !strings.Contains(err.Error(), "nope.tsv") {
		t.Errorf("error %v does not name the missing gazetteer file", err)
	}
}
