"""Writes the section "Writes on PostgreSQL and the peak" of docs/performance.md from a run of scripts/bench-peak.

Reads Gatling's index.html (the statistics table), the portal's resident memory samples (rss.txt) and the database
counts the script exported. Arguments: the summary file to write, and 1 to leave docs/performance.md alone.
"""
import html
import os
import re
import sys

e = os.environ
root = e["root"]


def table(report_dir):
    """Gatling's statistics rows by request name: total, KO, p99 (ms)."""
    page = open(os.path.join(report_dir, "index.html"), encoding="utf-8").read()
    rows = {}
    for row in re.findall(r'<tr id="req_[^"]*"[^>]*>(.*?)</tr>', page, re.S):
        label = re.search(r'class="ellipsed-name">(.*?)</span>', row, re.S)
        if label:
            cells = dict(re.findall(r'<td class="value [a-z]+ (col-\d+)">([^<]*)</td>', row))
            rows[html.unescape(label.group(1)).strip()] = {
                "total": int(cells["col-2"]), "ko": int(cells["col-4"]), "p99": cells["col-11"]}
    return rows


stats = table(e["report"])


def get(name):
    return stats.get(name, {"total": 0, "ko": 0, "p99": "–"})


def ok(name):
    s = get(name)
    return s["total"] - s["ko"]


def verdict(passed):
    return "**pass**" if passed else "**FAIL**"


