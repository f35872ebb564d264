"""The results: one record per measurement with its baseline and ratio, as JSON and as a table."""

import math
import re
from pathlib import Path
from typing import Any

# The targets at city scale on two cores (docs/benchmarks.md): every key page and API call
# p95 ≤ 150 ms at 16 concurrent users and at least 15% of the minimal view's throughput; searching
# the social map p95 ≤ 30 ms.
TARGET_P95_MS = 150.0
TARGET_THROUGHPUT_SHARE = 0.15
DIRECTORY_SEARCH = frozenset({"portal: search", "portal: suggestions", "api: social map search"})
DIRECTORY_TARGET_P95_MS = 30.0
HTTP_BASELINE = "baseline"
BASELINE_AGAIN = "baseline (again)"
# The baseline measured again at the end may differ this much before the run counts as noisy.
DRIFT_TOLERANCE = 0.20
SQL_BASELINE = "sql: SELECT 1"
# The target for the yearly report of a whole city: "12-month city report ≤ 10 s".
TWELVE_MONTHS_REPORT = "report: 12 months"
REPORT_TARGET_MS = 10_000.0
START = "<!-- results:start -->"
END = "<!-- results:end -->"


def ratio(value: float, baseline: float) -> float | None:
    return round(value / baseline, 2) if baseline else None


def target_p95_ms(name: str) -> float:
    return DIRECTORY_TARGET_P95_MS if name in DIRECTORY_SEARCH else TARGET_P95_MS


def verdict(entry: dict[str, Any]) -> str:
    if entry["errors"] or entry.get("warmup_errors"):
        return "fouten"
    if entry["name"] in (HTTP_BASELINE, BASELINE_AGAIN):
        return "–"
    if not entry["requests"]:
        return "niet gemeten"  # e.g. no draft plan to save in this data set
    fast = entry["p95_ms"] <= target_p95_ms(entry["name"])
    enough = entry["throughput_share"] is not None and entry["throughput_share"] >= TARGET_THROUGHPUT_SHARE
    return "ok" if fast and enough else "te traag"


def job_verdict(entry: dict[str, Any]) -> str | None:
    """Only the yearly report has a target; the other jobs are measured without one."""
    if entry["errors"]:
        return "fouten"
    if entry["name"] != TWELVE_MONTHS_REPORT:
        return None
    return "ok" if entry["p95_ms"] <= REPORT_TARGET_MS else "te traag"


