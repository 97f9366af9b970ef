package graphviz

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// chromium finds Debian's headless-capable browser. The screenshot tests
// fail without it (never skip): a picture nobody has looked at is not
// tested.
func chromium(t *testing.T) string {
	t.Helper()
	path, err := Browser()
	if err != nil {
		t.Fatalf("%v: run `make deps` (apt-get install -y chromium)", err)
	}
	return path
}

// screenshot opens a file in headless Chromium and returns the PNG it takes.
func screenshot(t *testing.T, file string, width, height int) image.Image {
	t.Helper()
	bin := chromium(t)
	out := filepath.Join(t.TempDir(), "shot.png")
	// A guard against a hung browser, not a timing assertion.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--hide-scrollbars", "--user-data-dir="+t.TempDir(), "--screenshot="+out,
		"--window-size="+strconv.Itoa(width)+","+strconv.Itoa(height), "file://"+file)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", bin, err, msg)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatalf("chromium wrote no screenshot: %v", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot does not decode as PNG: %v", err)
	}
	return img
}

func hexColor(s string) color.RGBA {
	var c color.RGBA
	fmt.Sscanf(s, "#%02x%02x%02x", &c.R, &c.G, &c.B)
	c.A = 255
	return c
}

// TestScreenshot renders the small graph to SVG, opens it in headless
// Chromium and checks the picture: a PNG of the window's size, not blank,
// in many colours, with every node type's fill colour on it. The legend is
// left out, as it shows the same fills.
func TestScreenshot(t *testing.T) {
	svg, sum := renderSVG(t, small(), Options{IncludeUnasserted: true, Isolated: true, NoLegend: true})
	if sum.Nodes == 0 {
		t.Fatal("nothing to draw")
	}
	path := filepath.Join(t.TempDir(), "small.svg")
	if err := os.WriteFile(path, svg, 0o644); err != nil {
		t.Fatal(err)
	}
	const w, h = 1200, 900
	img := screenshot(t, path, w, h)
	if b := img.Bounds(); b.Dx() != w || b.Dy() != h {
		t.Fatalf("screenshot is %dx%d, want %dx%d", b.Dx(), b.Dy(), w, h)
	}
	colors := map[color.RGBA]int{}
	nonWhite := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
			colors[c]++
			if c.R < 250 || c.G < 250 || c.B < 250 {
				nonWhite++
			}
		}
	}
	if share := float64(nonWhite) / float64(w*h); share < 0.02 {
		t.Errorf("only %.2f%% of the screenshot is not white: blank picture?", 100*share)
	}
	if len(colors) < 10 {
		t.Errorf("%d colours in the screenshot, want many", len(colors))
	}
	for typ, l := range nodeLooks {
		if c := hexColor(l.fill); colors[c] < 50 {
			t.Errorf("%s fill %s covers %d pixels, want a node's worth", typ, l.fill, colors[c])
		}
	}
}

// TestPNG: PNG scales the picture to the width asked, keeps its aspect
// ratio, and the result decodes.
func TestPNG(t *testing.T) {
	chromium(t)
	svg, _ := renderSVG(t, small(), Options{IncludeUnasserted: true})
	w, h, err := svgSize(svg)
	if err != nil {
		t.Fatal(err)
	}
	data, err := PNG(context.Background(), svg, 400)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("PNG output does not decode: %v", err)
	}
	b := img.Bounds()
	if b.Dx() != 400 || math.Abs(float64(b.Dy())-400*h/w) > 2 {
		t.Errorf("PNG is %dx%d, want 400 wide and %.0f high", b.Dx(), b.Dy(), 400*h/w)
	}
}
