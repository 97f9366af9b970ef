package load

import (
	"strings"
)

// markdown returns the text of a Markdown article with its markup blanked
// out byte for byte (heading and list marks, emphasis, link targets, code
// fences, front matter), so that the text reads as prose while every offset
// still points into the file as written; and the title, date and URL of its
// YAML front matter, the title falling back to the first line's headline.
func markdown(src string) (text, title, date, url string) {
	b := []byte(src)
	start := 0
	if n, meta := frontMatter(src); n > 0 {
		blank(b[:n])
		title, date, url = meta["title"], meta["date"], meta["url"]
		start = n
	}
	inFence := false
	prevBlank := true
	for off := start; off < len(b); {
		end := off
		for end < len(b) && b[end] != '\n' {
			end++
		}
		line := b[off:end]
		trimmed := strings.TrimSpace(string(line))
		switch {
		case strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~"):
			blank(line)
			inFence = !inFence
		case inFence:
			// code stays as written
		case isRule(trimmed, prevBlank):
			blank(line)
		case isLinkDefinition(trimmed):
			blank(line)
		default:
			blankLine(line)
		}
		prevBlank = trimmed == ""
		off = end + 1
	}
	text = string(b)
	if title == "" {
		title = headline(text)
	}
	return text, title, date, url
}

// frontMatter finds a YAML front matter block ("---" lines around
// "key: value" lines) at the start of src and returns its length and its
// top-level string values.
func frontMatter(src string) (int, map[string]string) {
	if !strings.HasPrefix(src, "---\n") && !strings.HasPrefix(src, "---\r\n") {
		return 0, nil
	}
	meta := map[string]string{}
	off := strings.IndexByte(src, '\n') + 1
	for n := 0; off < len(src) && n < 200; n++ {
		end := strings.IndexByte(src[off:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += off
		}
		line := strings.TrimRight(src[off:end], "\r")
		if line == "---" || line == "..." {
			return min(end+1, len(src)), meta
		}
		if k, v, ok := strings.Cut(line, ":"); ok && !strings.HasPrefix(k, " ") {
			v = strings.TrimSpace(v)
			if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
				v = v[1 : len(v)-1]
			}
			meta[strings.ToLower(strings.TrimSpace(k))] = v
		}
		off = end + 1
	}
	// No closing line: not front matter but a thematic break.
	return 0, nil
}

// blank replaces every byte but line breaks with a space.
func blank(b []byte) {
	for i, c := range b {
		if c != '\n' && c != '\r' {
			b[i] = ' '
		}
	}
}

// isRule reports a line that is only markup: a thematic break (---, ***),
// a setext heading underline (===, --- under text) or a table separator
// (|---|:--|).
func isRule(t string, prevBlank bool) bool {
	if len(t) < 2 {
		return false
	}
	if strings.Trim(t, "=") == "" {
		return !prevBlank
	}
	if strings.Trim(t, "|-: ") == "" && strings.Contains(t, "-") && (strings.Contains(t, "|") || strings.Count(t, "-") >= 2) {
		return true
	}
	for _, c := range "*_" {
		if strings.Count(t, string(c)) >= 3 && strings.Trim(t, string(c)+" ") == "" {
			return true
		}
	}
	return false
}

// isLinkDefinition reports a reference link definition: [ref]: url.
func isLinkDefinition(t string) bool {
	if !strings.HasPrefix(t, "[") {
		return false
	}
	i := strings.Index(t, "]:")
	return i > 1 && !strings.Contains(t[:i], "]")
}

