#!/usr/bin/env python3
"""Times NetworkX on the graph that `issa bench graph` times ISSA on, with the same algorithms and parameters.

Usage: networkx_bench.py EDGES.csv PAIRS.csv BETWEENNESS_K SEED BUDGETS REPETITIONS
  EDGES.csv  headerless source,target lines (the same file ISSA loads)
  PAIRS.csv  source,target pairs for the shortest-path queries
  BETWEENNESS_K  0 for exact betweenness, else the number of pivots (k) with the given SEED
  BUDGETS  seconds per algorithm run: one number for all, or load=S,pagerank=S,betweenness=S,louvain=S,shortest_paths=S
Each algorithm run gets its budget (SIGALRM); one that does not finish is reported as exceeded, never dropped.
A run under one second is repeated up to REPETITIONS times and the median reported.
Prints one JSON object on standard output.
"""
import json
import signal
import statistics
import sys
import time

import networkx as nx


class Budget(Exception):
    pass


def on_alarm(signum, frame):
    raise Budget()


def timed(fn, budget, reps):
    runs = []
    result = None
    for _ in range(max(1, reps)):
        signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, budget)
        start = time.perf_counter()
        try:
            result = fn()
        except Budget:
            return {"exceeded_budget_s": budget}, None
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        runs.append(time.perf_counter() - start)
        if runs[-1] >= 1.0:
            break
    return {"seconds": statistics.median(runs), "runs": runs}, result


def main():
    edges, pairs_file, k, seed, reps = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[6])
    names = ("load", "pagerank", "betweenness", "louvain", "shortest_paths")
    if "=" in sys.argv[5]:
        budgets = {name: float(value) for name, value in (item.split("=") for item in sys.argv[5].split(","))}
    else:
        budgets = {name: float(sys.argv[5]) for name in names}
    out = {"version": nx.__version__}
    load, g = timed(lambda: nx.read_edgelist(edges, delimiter=",", nodetype=str), budgets["load"], reps)
    out["load"] = load
    if g is None:
        for name in ("pagerank", "betweenness", "louvain", "shortest_paths"):
            out[name] = {"not_run": "the graph could not be loaded within the budget"}
        print(json.dumps(out))
        return
    out["nodes"] = g.number_of_nodes()
    out["edges"] = g.number_of_edges()
    with open(pairs_file) as f:
        pairs = [line.strip().split(",") for line in f if line.strip()]
    pr, ranks = timed(lambda: nx.pagerank(g), budgets["pagerank"], reps)
    if ranks is not None:
        pr["top5"] = [n for n, _ in sorted(ranks.items(), key=lambda x: -x[1])[:5]]
    out["pagerank"] = pr
    if k == 0:
        out["betweenness"], _ = timed(lambda: nx.betweenness_centrality(g), budgets["betweenness"], reps)
    else:
        out["betweenness"], _ = timed(lambda: nx.betweenness_centrality(g, k=k, seed=seed), budgets["betweenness"], reps)
    lv, parts = timed(lambda: nx.community.louvain_communities(g, seed=seed), budgets["louvain"], reps)
    if parts is not None:
        lv["communities"] = len(parts)
    out["louvain"] = lv
    # One untimed batch first, as ISSA's warm-up (it also brings the graph's dicts into the caches); then the same
    # pairs timed as one batch.
    query = lambda: [len(nx.shortest_path(g, s, t)) - 1 for s, t in pairs]
    warm, _ = timed(query, budgets["shortest_paths"], 1)
    if "exceeded_budget_s" in warm:
        sp, lengths = warm, None
    else:
        sp, lengths = timed(query, budgets["shortest_paths"], reps)
    if lengths is not None:
        sp["total_steps"] = sum(lengths)
    out["shortest_paths"] = sp
    print(json.dumps(out))


if __name__ == "__main__":
    main()
