#!/usr/bin/env python3
"""Count a benchmark ballot file with a Python peer, for comparison with
Scrutineer's timings (scripts/bench-count.sh, docs/benchmarks.md).

    bench-peer.py METHOD SEATS FILE

METHOD: schulze, irv, approval, star (pref_voting 1.18.2) or stv
(pyrankvote's single_transferable_vote). FILE is a grid CSV (header = the
candidates' names; cells: ranks, 1/empty approvals, 0-5 scores) or a BLT
file, as gen_ballots writes them.

The time printed covers everything: reading the file, building the peer's
profile (identical ballots merged with counts where the peer accepts counts:
pref_voting's rcounts / gcounts) and the count. Multi-seat approval, STAR and
Schulze are run seat by seat (the winner removed and the method run again on
the remaining candidates), as tests/differential/differential.py compares
them. Prints one line: `winners=... seconds=...`.
"""

import csv
import sys
import time
from collections import Counter


def read_grid(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = csv.reader(f)
        names = [n.strip() for n in next(rows)]
        counts = Counter(tuple(c.strip() for c in row) for row in rows if row)
    return names, counts


def read_blt(path):
    """(names, Counter of rankings as tuples of 0-based candidates)."""
    counts = Counter()
    with open(path, encoding="utf-8") as f:
        n, _seats = map(int, f.readline().split())
        for line in f:
            parts = line.split()
            if parts == ["0"]:
                break
            w = int(parts[0])
            counts[tuple(int(x) - 1 for x in parts[1:-1])] += w
        names = [next(f).strip().strip('"') for _ in range(n)]
    return names, counts


def is_blt(path):
    with open(path, encoding="utf-8-sig") as f:
        first = f.readline().split()
    return len(first) == 2 and all(x.isdigit() for x in first)


def rankings(path):
    """(names, Counter of rankings): each ranking a tuple of candidates,
    best first (the benchmark files have no equal rankings)."""
    if is_blt(path):
        return read_blt(path)
    names, rows = read_grid(path)
    counts = Counter()
    for row, k in rows.items():
        ranked = sorted((int(v), c) for c, v in enumerate(row) if v)
        counts[tuple(c for _, c in ranked)] += k
    return names, counts


def seat_by_seat(f, prof, cands, seats):
    remaining = list(cands)
    winners = []
    for _ in range(seats):
        w = sorted(f(prof, curr_cands=remaining))
        winners.append(w[0] if len(w) == 1 else tuple(w))
        if len(w) != 1:
            break
        remaining.remove(w[0])
    return winners


def main():
    method, seats, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    t0 = time.perf_counter()
    if method in ("schulze", "irv"):
        from pref_voting.profiles_with_ties import ProfileWithTies
        from pref_voting.margin_based_methods import beat_path
        from pref_voting.iterative_methods import instant_runoff

        names, counts = rankings(path)
        rs, rc = [], []
        for r, k in counts.items():
            rs.append({c: i + 1 for i, c in enumerate(r)})
            rc.append(k)
        prof = ProfileWithTies(rs, rcounts=rc, candidates=list(range(len(names))))
        if method == "schulze":
            winners = seat_by_seat(beat_path, prof, range(len(names)), seats)
        else:
            winners = sorted(instant_runoff(prof))
    elif method in ("approval", "star"):
        from pref_voting.grade_profiles import GradeProfile
        from pref_voting.grade_methods import approval, star

        names, rows = read_grid(path)
        grades = [0, 1] if method == "approval" else [0, 1, 2, 3, 4, 5]
        gs, gc = [], []
        for row, k in rows.items():
            gs.append({c: (int(v) if v else 0) for c, v in enumerate(row)})
            gc.append(k)
        prof = GradeProfile(gs, grades, gcounts=gc, candidates=list(range(len(names))))
        f = approval if method == "approval" else star
        winners = seat_by_seat(f, prof, range(len(names)), seats)
    elif method == "stv":
        from pyrankvote import Ballot, Candidate
        from pyrankvote.multiple_seat_ranking_methods import single_transferable_vote

        names, counts = rankings(path)
        cands = [Candidate(n) for n in names]
        # pyrankvote has no ballot weights: one Ballot object per ballot.
        ballots = []
        for r, k in counts.items():
            b = Ballot(ranked_candidates=[cands[c] for c in r])
            ballots.extend([b] * k)
        result = single_transferable_vote(cands, ballots, number_of_seats=seats)
        winners = [names.index(c.name) for c in result.get_winners()]
    else:
        sys.exit(f"unknown method {method}")
    dt = time.perf_counter() - t0
    print(f"winners={[names[w] if isinstance(w, int) else w for w in winners]} seconds={dt:.2f}")


if __name__ == "__main__":
    main()
