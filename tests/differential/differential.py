#!/usr/bin/env python3
"""Differential test: Scrutineer's counts against pref_voting's.

Generates random profiles from a fixed seed, counts each with Scrutineer and
with the pref_voting package (PyPI `pref_voting`, pinned below), and compares
the winners for the methods both implement: plurality, instant-runoff,
Schulze, ranked pairs, approval and (Bloc) STAR.

Two ways to run Scrutineer (see README.md):

  --cli PATH     the `scrutineer` binary: each profile is written as a grid
                 CSV ballot file (header = candidate names; ranks 1..n, or
                 approvals 1/0, or scores 0-5) and counted with
                 `scrutineer count FILE --method M --seats N --json`.
  --batch PATH   the `count_json` example of scrutineer-count: all profiles go
                 through one process as JSON lines (no ballot-file parsing).

The script creates a virtual environment in .venv beside itself on first use
and installs pref_voting there, then re-runs itself inside it.

The last line printed is "N passed, N failed"; the exit status is non-zero
when any comparison failed (or Scrutineer refused a valid profile).
"""

import argparse
import concurrent.futures
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import venv

HERE = os.path.dirname(os.path.abspath(__file__))
VENV = os.path.join(HERE, ".venv")
PREF_VOTING = "pref_voting==1.18.2"
NAMES = ["Alice", "Bob", "Carol", "Dave", "Erin", "Frank"]


# --------------------------------------------------------------------------
# Environment
# --------------------------------------------------------------------------

def venv_python():
    sub = "Scripts" if os.name == "nt" else "bin"
    return os.path.join(VENV, sub, "python")


