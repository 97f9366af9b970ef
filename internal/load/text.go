package load

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxHeadline is the longest first line, in characters, taken for a
// headline; news headlines run to about 120.
const maxHeadline = 160

// headline returns the first non-blank line of text if it reads as a
// headline: short, with a letter, and not ending like a sentence or a
// clause (a final period, comma, colon or semicolon, before any closing
// quotes). Text itself is left alone so that offsets hold.
func headline(text string) string {
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if utf8.RuneCountInString(line) > maxHeadline || !strings.ContainsFunc(line, unicode.IsLetter) {
			return ""
		}
		end := strings.TrimRight(line, `"'”’»)]`)
		if end == "" {
			return ""
		}
		switch end[len(end)-1] {
		case '.', ',', ':', ';':
			return ""
		}
		return line
	}
	return ""
}
