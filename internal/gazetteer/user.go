package gazetteer

import (
	"bytes"
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// yamlItem is one entity in a YAML user file; fields as in the TSV format.
type yamlItem struct {
	Type       string   `yaml:"type"`
	Name       string   `yaml:"name"`
	Aliases    []string `yaml:"aliases"`
	Key        string   `yaml:"key"`
	Country    string   `yaml:"country"`
	Population int      `yaml:"population"`
	Title      string   `yaml:"title"`
	Demonyms   []string `yaml:"demonyms"`
}

// parseUser parses a user file: YAML if the name ends in .yaml or .yml,
// else TSV. Errors are *ParseError naming file and line.
func parseUser(file string, b []byte) ([]row, error) {
	var rows []row
	lower := strings.ToLower(file)
	if strings.HasSuffix(lower, ".yaml") || strings.HasSuffix(lower, ".yml") {
		return parseYAML(file, b)
	}
	err := parseTSV(file, bytes.NewReader(b), func(r row) error {
		rows = append(rows, r)
		return nil
	})
	return rows, err
}

func parseYAML(file string, b []byte) ([]row, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return nil, &ParseError{file, yamlLine(err), err.Error()}
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, nil // empty file
	}
	seq := doc.Content[0]
	if seq.Kind != yaml.SequenceNode {
		return nil, &ParseError{file, seq.Line, "want a list of entries"}
	}
	var rows []row
	for _, n := range seq.Content {
		var it yamlItem
		if err := n.Decode(&it); err != nil {
			return nil, &ParseError{file, n.Line, err.Error()}
		}
		k, capital, ok := kindOf(it.Type)
		if !ok {
			return nil, &ParseError{file, n.Line, fmt.Sprintf("unknown type %q", it.Type)}
		}
		name := strings.TrimSpace(it.Name)
		if len(Parts(name)) == 0 {
			return nil, &ParseError{file, n.Line, "empty name"}
		}
		if it.Population < 0 {
			return nil, &ParseError{file, n.Line, "negative population"}
		}
		rows = append(rows, row{kind: k, capital: capital, name: name, aliases: clean(it.Aliases),
			key: strings.TrimSpace(it.Key), country: strings.TrimSpace(it.Country), pop: it.Population,
			title: strings.TrimSpace(it.Title), demonyms: clean(it.Demonyms)})
	}
	return rows, nil
}

func clean(l []string) []string {
	var out []string
	for _, s := range l {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// yamlLine digs the line out of a yaml.v3 error ("yaml: line 3: ...").
func yamlLine(err error) int {
	var n int
	msg := err.Error()
	if i := strings.Index(msg, "line "); i >= 0 {
		fmt.Sscanf(msg[i+5:], "%d", &n)
	}
	return n
}
