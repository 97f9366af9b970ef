package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/mention"
)

// A one-word nickname joins the person named in full that introduces it;
// a nickname's sentence with no such person joins no one.
func TestNicknames(t *testing.T) {
	tests := []struct {
		name, text, nick, want string // want: the person the nickname is in; "" for none but itself
	}{
		{"as he is widely known, the person of the sentence before",
			"The rebel commander, Ibrahim Musa Adamu, met the governor of Zamfara on Monday. Kachalla, as he is widely known, said the truce would hold.",
			"Kachalla", "Ibrahim Musa Adamu"},
		{"better known as, in quotes",
			`Police said Carlos Mendez Ruiz, better known as "Zorrillo", escaped from prison.`,
			"Zorrillo", "Carlos Mendez Ruiz"},
		{"known by his alias",
			"Police said Carlos Mendez Ruiz, known by his alias Zorrillo, escaped.",
			"Zorrillo", "Carlos Mendez Ruiz"},
		{"his alias, past the body the person leads",
			`Troops hunted Mateo Salgado Vera, the head of the Tren del Sur gang known by his alias "Pulpo", for weeks.`,
			"Pulpo", "Mateo Salgado Vera"},
		{"known as after a body is the body's name, no person's",
			`Troops hunted Mateo Salgado Vera and the Tren del Sur gang, known as "Pulpo", for weeks.`,
			"Pulpo", ""},
		{"or B as he is known",
			"Envoys met Ibrahim Musa Adamu, or Kachalla as he is known locally, in the hills.",
			"Kachalla", "Ibrahim Musa Adamu"},
		{"a commander known as B, with no full name, is a person of that name",
			"The raid was led by a bandit commander known only as Kachalla, villagers said.",
			"Kachalla", "Kachalla"},
		{"a region known as B stays no person",
			"The area known as Zorrillo was shelled.",
			"Zorrillo", ""},
		{"no person in the sentence before",
			"Rain fell on Lagos. Kachalla, as he is widely known, said the truce would hold.",
			"Kachalla", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, de := resolveText(tt.text)
			got := ""
			for i, m := range ms {
				e := de.MentionEntity[i]
				if m.Text != tt.nick || e < 0 || de.Entities[e].Type != mention.Person {
					continue
				}
				if de.Entities[e].Name != tt.nick || tt.want == tt.nick {
					got = de.Entities[e].Name
				}
			}
			if got != tt.want {
				t.Errorf("%q is in %q, want %q; entities:%s", tt.nick, got, tt.want, dump(de))
			}
		})
	}
}
