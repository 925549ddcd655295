#!/usr/bin/env python3
"""Makes the NetworkX reference values the graph module's tests compare with. Run ONCE by hand (not by the
tests) from this folder with NetworkX 3.6.1:  python3 make_reference.py

Writes:
  karate.csv            Zachary's karate club (NetworkX's karate_club_graph, with its edge weights) as source,target,weight
  reference.json        NetworkX's centralities on it: unweighted (weight=None) and weighted (weight='weight'),
                        plus the modularity of the club split and of NetworkX's own Louvain partition (seed 42)
  directed.csv          a directed test network (CAVIAR phase 3 arcs, weighted) and its references in reference.json
  ../caviar/reference.json  per phase: degree and betweenness on the undirected unweighted view, and the same
                        for the directed weighted view (pagerank, closeness with incoming distances)
"""
import csv
import json
import os

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
CAVIAR = os.path.join(HERE, "..", "caviar")


def centralities(g, weight):
    out = {
        "degree": nx.degree_centrality(g),
        "betweenness": nx.betweenness_centrality(g, weight=weight),
        "closeness": nx.closeness_centrality(g, distance=weight),
        "pagerank": nx.pagerank(g, weight=weight),
    }
    try:
        out["eigenvector"] = nx.eigenvector_centrality(g, weight=weight)
    except nx.PowerIterationFailedConvergence:
        out["eigenvector"] = None
    return {k: (None if v is None else {str(n): float(x) for n, x in v.items()}) for k, v in out.items()}


def read_matrix(path):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    ids = rows[0][1:]
    arcs = []
    for row in rows[1:]:
        for j, cell in enumerate(row[1:]):
            if float(cell) != 0:
                arcs.append((row[0], ids[j], float(cell)))
    return ids, arcs


def main():
    k = nx.karate_club_graph()
    with open(os.path.join(HERE, "karate.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "target", "weight"])
        for u, v, d in k.edges(data=True):
            w.writerow([u, v, d["weight"]])
    g = nx.Graph()
    with open(os.path.join(HERE, "karate.csv")) as f:
        for row in list(csv.reader(f))[1:]:
            g.add_edge(row[0], row[1], weight=float(row[2]))
    club = {}
    for n, d in k.nodes(data=True):
        club.setdefault(d["club"], []).append(str(n))
    split = [club["Mr. Hi"], club["Officer"]]
    louvain = [sorted(c) for c in nx.community.louvain_communities(g, weight=None, seed=42)]
    louvain_w = [sorted(c) for c in nx.community.louvain_communities(g, weight="weight", seed=42)]
    ref = {
        "networkx": nx.__version__,
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "unweighted": centralities(g, None),
        "weighted": centralities(g, "weight"),
        "club_split": split,
        "club_split_modularity": nx.community.modularity(g, split, weight=None),
        "club_split_modularity_weighted": nx.community.modularity(g, split, weight="weight"),
        "louvain": louvain,
        "louvain_modularity": nx.community.modularity(g, louvain, weight=None),
        "louvain_weighted": louvain_w,
        "louvain_weighted_modularity": nx.community.modularity(g, louvain_w, weight="weight"),
    }
    ids, arcs = read_matrix(os.path.join(CAVIAR, "phase3.csv"))
    with open(os.path.join(HERE, "directed.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "target", "weight"])
        for s, t, x in arcs:
            w.writerow([s, t, int(x)])
    d = nx.DiGraph()
    d.add_weighted_edges_from(arcs)
    dsplit = [c for c in nx.community.louvain_communities(d, weight=None, seed=1)]
    ref["directed"] = {
        "unweighted": centralities(d, None),
        "weighted": centralities(d, "weight"),
        "louvain": [sorted(c) for c in dsplit],
        "louvain_modularity": nx.community.modularity(d, dsplit, weight=None),
    }
    with open(os.path.join(HERE, "reference.json"), "w") as f:
        json.dump(ref, f, indent=1, sort_keys=True)

    phases = {}
    for p in range(1, 12):
        ids, arcs = read_matrix(os.path.join(CAVIAR, "phase%d.csv" % p))
        u = nx.Graph()
        u.add_nodes_from(ids)
        u.add_edges_from((s, t) for s, t, _ in arcs)
        phases[str(p)] = {
            "nodes": u.number_of_nodes(),
            "edges": u.number_of_edges(),
            "degree": {n: float(x) for n, x in nx.degree_centrality(u).items()},
            "betweenness": {n: float(x) for n, x in nx.betweenness_centrality(u).items()},
            "closeness": {n: float(x) for n, x in nx.closeness_centrality(u).items()},
            "components": nx.number_connected_components(u),
        }
    with open(os.path.join(CAVIAR, "reference.json"), "w") as f:
        json.dump({"networkx": nx.__version__, "view": "undirected, unweighted", "phases": phases}, f, indent=1,
                  sort_keys=True)


if __name__ == "__main__":
    main()
