package resolve

// Merger joins the entities of many documents into global entities. Add must
// be called in document order so that the result is deterministic.
type Merger interface {
	// Add registers one document's entities and returns, for each, the
	// index of its global entity.
	Add(doc string, ents []Entity) []int
	// Entities returns the global entities in first-seen order.
	Entities() []Entity
}

// ByKey is a placeholder merger: entities with the same Key are one.
type ByKey struct {
	ents []Entity
	idx  map[string]int
}

// Add implements Merger.
func (m *ByKey) Add(doc string, ents []Entity) []int {
	if m.idx == nil {
		m.idx = map[string]int{}
	}
	out := make([]int, len(ents))
	for i, e := range ents {
		g, ok := m.idx[e.Key]
		if !ok {
			g = len(m.ents)
			m.idx[e.Key] = g
			m.ents = append(m.ents, e)
		}
		out[i] = g
	}
	return out
}

// Entities implements Merger.
func (m *ByKey) Entities() []Entity { return m.ents }
