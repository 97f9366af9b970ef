package segment

import (
	"strings"
	"testing"
)

func texts(text string, ss []Sentence) []string {
	var out []string
	for _, s := range ss {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"two sentences", "Kyiv was shelled overnight. Officials said three died.",
			[]string{"Kyiv was shelled overnight.", "Officials said three died."}},
		{"abbreviations do not end", "Mr. Petro met Gen. Ruto in the U.S. capital on Friday.",
			[]string{"Mr. Petro met Gen. Ruto in the U.S. capital on Friday."}},
		{"acronym ends before a function word", "Talks were held in the U.S. The next round is in Oslo.",
			[]string{"Talks were held in the U.S.", "The next round is in Oslo."}},
		{"ellipsis inside", "He said the army would not overreact... because it was told so.",
			[]string{"He said the army would not overreact... because it was told so."}},
		{"closing quote stays", `"We will win," he said. "Not today."`,
			[]string{`"We will win," he said.`, `"Not today."`}},
		{"lines are paragraphs", "Khartoum is calm\nThe RSF withdrew.",
			[]string{"Khartoum is calm", "The RSF withdrew."}},
		{"hard wrap joined", "The Sudanese army said on Tuesday that its forces had\nretaken the bridge over the Nile.",
			[]string{"The Sudanese army said on Tuesday that its forces had\nretaken the bridge over the Nile."}},
		{"heading before colon", "Key Points Ahead: The ceasefire holds in Goma.",
			[]string{"Key Points Ahead:", "The ceasefire holds in Goma."}},
		{"decimal", "Aid of $1.5 billion arrived. More is due.",
			[]string{"Aid of $1.5 billion arrived.", "More is due."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(tt.text, Default{}.Segment(tt.text))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Kyiv's mayor", []string{"Kyiv", "'s", "mayor"}},
		{"Asa'ib Ahl al-Haq", []string{"Asa'ib", "Ahl", "al-Haq"}},
		{"the RSF-led coalition", []string{"the", "RSF", "-", "led", "coalition"}},
		{"pro-Kremlin bloggers", []string{"pro", "-", "Kremlin", "bloggers"}},
		{"a full-blown war", []string{"a", "full-blown", "war"}},
		{"the 13-year war", []string{"the", "13-year", "war"}},
		{"U.S. envoy", []string{"U.S.", "envoy"}},
		{"Al-Shabaab fighters", []string{"Al-Shabaab", "fighters"}},
		{"Jean-Pierre Bemba", []string{"Jean", "-", "Pierre", "Bemba"}},
		{"Ansar al-Din wal-Jihad", []string{"Ansar", "al-Din", "wal-Jihad"}},
		{"Tehrik-e-Nifaz", []string{"Tehrik", "-", "e", "-", "Nifaz"}},
		{"➡️ Kenya", []string{"➡", "\uFE0F", "Kenya"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, s := range (Default{}).Segment(tt.text) {
				for _, tok := range s.Tokens {
					if tt.text[tok.Start:tok.End] != tok.Text {
						t.Fatalf("token %q has offsets %d:%d of %q", tok.Text, tok.Start, tok.End, tt.text[tok.Start:tok.End])
					}
					got = append(got, tok.Text)
				}
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestProse(t *testing.T) {
	tests := []struct {
		line  string
		prose bool
	}{
		{"Ukraine Says Russian Drones Hit Power Grid", false},
		{"Peace or Perpetual Conflict?", false},
		{"The Rapid Support Forces shelled El Fasher on Monday.", true},
		{"Colombia and the ELN resumed talks in Caracas.", true},
		{"By Maria Lopez", false},
		{"by | Jun 3, 2024 | World News | 2 comments", false},
		{"Leave a Comment", false},
		{"Scroll to Top", false},
		{"Latest International News", false},
		{"Your email address will not be published.", false},
		{"Share on Facebook", false},
		{"Follow us on Telegram", false},
		{"Loading...", false},
		{"Sudan talks stall – army — Reuters World", false},
		{"Peace talks between the government and the rebels resumed this week in the capital after months of delays and heavy fighting", true},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			ss := Default{}.Segment(tt.line)
			if len(ss) == 0 {
				t.Fatal("no sentence")
			}
			for _, s := range ss {
				if s.Prose != tt.prose {
					t.Errorf("%q: prose %v, want %v", tt.line[s.Start:s.End], s.Prose, tt.prose)
				}
			}
		})
	}
}

func TestOffsetsCoverText(t *testing.T) {
	text := "Line one.\n\nSecond  paragraph here. And more!\r\nLast"
	for _, s := range (Default{}).Segment(text) {
		if s.Start != s.Tokens[0].Start || s.End != s.Tokens[len(s.Tokens)-1].End {
			t.Errorf("sentence %d:%d does not match its tokens", s.Start, s.End)
		}
		for _, tok := range s.Tokens {
			if text[tok.Start:tok.End] != tok.Text {
				t.Errorf("token %q at %d:%d", tok.Text, tok.Start, tok.End)
			}
		}
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{"Mr. A met B.", "U.S.\n\nx", "al-X's — y… ➡️", "a-\n-b", "'s", "..."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, s := range (Default{}).Segment(text) {
			if s.Start < prev || s.End < s.Start || s.End > len(text) {
				t.Fatalf("bad sentence span %d:%d after %d", s.Start, s.End, prev)
			}
			for _, tok := range s.Tokens {
				if tok.Start < s.Start || tok.End > s.End || text[tok.Start:tok.End] != tok.Text {
					t.Fatalf("bad token %q %d:%d", tok.Text, tok.Start, tok.End)
				}
			}
			prev = s.End
		}
	})
}

func BenchmarkSegment(b *testing.B) {
	text := strings.Repeat("President Volodymyr Zelensky met U.S. envoys in Kyiv on Friday. \"We will hold,\" he said.\n", 200)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Default{}.Segment(text)
	}
}