// blankLine blanks the markup of one line of running Markdown.
func blankLine(b []byte) {
	i := 0
	for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
		i++
	}
	// Block quote marks.
	for i < len(b) && b[i] == '>' {
		b[i] = ' '
		i++
		for i < len(b) && b[i] == ' ' {
			i++
		}
	}
	// ATX heading: ### Title ###
	if j := i; j < len(b) && b[j] == '#' {
		for j < len(b) && b[j] == '#' {
			j++
		}
		if j-i <= 6 && (j == len(b) || b[j] == ' ' || b[j] == '\t' || b[j] == '\r') {
			blank(b[i:j])
			k := len(b)
			for k > j && (b[k-1] == ' ' || b[k-1] == '\r' || b[k-1] == '\t') {
				k--
			}
			h := k
			for h > j && b[h-1] == '#' {
				h--
			}
			if h < k && (h == j || b[h-1] == ' ') {
				blank(b[h:k])
			}
			i = j
		}
	}
	// List item marks: "- ", "* ", "+ ", "12. ", "3) ".
	if i+1 < len(b) && (b[i] == '-' || b[i] == '*' || b[i] == '+') && b[i+1] == ' ' {
		b[i] = ' '
	} else if j := i; j < len(b) && isDigit(b[j]) {
		for j < len(b) && isDigit(b[j]) {
			j++
		}
		if j-i <= 3 && j+1 < len(b) && (b[j] == '.' || b[j] == ')') && b[j+1] == ' ' {
			blank(b[i : j+1])
		}
	}
	// A table row: | a | b |
	table := i < len(b) && b[i] == '|'
	for j := i; j < len(b); j++ {
		switch c := b[j]; c {
		case '\\':
			if j+1 < len(b) && strings.IndexByte("\\`*_{}[]()#+-.!|~<>", b[j+1]) >= 0 {
				b[j] = ' '
				j++
			}
		case '`':
			b[j] = ' '
		case '|':
			if table {
				b[j] = ' '
			}
		case '*', '_', '~':
			k := j
			for k < len(b) && b[k] == c {
				k++
			}
			if c != '~' || k-j >= 2 {
				// Intraword runs (snake_case, 2*3) are not emphasis.
				if !(j > 0 && isWordByte(b[j-1]) && k < len(b) && isWordByte(b[k])) {
					blank(b[j:k])
				}
			}
			j = k - 1
		case '[':
			j = blankLink(b, j)
		case '<':
			j = blankTag(b, j)
		}
	}
}

// blankLink blanks the brackets and target of a link or image starting at
// b[open] == '[' and returns the index of its last byte, or open if there
// is no link: [text](url), ![alt](url), [text][ref].
func blankLink(b []byte, open int) int {
	close := -1
	for k := open + 1; k < len(b); k++ {
		if b[k] == '[' {
			return open
		}
		if b[k] == ']' {
			close = k
			break
		}
	}
	if close < 0 || close+1 >= len(b) {
		return open
	}
	var end int
	switch b[close+1] {
	case '(':
		depth := 0
		end = -1
		for k := close + 1; k < len(b); k++ {
			if b[k] == '(' {
				depth++
			} else if b[k] == ')' {
				depth--
				if depth == 0 {
					end = k
					break
				}
			}
		}
	case '[':
		end = -1
		for k := close + 2; k < len(b); k++ {
			if b[k] == ']' {
				end = k
				break
			}
		}
	default:
		return open
	}
	if end < 0 {
		return open
	}
	if open > 0 && b[open-1] == '!' {
		b[open-1] = ' '
	}
	b[open] = ' '
	blank(b[close : end+1])
	return end
}

// blankTag blanks an inline HTML tag, comment or autolink bracket
// starting at b[open] == '<' and returns the index of its last byte.
func blankTag(b []byte, open int) int {
	if open+1 >= len(b) {
		return open
	}
	c := b[open+1]
	if !(c == '/' || c == '!' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
		return open
	}
	end := -1
	for k := open + 1; k < len(b); k++ {
		if b[k] == '>' {
			end = k
			break
		}
	}
	if end < 0 {
		return open
	}
	tag := string(b[open+1 : end])
	if strings.HasPrefix(tag, "http://") || strings.HasPrefix(tag, "https://") || strings.HasPrefix(tag, "mailto:") {
		// Autolink: keep the address, drop the brackets.
		b[open], b[end] = ' ', ' '
		return end
	}
	blank(b[open : end+1])
	return end
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isWordByte reports a letter, digit or any byte of a multi-byte rune.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c >= 0x80
}