def assemble(
    *,
    run_at: str,
    dataset: dict[str, Any],
    machine: dict[str, Any],
    server: dict[str, Any],
    load: dict[str, Any],
    scenarios: list[dict[str, Any]],
    http_results: list[dict[str, Any]],
    sql_results: dict[str, dict[str, Any]],
    job_results: list[dict[str, Any]],
    workers_rss_mb: list[float | None],
    master_rss_mb: float | None,
    duration_seconds: float,
) -> dict[str, Any]:
    residents = dataset["residents"]
    by_name = {result["name"]: result for result in http_results}
    baseline = by_name[HTTP_BASELINE]
    sql_baseline = sql_results[SQL_BASELINE]
    measurements: list[dict[str, Any]] = []
    for scenario in scenarios:
        result = by_name[scenario["name"]]
        sql_name = f"sql: {scenario['name']}"
        sql = sql_results.get(sql_name)
        entry = {
            "name": scenario["name"],
            "kind": "http",
            "description": scenario["description"],
            "requests": result["requests"],
            "errors": result["errors"],
            "warmup_requests": result["warmup_requests"],
            "warmup_errors": result["warmup_errors"],
            "p50_ms": result["p50_ms"],
            "p95_ms": result["p95_ms"],
            "p99_ms": result["p99_ms"],
            "max_ms": result["max_ms"],
            "rps": result["rps"],
            "concurrency": result["concurrency"],
            "variants": len(scenario["rotate"]),
            "queries_per_request": scenario.get("queries_per_request"),
            "baseline": HTTP_BASELINE,
            "ratio": ratio(result["p50_ms"], baseline["p50_ms"]),
            # The page's requests per second as a part of the minimal view's (target ≥ 0.15).
            "throughput_share": ratio(result["rps"], baseline["rps"]),
            "target_p95_ms": target_p95_ms(scenario["name"]),
            "sql_baseline": sql_name if sql else None,
            "sql_ratio": ratio(result["p50_ms"], sql["p50_ms"]) if sql else None,
            "residents": residents,
            "client_cpu_s": result["client_cpu_s"],
            "error_samples": result["error_samples"],
        }
        entry["verdict"] = verdict(entry)
        measurements.append(entry)
    for name, result in sql_results.items():
        measurements.append(
            {
                "name": name,
                "kind": "sql",
                "description": (
                    "one round trip to PostgreSQL"
                    if name == SQL_BASELINE
                    else f"the SQL of '{name.removeprefix('sql: ')}', replayed bare with psycopg"
                ),
                "requests": result["requests"],
                "errors": 0,
                "p50_ms": result["p50_ms"],
                "p95_ms": result["p95_ms"],
                "p99_ms": result["p99_ms"],
                "rps": result["rps"],
                "statements_per_request": result["statements_per_request"],
                "baseline": SQL_BASELINE,
                "ratio": ratio(result["p50_ms"], sql_baseline["p50_ms"]),
                "residents": residents,
                "slowest_statements": result["statements"][:3],
            }
        )
    timed = {entry["name"]: entry for entry in measurements}
    for result in job_results:
        baseline_entry = timed.get(result["baseline"])
        entry = {
            "name": result["name"],
            "kind": "job",
            "description": result["description"],
            "runs": result["runs"],
            "errors": len(result["error_samples"]),
            "p50_ms": result["p50_ms"],
            "p95_ms": result["p95_ms"],
            "max_ms": result["max_ms"],
            "rps": result["rps"],
            "queries_per_run": result["queries_per_run"],
            "baseline": result["baseline"],
            "ratio": (
                ratio(result["p50_ms"], baseline_entry["p50_ms"])
                if baseline_entry and result["p50_ms"] is not None and baseline_entry["p50_ms"] is not None
                else None
            ),
            "residents": residents,
            "subject": result["subject"],
            "error_samples": result["error_samples"],
        }
        entry["verdict"] = job_verdict(entry)
        measurements.append(entry)
        timed[entry["name"]] = entry
    drift = None
    if BASELINE_AGAIN in by_name and baseline["p50_ms"]:
        drift = round(by_name[BASELINE_AGAIN]["p50_ms"] / baseline["p50_ms"] - 1, 3)
    return {
        "run_at": run_at,
        "scale": dataset["scale"],
        "dataset": dataset,
        "machine": machine,
        "server": server,
        "load": load,
        "targets": {
            "p95_ms": TARGET_P95_MS,
            "directory_search_p95_ms": DIRECTORY_TARGET_P95_MS,
            "throughput_share": TARGET_THROUGHPUT_SHARE,
            "report_p95_ms": REPORT_TARGET_MS,
        },
        "measurements": measurements,
        "baseline_drift": drift,
        "noisy": drift is not None and abs(drift) > DRIFT_TOLERANCE,
        "workers_rss_mb": workers_rss_mb,
        "master_rss_mb": master_rss_mb,
        "duration_seconds": duration_seconds,
    }


def _ms(value: float | None) -> str:
    if value is None or math.isnan(value):  # NaN: a scenario without requests
        return "–"
    if value >= 1000:
        return f"{value:,.0f}"
    return f"{value:.1f}" if value >= 10 else f"{value:.2f}"


def _ratio(value: float | None) -> str:
    if value is None or math.isnan(value):
        return "–"
    # Below 1: a part of its baseline (a report's PDF against the whole generation).
    return f"{value:.2f}×" if value < 1 else f"{value:.1f}×"


