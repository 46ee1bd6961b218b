"""Summary of a compare-indexers.sh results file: medians per corpus and tool, ratios to recollindex.

Ratios are given two ways: median of the tool / median of recollindex, and the median of the run-by-run
ratios (run k of the tool against run k of recollindex, which ran next to it), steadier on a loaded
machine.
"""
import csv
import statistics
import sys
from collections import defaultdict

REFERENCE = "recollindex"


def main(path):
    rows = list(csv.DictReader(open(path, encoding="utf-8"), delimiter="\t"))
    by = defaultdict(lambda: defaultdict(dict))
    for row in rows:
        by[row["corpus"]][row["tool"]][int(row["run"])] = row
    for corpus, tools in by.items():
        ref = tools.get(REFERENCE, {})
        loads = [float(r["load1"]) for t in tools.values() for r in t.values()]
        print(f"\n### {corpus}: {max(len(t) for t in tools.values())} runs, "
              f"load average (1 min) {min(loads):.1f}–{max(loads):.1f}, "
              f"median {statistics.median(loads):.1f}\n")
        print("| tool | wall (s) | CPU (s) | peak RSS (MiB) | output (MiB) "
              f"| wall / {REFERENCE} | CPU / {REFERENCE} | paired wall ratio | paired CPU ratio |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for tool, runs in tools.items():
            med = {k: statistics.median(float(r[k]) for r in runs.values())
                   for k in ("wall_s", "cpu_s", "rss_mib", "index_mib")}
            cells = [f"{med['wall_s']:.2f}", f"{med['cpu_s']:.2f}", f"{med['rss_mib']:.0f}",
                     f"{med['index_mib']:.1f}"]
            if ref:
                ref_med = {k: statistics.median(float(r[k]) for r in ref.values())
                           for k in ("wall_s", "cpu_s")}
                paired = {k: statistics.median(float(runs[i][k]) / float(ref[i][k])
                                               for i in runs if i in ref and float(ref[i][k]) > 0)
                          for k in ("wall_s", "cpu_s")}
                cells += [f"{med['wall_s'] / ref_med['wall_s']:.2f}×",
                          f"{med['cpu_s'] / ref_med['cpu_s']:.2f}×",
                          f"{paired['wall_s']:.2f}×", f"{paired['cpu_s']:.2f}×"]
            else:
                cells += ["", "", "", ""]
            print(f"| {tool} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(sys.argv[1])
