package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/segment"
)

// Exact is a placeholder resolver: one entity per distinct (type, text).
type Exact struct{}

// Resolve implements Resolver.
func (Exact) Resolve(text string, sents []segment.Sentence, ms []mention.Mention) DocEntities {
	var de DocEntities
	seen := map[string]int{}
	for _, m := range ms {
		key := m.Key
		if key == "" {
			key = string(m.Type) + ":" + strings.ToLower(m.Text)
		}
		i, ok := seen[key]
		if !ok {
			i = len(de.Entities)
			seen[key] = i
			name := m.Text
			if m.Canonical != "" {
				name = m.Canonical
			}
			de.Entities = append(de.Entities, Entity{Key: key, Type: m.Type, Name: name})
		}
		de.MentionEntity = append(de.MentionEntity, i)
	}
	return de
}
