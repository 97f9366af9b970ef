package tagger

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

func TestReadCoNLL(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []Sentence
		wantErr string
	}{
		{"two sentences", "John\tB-PER\nran\tO\n\nParis\tB-PLACE\n", []Sentence{
			{[]string{"John", "ran"}, []Tag{BPer, O}},
			{[]string{"Paris"}, []Tag{BPlace}},
		}, ""},
		{"blank runs, CRLF, docstart, spaces", "-DOCSTART- O\n\n\nNew York\tB-PLACE\r\nis O\r\n\n\n", []Sentence{
			{[]string{"New York", "is"}, []Tag{BPlace, O}},
		}, ""},
		{"no tag", "John\tB-PER\nran\n", nil, "line 2"},
		{"bad tag", "John\tB-LOC\n", nil, "line 1: unknown tag"},
		{"empty", "", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadCoNLL(strings.NewReader(tt.in))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestReadCoNLLFilesMissing(t *testing.T) {
	if _, err := ReadCoNLLFiles("testdata/no-such.conll"); err == nil || !strings.Contains(err.Error(), "no-such.conll") {
		t.Errorf("err = %v, want one naming the file", err)
	}
}

func FuzzReadCoNLL(f *testing.F) {
	seed, _ := os.ReadFile("testdata/tiny.conll")
	f.Add(string(seed))
	f.Add("a\tO\n\nb B-PER\n")
	f.Add("\t\n \n-DOCSTART-\nx\tI-GRP\r\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadCoNLL(strings.NewReader(in))
		for _, s := range sents {
			if len(s.Words) == 0 || len(s.Words) != len(s.Tags) {
				t.Fatalf("bad sentence %+v", s)
			}
			for _, w := range s.Words {
				if w == "" {
					t.Fatal("empty word")
				}
			}
			for _, tg := range s.Tags {
				if tg >= numTags {
					t.Fatalf("tag %d out of range", tg)
				}
			}
		}
		if err == nil {
			// Whatever reads cleanly also decodes to spans within bounds.
			for _, s := range sents {
				for _, sp := range Spans(s.Tags) {
					if sp.Start < 0 || sp.End > len(s.Words) || sp.Start >= sp.End {
						t.Fatalf("span %+v out of %d words", sp, len(s.Words))
					}
				}
			}
		}
	})
}
