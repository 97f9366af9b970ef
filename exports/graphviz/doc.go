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
// Options.IncludeUnasserted is set. go-graphviz's own raster output is
// unreliable, so PNG takes a screenshot of the SVG in headless Chromium
// instead (when it is installed).
//
// Costs, measured: edge labels under dot take ~40 s at 200 nodes, so edges
// carry no label (colour, style and the legend say the relation, the
// tooltip the rest); the dot layout is used up to 200 nodes and sfdp beyond,
// and large drawings drop curved edges and prism overlap removal, which
// cost tens of seconds to minutes there (see layoutAttrs). At most
// DefaultMaxNodes nodes are drawn unless asked otherwise.
//
// The WebAssembly module is one per process and not safe for concurrent
// use: every call into it is serialised, and a render is never interrupted
// (that breaks the module); the context is checked before it starts.
package graphviz