slice_s = min(int(e["slice"]), int(e["duration"]))
rounds = max(1, int(e["duration"]) // slice_s)
p1_seconds = rounds * slice_s
peak_seconds = int(e["peak_seconds"])
rate = float(e["peak_rate"])
phases = e["phases"].split(",")

rss = []
for line in open(os.path.join(e["out"], "rss.txt"), encoding="utf-8"):
    parts = line.split()
    if len(parts) == 2 and parts[1].isdigit():
        rss.append(int(parts[1]))
max_rss_mb = max(rss) / 1024 if rss else 0

lines = ["## Writes on PostgreSQL and the peak", ""]
lines.append("Issue 14's P1 for the requests that change something (check-in, check-out, accept), P6 (学雷锋日: "
             f"{e['peak_rate']} check-ins and check-outs per second for {peak_seconds // 60} minutes on one node, "
             "p99 < 200 ms, no errors, every record in the database afterwards) and the portal's memory under that "
             "load (RSS ≤ 1 GB), measured by one run of `scripts/bench-peak` against the bare endpoint of "
             "`civility-benchmarks/baseline-war` on the same Payara Micro in the same run. The figures below are "
             "written by the script; run it again to replace them.")
lines.append("")
lines.append(f"Data: a county generated at scale {e['scale']} into a PostgreSQL database of its own "
             "(`CountyGenerator`), then `PeakSetup`: a check-in code open now at every station, and an account with a "
             f"signed-in session (bearer token) for up to {int(e['volunteers']):,} active volunteers and for every "
             "volunteer an order is offered to. Each volunteer checks in once, with their own station's code, and "
             "out again; each offered order is accepted once, by its volunteer. The portal runs without the demo, "
             "on that database, `-Xmx1g`, as `scripts/portal` runs it.")
lines.append("")
if "p1" in phases:
    base = get("ping")
    base_rps = base["total"] / p1_seconds if p1_seconds else 0
    pair = "check-in and out"
    ins, outs, acc = get(pair + ": check-in"), get(pair + ": check-out"), get("accept")
    both_rps = (ins["total"] + outs["total"]) / p1_seconds
    acc_rps = acc["total"] / p1_seconds
    lines.append("### P1: writes")
    lines.append("")
    lines.append(f"Closed model, {e['users']} users, as in the section above: each scenario warmed up "
                 f"{e['warmup']} s, then in turns with the baseline, {slice_s} s slices, {p1_seconds} s each. A user "
                 "of the check-in scenario checks a volunteer in and straight out again, two requests in a row: "
                 "their sum over the time is the scenario's throughput, each request's share of it is shown.")
    lines.append("")
    lines.append("| scenario | req/s | p99 (ms) | requests (KO) | ratio to baseline | goal | result |")
    lines.append("|---|---:|---:|---:|---:|---|---|")
    lines.append(f"| baseline: `GET /api/ping` (bare JAX-RS) | {base_rps:,.0f} | {base['p99']} | "
                 f"{base['total']:,} ({base['ko']}) | 1.00 | baseline | |")
    for label, s in [("`POST /api/v1/service-records/check-ins`", ins),
                     ("`POST /api/v1/service-records/check-outs`", outs)]:
        lines.append(f"| {label} | {s['total'] / p1_seconds:,.0f} | {s['p99']} | {s['total']:,} ({s['ko']}) | | | |")
    ratio = both_rps / base_rps if base_rps else 0
    lines.append(f"| check-in and check-out together | {both_rps:,.0f} | | {ins['total'] + outs['total']:,} "
                 f"({ins['ko'] + outs['ko']}) | {ratio:.2f} | ≥ 0.60 | "
                 f"{verdict(ratio >= 0.6 and ins['ko'] + outs['ko'] == 0)} |")
    ratio = acc_rps / base_rps if base_rps else 0
    lines.append(f"| `POST /api/v1/orders/{{id}}/accept` | {acc_rps:,.0f} | {acc['p99']} | {acc['total']:,} "
                 f"({acc['ko']}) | {ratio:.2f} | ≥ 0.60 | {verdict(ratio >= 0.6 and acc['ko'] == 0)} |")
    lines.append("")
if "p6" in phases:
    b, pin, pout = get("peak: ping"), get("peak: check-in"), get("peak: check-out")
    total = pin["total"] + pout["total"]
    kos = pin["ko"] + pout["ko"]
    achieved = total / (peak_seconds + int(e["stay_seconds"]))
    worst = max([float(x) for x in (pin["p99"], pout["p99"]) if x not in ("–", "-")] or [0])
    lines.append("### P6: 学雷锋日 on one node")
    lines.append("")
    lines.append(f"Open model: volunteers arrive at {rate / 2:g} per second for {peak_seconds} s, each checks in, "
                 f"stays {e['stay_seconds']} s and checks out: {rate:g} requests per second, half of each. Before it, "
                 f"the baseline at the same {rate:g} requests per second for a minute.")
    lines.append("")
    lines.append("| requests | count (KO) | p99 (ms) | goal | result |")
    lines.append("|---|---:|---:|---|---|")
    lines.append(f"| baseline `GET /api/ping` at {rate:g}/s | {b['total']:,} ({b['ko']}) | {b['p99']} | baseline | |")
    lines.append(f"| check-ins | {pin['total']:,} ({pin['ko']}) | {pin['p99']} | p99 < 200 | "
                 f"{verdict(pin['p99'] not in ('–', '-') and float(pin['p99']) < 200)} |")
    lines.append(f"| check-outs | {pout['total']:,} ({pout['ko']}) | {pout['p99']} | p99 < 200 | "
                 f"{verdict(pout['p99'] not in ('–', '-') and float(pout['p99']) < 200)} |")
    lines.append(f"| all, {achieved:,.0f} requests/s over the run | {total:,} ({kos}) | {worst:g} | "
                 f"{rate:g}/s, no errors | {verdict(kos == 0 and worst < 200)} |")
    lines.append("")
checkins_ok = sum(ok(n) for n in stats if n.endswith("check-in"))
checkouts_ok = sum(ok(n) for n in stats if n.endswith("check-out"))
accepts_ok = sum(ok(n) for n in stats if n.endswith("accept"))
stored_in, stored_records, stored_closed, stored_accepts = (int(e["check_ins_stored"]), int(e["records_stored"]),
                                                            int(e["closed_stored"]), int(e["accepted_stored"]))
tried_in = sum(get(n)["total"] for n in stats if n.endswith("check-in"))
tried_out = sum(get(n)["total"] for n in stats if n.endswith("check-out"))
tried_accepts = sum(get(n)["total"] for n in stats if n.endswith("accept"))


def kept(acknowledged, stored, tried):
    """Nothing acknowledged is missing; what timed out or failed may have been written or not."""
    return verdict(acknowledged <= stored <= tried)


lines.append("### Counted afterwards")
lines.append("")
lines.append("Every request Gatling saw acknowledged (2xx), warm-ups included, against the rows in the database after "
             "the load. A request that failed or timed out on the client may still have been written, so the rows "
             "must lie between the acknowledged and the attempted requests:")
lines.append("")
lines.append("| what | acknowledged | attempted | in the database | result |")
lines.append("|---|---:|---:|---:|---|")
lines.append(f"| check-ins (uses of a code) | {checkins_ok:,} | {tried_in:,} | {stored_in:,} | "
             f"{kept(checkins_ok, stored_in, tried_in)} |")
lines.append(f"| service records written (a check-in opens one, a check-out appends one) | "
             f"{checkins_ok + checkouts_ok:,} | {tried_in + tried_out:,} | {stored_records:,} (closing: "
             f"{stored_closed:,}) | {kept(checkins_ok + checkouts_ok, stored_records, tried_in + tried_out)} |")
lines.append(f"| accepts (ACCEPT steps) | {accepts_ok:,} | {tried_accepts:,} | {stored_accepts:,} | "
             f"{kept(accepts_ok, stored_accepts, tried_accepts)} |")
lines.append("")
lines.append("### Memory")
lines.append("")
lines.append(f"The portal's resident set (VmRSS, sampled every second over the whole load, {len(rss)} samples): "
             f"**{max_rss_mb:,.0f} MB at most** (goal ≤ 1,024 MB: {verdict(0 < max_rss_mb <= 1024)}), with `-Xmx1g`.")
lines.append("")
lines.append("### Machine and command")
lines.append("")
lines.append(f"- {e['when']}; {e['cpus']} cores ({e['cpu_model']}), shared by the servers, PostgreSQL "
             f"{e['pg_version']} and the load generator")
lines.append(f"- {e['java_version']}; Payara Micro {e['payara_version']}; Gatling {e['gatling_version']}")
lines.append(f"- `{e['command_line']}` (SCALE={e['scale']} USERS={e['users']} PEAK_RATE={e['peak_rate']} "
             f"PEAK_SECONDS={e['peak_seconds']} PHASES={e['phases']})")
lines.append(f"- Gatling's HTML report: `{os.path.relpath(e['report'], root).rstrip('/')}/index.html`")
section = "\n".join(lines) + "\n"

open(sys.argv[1], "w", encoding="utf-8").write(section)
print(section)
if sys.argv[2] == "1":
    sys.exit(0)
doc = os.path.join(root, "docs", "performance.md")
text = open(doc, encoding="utf-8").read()
heading = "## Writes on PostgreSQL and the peak"
start = text.find(heading + "\n")
if start < 0:
    text = text.rstrip("\n") + "\n\n" + section
else:
    following = re.search(r"^## ", text[start + len(heading):], re.M)
    end = start + len(heading) + following.start() if following else len(text)
    text = text[:start] + section + ("\n" + text[end:] if following else "")
open(doc, "w", encoding="utf-8").write(text)
print(f"written to {os.path.relpath(doc, root)}")
