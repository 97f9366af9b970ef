package main

// factbookExtras adds groups, communities and heads of state from the factbook.
func (g *gen) factbookExtras() error { return nil }
