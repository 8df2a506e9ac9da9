package coder

import (
	"slices"
	"strings"

	"notecoder/cdi/codeset"
)

// nodeSites holds data/node_regions.tsv: the lymph node region words that
// choose a lymphoma's site character.
type nodeSites struct {
	node   map[wid]bool   // words saying lymph nodes
	many   map[wid]bool   // words saying more than one region
	region map[wid]string // region word -> the phrase of the child's title
}

// loadNodeSites reads data/node_regions.tsv into the lexicon's vocabulary.
func (lx *lexicon) loadNodeSites() nodeSites {
	ns := nodeSites{node: map[wid]bool{}, many: map[wid]bool{}, region: map[wid]string{}}
	for _, l := range lines("node_regions.tsv") {
		f := strings.Split(l, "\t")
		if len(f) != 2 {
			// An embedded file: a malformed row is a build bug, not a
			// region to drop silently.
			panic("node_regions.tsv: want 2 tab-separated fields: " + l)
		}
		for _, word := range strings.Fields(f[1]) {
			x := lx.v.add(normOne(word))
			switch f[0] {
			case "node":
				ns.node[x] = true
			case "many":
				ns.many[x] = true
			default:
				ns.region[x] = f[0]
			}
		}
	}
	return ns
}

// nodeSite returns the child of a lymphoma category (one with a "lymph
// nodes of multiple sites" child) that the node regions of the mention's
// window name: the one region's child, or the multiple sites' when two
// regions or "multiple nodes" are named; nil when the window names no
// nodes. The title words alone do not: "cervical" is in no title.
func (e *Engine) nodeSite(parent *codeset.Code, w *walker) *codeset.Code {
	ns := &e.lx.nodes
	if w == nil || len(ns.region) == 0 {
		return nil
	}
	kids := e.kidsOf(parent)
	multi := slices.IndexFunc(kids, func(k kidInfo) bool { return containsFold(k.c.Title, "lymph nodes of multiple sites") })
	if multi < 0 {
		return nil
	}
	node, many := false, false
	first := ""
	for i := w.wlo; i < w.whi; i++ {
		x := w.toks[i].w
		switch {
		case ns.node[x]:
			node = true
		case ns.many[x]:
			many = true
		case ns.region[x] != "":
			if first == "" {
				first = ns.region[x]
			} else if ns.region[x] != first {
				many = true
			}
		}
	}
	if !node || first == "" && !many {
		return nil
	}
	if many {
		return kids[multi].c
	}
	for _, k := range kids {
		if containsFold(k.c.Title, first) {
			return k.c
		}
	}
	return nil
}
