package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/internal/gazetteer"
	"github.com/newsgraph/newsgraph/internal/tagger"
)

func init() { commands = append(commands, newTaggerCmd) }

func newTaggerCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "tagger",
		Short: "Train and evaluate the learned entity tagger",
		Long: `The learned tagger marks people (PER), groups (GRP), countries (CTRY) and places (PLACE) in BIO tags.
Its weights ship in the binary; these commands retrain them from CoNLL files ("word<TAB>tag" lines,
a blank line between sentences) and score a model on held-out data.`,
	}
	cmd.AddCommand(newTaggerTrainCmd(), newTaggerEvalCmd())
	return cmd
}

func newTaggerTrainCmd() *cobra.Command {
	var (
		out    string
		epochs int
		seed   uint64
		bits   int
		noGaz  bool
		noAug  bool
	)
	cmd := &cobra.Command{
		Use:   "train --out MODEL FILE.conll...",
		Short: "Train a tagger model from CoNLL files (same input and seed give the same bytes)",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return fmt.Errorf("train: --out is required")
			}
			sents, err := tagger.ReadCoNLLFiles(args...)
			if err != nil {
				return err
			}
			cfg := tagger.TrainConfig{Epochs: epochs, Seed: seed, Bits: bits, Augment: !noAug, Log: cmd.ErrOrStderr()}
			if !noGaz {
				cfg.Lexicon = gazetteer.Default()
			}
			started := time.Now()
			m, err := tagger.Train(sents, cfg)
			if err != nil {
				return err
			}
			if dir := filepath.Dir(out); dir != "." {
				if err := os.MkdirAll(dir, 0o755); err != nil {
					return fmt.Errorf("train: %w", err)
				}
			}
			f, err := os.CreateTemp(filepath.Dir(out), ".tagger-*")
			if err != nil {
				return fmt.Errorf("train: %w", err)
			}
			defer os.Remove(f.Name())
			n, err := m.WriteTo(f)
			if err == nil {
				err = f.Chmod(0o644)
			}
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return fmt.Errorf("write %s: %w", out, err)
			}
			if err := os.Rename(f.Name(), out); err != nil {
				return fmt.Errorf("write %s: %w", out, err)
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "%d sentences, %d epochs in %.1fs -> %s (%d bytes)\n",
				len(sents), max(epochs, 1), time.Since(started).Seconds(), out, n)
			return nil
		},
	}
	fs := cmd.Flags()
	fs.StringVarP(&out, "out", "o", "", "model file to write (gzip)")
	fs.IntVar(&epochs, "epochs", tagger.DefaultEpochs, "passes over the training data")
	fs.Uint64Var(&seed, "seed", 1, "seed of the sentence shuffle")
	fs.IntVar(&bits, "bits", tagger.DefaultBits, "log2 of the rows of the hashed feature table")
	fs.BoolVar(&noGaz, "no-gazetteer", false, "train without the gazetteer features")
	fs.BoolVar(&noAug, "no-augment", false, "train on the files as they are, without spelling variants (al-Burhan -> Al Burhan)")
	return cmd
}

func newTaggerEvalCmd() *cobra.Command {
	var (
		model string
		noGaz bool
	)
	cmd := &cobra.Command{
		Use:   "eval [--model MODEL] FILE.conll...",
		Short: "Score a tagger model on CoNLL files: per-type and micro precision, recall, F1 (exact spans)",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			sents, err := tagger.ReadCoNLLFiles(args...)
			if err != nil {
				return err
			}
			var m *tagger.Model
			if model == "" {
				m, err = tagger.Default()
			} else {
				m, err = loadTaggerModel(model)
			}
			if err != nil {
				return err
			}
			if noGaz {
				m = m.WithLexicon(nil)
			}
			mt := m.Evaluate(sents)
			fmt.Fprintf(cmd.OutOrStdout(), "%d sentences, %d tokens\n", len(sents), mt.Tokens)
			return mt.Write(cmd.OutOrStdout())
		},
	}
	cmd.Flags().StringVarP(&model, "model", "m", "", "model file (default: the shipped model)")
	cmd.Flags().BoolVar(&noGaz, "no-gazetteer", false, "tag without the gazetteer features")
	return cmd
}

func loadTaggerModel(path string) (*tagger.Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	defer f.Close()
	m, err := tagger.Load(f)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	m.SetLexicon(gazetteer.Default())
	return m, nil
}
