// Package graphviz draws a newsgraph graph: a DOT writer of its own
// (deterministic order, every string escaped, see Quote) and SVG through
// github.com/goccy/go-graphviz, which runs Graphviz compiled to WebAssembly
// (no cgo, no system Graphviz).
//
// Select chooses what to draw (around some entities, by relation type, by
// evidence, the top nodes by degree); WriteDOT writes it with one look per
// node type and per relation, line width by evidence count, a legend node
// and the evidence sentences as tooltips (SVG <title> and xlink:title), so
// hovering a line says why it is there; WriteSVG renders it.
//
// Negated and hypothetical relations are drawn (dashed, dotted) only when
// Options.IncludeUnasserted is set. No PNG is produced: go-graphviz's raster
// output is unreliable; browsers show the SVG, and a PNG is a screenshot of
// it (see the README).
//
// Costs, measured: edge labels under dot take ~40 s at 200 nodes, so edges
// carry no label (colour, style and the legend say the relation, the
// tooltip the rest); the dot layout is used up to 200 nodes and sfdp beyond.
package graphviz
