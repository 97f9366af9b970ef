package gazetteer

import "slices"

// Entries returns every entity of the tables, in table order (for tools such
// as the benchmark corpus generator that draw names from them).
func (g *Gazetteer) Entries() []Entry { return slices.Clone(g.ents) }
