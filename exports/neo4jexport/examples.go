package neo4jexport

// Query is a ready-made Cypher query over the loaded graph, for the README
// and `newsgraph neo4j query`-style use; Params names its parameters.
type Query struct {
	Name        string
	Description string
	Cypher      string
	Params      []string
}

// nameMatch is true for an entity whose name or alias is $name, in any case.
const nameMatch = "toLower($name) IN [x IN [e.name] + coalesce(e.aliases, []) | toLower(x)]"

// Examples are the README's example queries; the integration tests run each
// against a loaded graph and check its rows.
var Examples = []Query{
	{
		Name:        "met-with",
		Description: "Who met whom, with the first evidence sentence and the documents",
		Cypher: `MATCH (a:Entity)-[r:MET_WITH {status: 'asserted'}]-(b:Entity)
WHERE a.id < b.id
RETURN a.name AS entity, b.name AS met, r.evidence_count AS times, r.evidence[0] AS evidence, r.docs AS docs
ORDER BY times DESC, entity, met
LIMIT 25`,
	},
	{
		Name:        "clashes",
		Description: "Every clash involving an entity (by name or alias), whatever its status",
		Cypher: `MATCH (e:Entity)-[r:CLASHED_WITH]-(other:Entity)
WHERE ` + nameMatch + `
RETURN other.name AS other, other.type AS type, r.status AS status, r.evidence_count AS evidence, r.evidence[0] AS sentence
ORDER BY evidence DESC, other`,
		Params: []string{"name"},
	},
	{
		Name:        "sanctions",
		Description: "Sanctions imposed and lifted, by target",
		Cypher: `MATCH (s:Entity)-[r:SANCTIONED {status: 'asserted'}]->(t:Entity)
WITH s, r, t ORDER BY s.name
WITH t, collect(CASE r.action WHEN 'imposed' THEN s.name END) AS imposed_by,
     collect(CASE r.action WHEN 'lifted' THEN s.name END) AS lifted_by
RETURN t.name AS target, imposed_by, lifted_by
ORDER BY size(imposed_by) + size(lifted_by) DESC, target`,
	},
	{
		Name:        "path",
		Description: "The shortest chain of asserted relations between two entities",
		Cypher: `MATCH (a:Entity), (b:Entity)
WHERE toLower($from) IN [x IN [a.name] + coalesce(a.aliases, []) | toLower(x)]
  AND toLower($to) IN [x IN [b.name] + coalesce(b.aliases, []) | toLower(x)]
  AND a <> b
MATCH p = shortestPath((a)-[:MET_WITH|CLASHED_WITH|SANCTIONED*..8]-(b))
WHERE all(r IN relationships(p) WHERE r.status = 'asserted')
RETURN [n IN nodes(p) | n.name] AS path, [r IN relationships(p) | type(r)] AS via
ORDER BY size(via)
LIMIT 1`,
		Params: []string{"from", "to"},
	},
	{
		Name:        "documents",
		Description: "The documents that mention an entity (by name or alias), most mentions first",
		Cypher: `MATCH (e:Entity)-[m:MENTIONED_IN]->(d:Document)
WHERE ` + nameMatch + `
RETURN d.id AS document, d.title AS title, d.date AS date, m.count AS mentions
ORDER BY mentions DESC, document`,
		Params: []string{"name"},
	},
}