def _share(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def _number(value: int) -> str:
    return f"{value:,}"


def _count(value: int | None) -> str:
    return "–" if value is None else _number(value)


def markdown(result: dict[str, Any]) -> str:
    dataset, machine, server, load = result["dataset"], result["machine"], result["server"], result["load"]
    measurements = {entry["name"]: entry for entry in result["measurements"]}
    lines = [
        f"Run {result['run_at']}, scale `{result['scale']}`: {_number(dataset['residents'])} residents in "
        f"{_number(dataset['households'])} households ({_number(dataset['visible_to_generalist']['residents'])} "
        f"residents visible to `generalist`). {machine['cores']} cores ({machine['cpu'] or 'unknown CPU'}), "
        f"PostgreSQL {machine['postgresql']}, gunicorn {server['workers']} × {server['worker_class']}; "
        f"{load['requests_per_scenario']} requests per scenario after {load['warmup_per_scenario']} "
        f"warm-up, {load['concurrency']} at a time. Load average at the start: "
        f"{' / '.join(str(value) for value in machine['load_average_at_start'])}.",
        "",
        "| measurement | requests | errors | p50 ms | p95 ms | p99 ms | req/s | × baseline | req/s of baseline "
        "| SQL p50 ms | × SQL | verdict |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for entry in result["measurements"]:
        if entry["kind"] != "http":
            continue
        sql = measurements.get(entry["sql_baseline"] or "")
        lines.append(
            f"| {entry['name']} | {entry['requests']} | {entry['errors'] + entry['warmup_errors']} | "
            f"{_ms(entry['p50_ms'])} | {_ms(entry['p95_ms'])} | {_ms(entry['p99_ms'])} | {entry['rps']:.0f} | "
            f"{_ratio(entry['ratio'])} | {_share(entry['throughput_share'])} | "
            f"{_ms(sql['p50_ms']) if sql else '–'} | {_ratio(entry['sql_ratio'])} | {entry['verdict']} |"
        )
    judged = [e for e in result["measurements"] if e["kind"] == "http" and e["verdict"] in ("ok", "te traag")]
    met = [e["name"] for e in judged if e["verdict"] == "ok"]
    lines += [
        "",
        f"Targets: p95 ≤ {TARGET_P95_MS:.0f} ms (searching the social map ≤ {DIRECTORY_TARGET_P95_MS:.0f} ms) "
        f"and at least {TARGET_THROUGHPUT_SHARE:.0%} of the baseline's requests per second, at "
        f"{load['concurrency']} requests in flight: met by {len(met)} of {len(judged)} measurements"
        + (f" ({', '.join(met)})." if met and len(met) < len(judged) else "."),
    ]
    lines += [
        "",
        "| bare SQL | statements | p50 ms | p95 ms | × SELECT 1 | costliest statement (ms per request) |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for entry in result["measurements"]:
        if entry["kind"] != "sql":
            continue
        slowest = entry["slowest_statements"][0] if entry["slowest_statements"] else None
        described = "–"
        if slowest and entry["name"] != SQL_BASELINE:
            described = f"{_ms(slowest['ms_per_request'])}: `{_statement_summary(slowest['sql'])}`"
        lines.append(
            f"| {entry['name']} | {entry['statements_per_request']:g} | {_ms(entry['p50_ms'])} | "
            f"{_ms(entry['p95_ms'])} | {_ratio(entry['ratio'])} | {described} |"
        )
    lines += _jobs_table(result)
    if result["baseline_drift"] is not None:
        lines += [
            "",
            f"The baseline measured again at the end differed by {result['baseline_drift']:+.0%} from the "
            "first: "
            + (
                "the machine was busy during this run; compare its figures with care."
                if result["noisy"]
                else f"within ±{DRIFT_TOLERANCE:.0%}, a quiet run."
            ),
        ]
    rss = ", ".join(f"{value:.0f} MB" for value in result["workers_rss_mb"] if value is not None)
    lines += [
        "",
        f"Memory (RSS) per web worker after the load: {rss or 'unknown'}; "
        f"the whole run took {result['duration_seconds']:.0f} s.",
    ]
    return "\n".join(lines)


def _jobs_table(result: dict[str, Any]) -> list[str]:
    """Reports and the subject-access export: runs in the bench process, not HTTP requests."""
    jobs = [entry for entry in result["measurements"] if entry["kind"] == "job"]
    if not jobs:
        return []
    dataset = result["dataset"]
    by_name = {entry["name"]: entry for entry in result["measurements"]}
    subject = next((job["subject"] for job in jobs if "resident_id" in job["subject"]), None)
    lead = (
        f"**Reports and subject access**, run in the bench process ({_number(dataset['cases'])} cases, "
        f"{_number(dataset['decisions'])} decisions in the data set)"
    )
    if subject:
        lead += (
            f"; the subject-access export of resident {subject['resident_id']} (cases: {subject['cases']}, "
            f"decisions: {subject['decisions']}, access-log lines: {subject['access_log']})"
        )
    lines = [
        "",
        lead + ".",
        "",
        "| job | runs | statements | p50 ms | p95 ms | baseline | baseline p50 ms | × baseline | verdict |",
        "| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- |",
    ]
    for entry in jobs:
        baseline = by_name.get(entry["baseline"])
        lines.append(
            f"| {entry['name']} | {entry['runs']} | {_count(entry['queries_per_run'])} | "
            f"{_ms(entry['p50_ms'])} | {_ms(entry['p95_ms'])} | {entry['baseline']} | "
            f"{_ms(baseline['p50_ms']) if baseline else '–'} | "
            f"{_ratio(entry['ratio'])} | {entry['verdict'] or '–'} |"
        )
    return lines


def _statement_summary(sql: str) -> str:
    """The first table a statement reads or writes, enough to find it in the JSON (which has it whole)."""
    kind = sql.split(None, 1)[0].upper()
    keyword = {"UPDATE": "UPDATE", "INSERT": "INTO"}.get(kind, "FROM")
    match = re.search(rf'\b{keyword}\s+"?([a-z_]+)"?', sql)
    if not match:
        return sql[:40]
    return f"UPDATE {match.group(1)} …" if kind == "UPDATE" else f"{kind} … {keyword} {match.group(1)} …"


def update_docs(path: Path, table: str) -> None:
    text = path.read_text()
    start, end = text.find(START), text.find(END)
    if start < 0 or end < start:
        raise RuntimeError(f"{path} mist de markeringen {START} … {END}")
    path.write_text(text[: start + len(START)] + "\n" + table + "\n" + text[end:])
