package graphviz

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// ErrNoBrowser is returned by PNG when no headless Chromium is installed.
var ErrNoBrowser = errors.New("no chromium found (install Debian's chromium package, or set CHROMIUM)")

// Browser returns the path of a Chromium able to take headless
// screenshots: $CHROMIUM, else chromium, chromium-browser or google-chrome
// on the PATH.
func Browser() (string, error) {
	for _, name := range []string{os.Getenv("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if name == "" {
			continue
		}
		if path, err := exec.LookPath(name); err == nil {
			return path, nil
		}
	}
	return "", ErrNoBrowser
}

// PNG turns an SVG into a PNG at most width pixels wide (0: 1600) by a
// screenshot in headless Chromium: go-graphviz's own raster output is
// unreliable, and a browser draws exactly what a reader of the SVG sees.
// It needs Chromium (see Browser) and takes a few seconds.
func PNG(ctx context.Context, svg []byte, width int) ([]byte, error) {
	bin, err := Browser()
	if err != nil {
		return nil, err
	}
	if width <= 0 {
		width = 1600
	}
	w, h, err := svgSize(svg)
	if err != nil {
		return nil, err
	}
	// Graphviz sizes in points; browsers draw 4/3 pixel per point. Scale
	// down to width, never up (that only blurs).
	scale := min(1, float64(width)/(w*4/3))
	pw, ph := int(math.Ceil(w*4/3*scale)), int(math.Ceil(h*4/3*scale))
	dir, err := os.MkdirTemp("", "newsgraph-png-")
	if err != nil {
		return nil, fmt.Errorf("png: %w", err)
	}
	defer os.RemoveAll(dir)
	page := filepath.Join(dir, "page.html")
	html := `<!doctype html><html><body style="margin:0;background:#fff"><img src="graph.svg" style="display:block;width:100vw;height:100vh;object-fit:contain"></body></html>`
	if err := os.WriteFile(filepath.Join(dir, "graph.svg"), svg, 0o600); err != nil {
		return nil, fmt.Errorf("png: %w", err)
	}
	if err := os.WriteFile(page, []byte(html), 0o600); err != nil {
		return nil, fmt.Errorf("png: %w", err)
	}
	shot := filepath.Join(dir, "shot.png")
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--hide-scrollbars", "--user-data-dir="+filepath.Join(dir, "profile"), "--screenshot="+shot,
		fmt.Sprintf("--window-size=%d,%d", pw, ph), "file://"+page)
	if msg, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("png: %s: %w\n%s", bin, err, msg)
	}
	png, err := os.ReadFile(shot)
	if err != nil {
		return nil, fmt.Errorf("png: chromium took no screenshot: %w", err)
	}
	return png, nil
}

// svgSize reads the width and height, in points, of a Graphviz SVG.
func svgSize(svg []byte) (w, h float64, err error) {
	dec := xml.NewDecoder(strings.NewReader(string(svg)))
	for {
		tok, err := dec.Token()
		if err != nil {
			return 0, 0, fmt.Errorf("png: no <svg> element: %w", err)
		}
		el, ok := tok.(xml.StartElement)
		if !ok || el.Name.Local != "svg" {
			continue
		}
		for _, a := range el.Attr {
			v, perr := strconv.ParseFloat(strings.TrimSuffix(a.Value, "pt"), 64)
			switch {
			case a.Name.Local == "width" && perr == nil:
				w = v
			case a.Name.Local == "height" && perr == nil:
				h = v
			}
		}
		if w <= 0 || h <= 0 {
			return 0, 0, fmt.Errorf("png: <svg> without a width and height in points")
		}
		return w, h, nil
	}
}
