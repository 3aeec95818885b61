"""Benchmark designlint against markdownlint-cli2 and the mistune parse floor; see bench/README.md.

    python bench/run.py                       # 1x corpus (5 rounds) and one file (15 rounds)
    python bench/run.py --sizes 1x 10x        # add the scaling run
    python bench/run.py --src worktree        # the working tree instead of a snapshot of HEAD

Every command runs as its own process, timed from outside (wall clock, start-up included);
the commands of one round run back to back, so each ratio compares runs made under the same
machine load, and the reported ratio is the median of the per-round ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
WORK = BENCH / "work"
PYTHON = Path(sys.executable)
PEER = BENCH / "node_modules" / ".bin" / "markdownlint-cli2"


@dataclass
class Sample:
    wall: float
    cpu: float
    peak_mib: float
    code: int


@dataclass
class Series:
    name: str
    samples: list[Sample] = field(default_factory=list)

    def median(self, attr: str = "wall") -> float:
        return statistics.median(getattr(s, attr) for s in self.samples)


def timed(argv: list[str], cwd: Path, env: dict[str, str], log: Path) -> Sample:
    """Run argv, output to log; wall time, cpu of the process tree, peak RSS of its largest process."""
    with log.open("ab") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Sample(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode)


def snapshot(src: str) -> Path:
    """The designlint source to measure: a git archive of HEAD (stable while others edit) or the tree."""
    if src == "worktree":
        return REPO
    commit = subprocess.run(["git", "rev-parse", "--short", src], cwd=REPO, capture_output=True, text=True, check=True)
    target = WORK / f"src-{commit.stdout.strip()}"
    if not target.is_dir():
        target.mkdir(parents=True)
        archive = subprocess.run(["git", "archive", src], cwd=REPO, capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
        # Byte-code as an installed package has it (pip compiles at install time).
        subprocess.run([str(PYTHON), "-m", "compileall", "-q", str(target / "designlint")], check=True)
    return target


def install_peer() -> None:
    if not PEER.exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=BENCH, check=True)


class Bench:
    def __init__(self, source: Path) -> None:
        self.env = {**os.environ, "PYTHONPATH": str(source)}
        self.env.pop("CI", None)
        self.logs = WORK / "logs"
        self.logs.mkdir(parents=True, exist_ok=True)
        self.series: dict[str, Series] = {}

    def run(self, name: str, argv: list[str], cwd: Path) -> Sample:
        sample = timed(argv, cwd, self.env, self.logs / f"{name}.log")
        if sample.code not in (0, 1):
            sys.exit(f"{name}: exit code {sample.code}; see {self.logs / (name + '.log')}")
        self.series.setdefault(name, Series(name)).samples.append(sample)
        return sample

    def designlint(self, target: Path, cache: Path, *extra: str) -> list[str]:
        return [str(PYTHON), "-m", "designlint", "lint", str(target), "--cache-dir", str(cache), "--exit-zero", *extra]


def corpus_round(bench: Bench, size: str, folder: Path, peer: bool) -> dict[str, float]:
    """designlint cold (empty cache), designlint warm (same cache again), the peer, the floor."""
    cache = WORK / f"cache-{size}"
    shutil.rmtree(cache, ignore_errors=True)
    cold = bench.run(f"{size}-designlint-cold", bench.designlint(folder, cache), folder)
    warm = bench.run(f"{size}-designlint-warm", bench.designlint(folder, cache), folder)
    floor = bench.run(f"{size}-mistune-floor", [str(PYTHON), str(BENCH / "floor.py"), str(folder)], folder)
    ratios = {"cold/floor": cold.wall / floor.wall, "warm/floor": warm.wall / floor.wall}
    if peer:
        other = bench.run(f"{size}-markdownlint-cli2", [str(PEER), "**/*.md"], folder)
        ratios |= {"cold/peer": cold.wall / other.wall, "warm/peer": warm.wall / other.wall}
    return ratios


def single_round(bench: Bench, path: Path, index: int) -> dict[str, float]:
    """One 2 KB file: edited since the last run (rule data cached, the file's findings not), and unchanged."""
    cache = WORK / "cache-single"
    text = (corpus.SOURCE / corpus.SINGLE).read_text(encoding="utf-8")
    path.write_text(f"{text}\n<!-- edit {index} {time.time()} -->\n", encoding="utf-8")
    edited = bench.run("single-designlint-edited", bench.designlint(path, cache), path.parent)
    same = bench.run("single-designlint-unchanged", bench.designlint(path, cache), path.parent)
    other = bench.run("single-markdownlint-cli2", [str(PEER), path.name], path.parent)
    floor = bench.run("single-mistune-floor", [str(PYTHON), str(BENCH / "floor.py"), str(path)], path.parent)
    return {
        "edited/peer": edited.wall / other.wall,
        "unchanged/peer": same.wall / other.wall,
        "edited/floor": edited.wall / floor.wall,
    }


SCALED = ("designlint-cold", "designlint-warm", "mistune-floor")


def _last(bench: Bench, name: str) -> float:
    return bench.series[name].samples[-1].wall


def median_ratios(rounds: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(r[key] for r in rounds) for key in rounds[0]}


def report(bench: Bench, ratios: dict[str, dict[str, float]]) -> dict[str, object]:
    rows = {
        name: {
            "runs": len(s.samples),
            "wall_s": round(s.median(), 3),
            "cpu_s": round(s.median("cpu"), 3),
            "peak_mib": round(max(x.peak_mib for x in s.samples), 1),
        }
        for name, s in bench.series.items()
    }
    print(f"{'command':34} {'runs':>4} {'wall s':>8} {'cpu s':>8} {'peak MiB':>9}")
    for name, row in rows.items():
        print(f"{name:34} {row['runs']:4d} {row['wall_s']:8.3f} {row['cpu_s']:8.3f} {row['peak_mib']:9.1f}")
    for group, values in ratios.items():
        print(f"{group}: " + ", ".join(f"{k} {v:.3f}" for k, v in values.items()))
    return {"series": rows, "ratios": ratios}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", nargs="*", default=["1x"], choices=list(corpus.SIZES))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--single-rounds", type=int, default=15)
    parser.add_argument("--src", default="HEAD", help="a git revision to snapshot, or 'worktree'")
    parser.add_argument("--no-peer-above", default="1x", help="sizes above this skip the peer (10x takes minutes)")
    args = parser.parse_args()
    install_peer()
    bench = Bench(snapshot(args.src))
    ratios: dict[str, dict[str, float]] = {}
    order = list(corpus.SIZES)
    folders = {size: corpus.build(size, corpus.SIZES[size]) for size in args.sizes}
    rounds: dict[str, list[dict[str, float]]] = {size: [] for size in args.sizes}
    scaling: list[dict[str, float]] = []
    for index in range(args.rounds):  # sizes alternate within a round, so scaling compares like with like
        for size in args.sizes:
            if size == "10x" and index >= 3:
                continue  # three 10x rounds are enough and take minutes each
            peer = order.index(size) <= order.index(args.no_peer_above)
            rounds[size].append(corpus_round(bench, size, folders[size], peer))
        if {"1x", "10x"} <= set(args.sizes) and index < 3:
            scaling.append({kind: _last(bench, f"10x-{kind}") / _last(bench, f"1x-{kind}") for kind in SCALED})
    for size in args.sizes:
        ratios[size] = median_ratios(rounds[size])
    if scaling:
        ratios["scaling 10x/1x"] = median_ratios(scaling)
    if args.single_rounds:
        path = corpus.single()
        ratios["single"] = median_ratios([single_round(bench, path, i) for i in range(args.single_rounds)])
    result = report(bench, ratios)
    out = WORK / f"results-{time.strftime('%Y%m%dT%H%M%S')}.json"
    # Each round's ratios too: on a shared machine one round can be far off, and the median hides how far.
    out.write_text(json.dumps({"args": vars(args), **result, "rounds": rounds}, indent=2))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
