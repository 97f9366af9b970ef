package tagger

import (
	"reflect"
	"testing"
)

func TestAugment(t *testing.T) {
	in := []Sentence{
		{[]string{"Omar", "al-Bashir", "spoke"}, []Tag{BPer, IPer, O}},
		{[]string{"al-Qaida", "attacked"}, []Tag{BGrp, O}},
		{[]string{"an", "al-jazeera", "x-Ray", "report"}, []Tag{O, BGrp, O, O}}, // lower-case rest, not a particle, untagged
		{[]string{"Paris"}, []Tag{BPlace}},
	}
	got := Augment(in)
	want := append(in[:4:4],
		Sentence{[]string{"Omar", "Al", "Bashir", "spoke"}, []Tag{BPer, IPer, IPer, O}},
		Sentence{[]string{"Al", "Qaida", "attacked"}, []Tag{BGrp, IGrp, O}},
	)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Augment:\n got %v\nwant %v", got, want)
	}
	if len(in) != 4 || in[0].Words[1] != "al-Bashir" {
		t.Error("Augment changed its input")
	}
}