def ensure_venv():
    """Re-run inside .venv (created and provisioned on first use)."""
    if os.path.abspath(sys.prefix) == os.path.abspath(VENV):
        return
    py = venv_python()
    if not os.path.exists(py):
        print(f"creating {VENV} and installing {PREF_VOTING} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    check = subprocess.run([py, "-c", "import pref_voting"], capture_output=True)
    if check.returncode != 0:
        subprocess.run([py, "-m", "pip", "install", "--quiet", PREF_VOTING], check=True)
    os.execv(py, [py, os.path.abspath(__file__)] + sys.argv[1:])


# --------------------------------------------------------------------------
# Profiles
# --------------------------------------------------------------------------

class Case:
    """One profile and the methods to compare on it."""

    def __init__(self, number, kind, n, ballots, seats, methods):
        self.number = number
        self.kind = kind          # "ranking", "approval" or "scores"
        self.n = n
        self.names = NAMES[:n]
        # ranking: list of candidate orders (complete, strict, best first);
        # approval: list of 0/1 lists; scores: list of 0..5 lists.
        self.ballots = ballots
        self.seats = seats
        self.methods = methods

    def grid_csv(self):
        rows = [",".join(self.names)]
        for b in self.ballots:
            if self.kind == "ranking":
                rank = [0] * self.n
                for place, c in enumerate(b):
                    rank[c] = place + 1
                rows.append(",".join(str(r) for r in rank))
            else:
                rows.append(",".join(str(v) for v in b))
        return "\n".join(rows) + "\n"

    def profile_json(self):
        ballots = []
        for b in self.ballots:
            if self.kind == "ranking":
                marks = {"ranking": [[c] for c in b]}
            elif self.kind == "approval":
                marks = {"approval": [c for c, v in enumerate(b) if v]}
            else:
                marks = {"scores": [[c, v] for c, v in enumerate(b) if v]}
            ballots.append({"weight": 1, "marks": marks})
        return {"candidates": self.names, "ballots": ballots}


def generate(count, seed):
    """`count` profiles: 60% ranked, 20% approval, 20% scores. Voters lean
    towards a random "consensus" so that not every profile is a near-tie."""
    rng = random.Random(seed)
    cases = []
    for i in range(count):
        r = rng.random()
        n = rng.randint(3, 5)
        voters = rng.randint(5, 31)
        centre = [rng.random() for _ in range(n)]
        if r < 0.6:
            ballots = []
            for _ in range(voters):
                u = [centre[c] + rng.gauss(0, 0.35) for c in range(n)]
                ballots.append(sorted(range(n), key=lambda c: -u[c]))
            cases.append(Case(i, "ranking", n, ballots, 1,
                              ["plurality", "irv", "schulze", "ranked-pairs"]))
        elif r < 0.8:
            ballots = []
            for _ in range(voters):
                ballots.append([1 if rng.random() < centre[c] else 0 for c in range(n)])
            seats = rng.randint(1, n - 1)
            cases.append(Case(i, "approval", n, ballots, seats, ["approval"]))
        else:
            ballots = []
            for _ in range(voters):
                ballots.append([max(0, min(5, round(centre[c] * 5 + rng.gauss(0, 1.5))))
                                for c in range(n)])
            seats = rng.randint(1, n - 1)
            cases.append(Case(i, "scores", n, ballots, seats, ["star"]))
    return cases


# --------------------------------------------------------------------------
# Scrutineer
# --------------------------------------------------------------------------

def run_cli(binary, cases, workdir, jobs):
    """{(case number, method): outcome dict or {"error": ...}} via the CLI."""
    def one(case, method):
        path = os.path.join(workdir, f"profile-{case.number:05d}.csv")
        cmd = [binary, "count", path, "--method", method,
               "--seats", str(case.seats), "--json"]
        p = subprocess.run(cmd, capture_output=True, text=True)
        if p.returncode != 0:
            return {"error": f"exit {p.returncode}: {p.stderr.strip()}"}
        try:
            return json.loads(p.stdout)
        except json.JSONDecodeError as e:
            return {"error": f"not JSON ({e}): {p.stdout[:200]}"}

    for case in cases:
        with open(os.path.join(workdir, f"profile-{case.number:05d}.csv"), "w",
                  encoding="utf-8", newline="") as f:
            f.write(case.grid_csv())
    jobs_list = [(c, m) for c in cases for m in c.methods]
    out = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        futs = {pool.submit(one, c, m): (c.number, m) for c, m in jobs_list}
        for fut in concurrent.futures.as_completed(futs):
            out[futs[fut]] = fut.result()
    return out


def run_batch(binary, cases):
    """{(case number, method): outcome} through one count_json process."""
    keys, lines = [], []
    for c in cases:
        prof = c.profile_json()
        for m in c.methods:
            keys.append((c.number, m))
            lines.append(json.dumps({"method": m, "seats": c.seats, "profile": prof}))
    p = subprocess.run([binary], input="\n".join(lines) + "\n",
                       capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"{binary} failed (exit {p.returncode}): {p.stderr.strip()}")
    answers = p.stdout.splitlines()
    if len(answers) != len(keys):
        sys.exit(f"{binary} answered {len(answers)} lines for {len(keys)} requests")
    return {k: json.loads(a) for k, a in zip(keys, answers)}


# --------------------------------------------------------------------------
# pref_voting, and the comparison
# --------------------------------------------------------------------------

def reference(case, method):
    """pref_voting's winners: for single-seat methods a list of tied winners;
    for the multi-seat (bloc) methods a list of winner sets, one per seat,
    computed by electing the sole winner and repeating, up to the first seat
    whose winner is tied (that set ends the list)."""
    from pref_voting.profiles import Profile
    from pref_voting.grade_profiles import GradeProfile
    from pref_voting.scoring_methods import plurality
    from pref_voting.iterative_methods import instant_runoff
    from pref_voting.margin_based_methods import beat_path, ranked_pairs
    from pref_voting.grade_methods import approval, star

    if case.kind == "ranking":
        prof = Profile(case.ballots)
        if method == "ranked-pairs":
            # The stack characterisation (a candidate wins under some order of
            # equal margins iff it heads a stack): the same winners as the
            # "basic" algorithm, which tries every order of equal margins and
            # can take minutes on a profile with many equal margins.
            return [sorted(ranked_pairs(prof, algorithm="from_stacks"))]
        f = {"plurality": plurality, "irv": instant_runoff, "schulze": beat_path}[method]
        return [sorted(f(prof))]
    grades = [0, 1] if case.kind == "approval" else [0, 1, 2, 3, 4, 5]
    gprof = GradeProfile([{c: v for c, v in enumerate(b)} for b in case.ballots], grades,
                         candidates=list(range(case.n)))
    f = approval if method == "approval" else star
    remaining = list(range(case.n))
    seq = []
    for _ in range(case.seats):
        if not remaining:
            break
        w = sorted(f(gprof, curr_cands=remaining))
        seq.append(w)
        if len(w) != 1:
            break
        remaining.remove(w[0])
    return seq


def compare(case, method, ours):
    """"pass", "skip" (a tie only a draw could settle, so no fixed answer) or
    an error message."""
    if "error" in ours:
        return f"Scrutineer refused the profile: {ours['error']}"
    idx = {name: i for i, name in enumerate(case.names)}
    try:
        won = [idx[w] for w in ours["winners"]]
    except KeyError as e:
        return f"unknown winner {e} in {ours['winners']}"
    drew = bool(ours.get("tie_breaks"))
    ref = reference(case, method)
    if len(won) != min(case.seats, case.n):
        return f"{len(won)} winner(s) for {case.seats} seat(s): {ours['winners']}"
    for seat, allowed in enumerate(ref):
        ours_w = won[seat]
        if len(allowed) == 1:
            if ours_w != allowed[0]:
                if drew:
                    # Our count drew lots earlier; the paths may differ.
                    return "skip"
                return (f"seat {seat + 1}: Scrutineer elected {case.names[ours_w]}, "
                        f"pref_voting {case.names[allowed[0]]}")
            continue
        # pref_voting leaves a tie. For every method here except IRV its set
        # holds each candidate who wins under some order of the tied
        # candidates, so our winner (decided by the method's own tie rule or
        # by the draw) must be one of them. pref_voting's IRV drops all
        # last-placed candidates at once, which is not a tie rule ours must
        # match.
        if method == "irv":
            return "skip"
        if ours_w not in allowed:
            return (f"seat {seat + 1}: Scrutineer elected {case.names[ours_w]}, outside "
                    f"pref_voting's tied winners {[case.names[c] for c in allowed]}")
        return "pass"
    return "pass"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--cli", metavar="PATH", help="the scrutineer binary")
    g.add_argument("--batch", metavar="PATH", help="the count_json example binary")
    ap.add_argument("--profiles", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=20260421)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2,
                    help="parallel CLI calls (--cli only)")
    ap.add_argument("--keep", action="store_true",
                    help="keep the ballot files even when every comparison passes")
    args = ap.parse_args()
    ensure_venv()

    started = time.time()
    cases = generate(args.profiles, args.seed)
    workdir = tempfile.mkdtemp(prefix="scrutineer-differential-")
    if args.cli:
        results = run_cli(os.path.abspath(args.cli), cases, workdir, args.jobs)
    else:
        results = run_batch(os.path.abspath(args.batch), cases)

    passed = failed = skipped = 0
    per_method = {}
    failures = []
    for case in cases:
        for m in case.methods:
            verdict = compare(case, m, results[(case.number, m)])
            stats = per_method.setdefault(m, [0, 0, 0])
            if verdict == "pass":
                passed += 1
                stats[0] += 1
            elif verdict == "skip":
                skipped += 1
                stats[2] += 1
            else:
                failed += 1
                stats[1] += 1
                failures.append((case, m, verdict))

    for case, m, why in failures[:20]:
        path = os.path.join(workdir, f"profile-{case.number:05d}.csv")
        if not os.path.exists(path):
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(case.grid_csv())
        print(f"FAIL {m} seats={case.seats} {path}: {why}")
    if len(failures) > 20:
        print(f"... and {len(failures) - 20} more failures")
    for m, (p, f, s) in sorted(per_method.items()):
        print(f"{m:13} {p:5} passed {f:4} failed {s:4} skipped (tie only a draw settles)")
    print(f"{len(cases)} profiles, seed {args.seed}, {time.time() - started:.1f}s"
          + (f"; ballot files kept in {workdir}" if failures or args.keep else ""))
    if not failures and not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
