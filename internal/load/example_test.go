package load_test

import (
	"fmt"
	"testing/fstest"

	"github.com/newsgraph/newsgraph/internal/load"
)

func ExampleFS() {
	fsys := fstest.MapFS{
		"in/a.txt":     {Data: []byte("Talks in Geneva\n\nDiplomats met on Monday.\n")},
		"in/b.jsonl":   {Data: []byte(`{"id": "wire-1", "text": "Ministers met.", "date": "2025-03-22"}` + "\n" + `{"text": "No id."}` + "\n" + `{"title": "no text"}` + "\n")},
		"in/c.md":      {Data: []byte("# Summit *Ends*\n\nLeaders left.\n")},
		"in/skip.json": {Data: []byte("{}")},
	}
	for d, err := range load.FS(fsys, "in") {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s | %q | %s | %q\n", d.ID, d.Title, d.Date, d.Text)
	}
	// Output:
	// a.txt | "Talks in Geneva" |  | "Talks in Geneva\n\nDiplomats met on Monday.\n"
	// wire-1 | "" | 2025-03-22 | "Ministers met."
	// b.jsonl#2 | "" |  | "No id."
	// error: in/b.jsonl:3: no "text" field (nor "body", "content", "article", "maintext")
	// c.md | "Summit  Ends" |  | "  Summit  Ends \n\nLeaders left.\n"
}

func ExampleDocuments() {
	for d, err := range load.Documents([]string{"testdata/wordpress.html", "testdata/missing.txt"}) {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s | %s | %s\n%.60s...\n", d.ID, d.Title, d.Date, d.Text)
	}
	// Output:
	// wordpress.html | Foreign Ministers Meet in Riyadh | 2025-03-10
	// The foreign ministers of Saudi Arabia and Iran met in Riyadh...
	// error: testdata/missing.txt: no such file or directory
}

func ExampleSniff() {
	for _, head := range []string{`{"text": "..."}`, "<!DOCTYPE html>", "Talks in Oslo"} {
		fmt.Println(load.Sniff([]byte(head)))
	}
	// Output:
	// jsonl
	// html
	// text
}
