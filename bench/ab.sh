#!/usr/bin/env bash
# A/B load test of two running portals on the same machine and the same data: for each URL, wrk measures
# portal A (before) then portal B (after), or B then A, the order alternating from one URL and one round to
# the next, so that the machine's noise (other processes, the JIT, PostgreSQL's caches) falls on both alike.
# Each portal gets its own staff session (bench/staff-session.sh). Prints the median over the rounds of
# req/s and p50/p95/p99 latency for each URL and portal, and B's req/s as a ratio of A's.
#
#   NOVAPEC_ADMIN_EMAIL=… NOVAPEC_ADMIN_PASSWORD=… bench/ab.sh              the staff and showcase pages
#   NOVAPEC_ADMIN_EMAIL=… NOVAPEC_ADMIN_PASSWORD=… bench/ab.sh /gestion     only the paths given
#
# Settings (environment): A_URL (http://localhost:8081), B_URL (http://localhost:8082), ROUNDS (3),
# DURATION (8s), WARMUP (2s), THREADS (2), CONNECTIONS (8: one session's requests queue on its row beyond),
# TIMEOUT (5s), OUT (the raw lines, one per measure; a temporary file by default).
# The staff pages' default list is built from portal B's data (the first round, a submitted application):
# load the same data into both (bench/load-data.sh) so that the same ids exist in each.
set -euo pipefail

A_URL="${A_URL:-http://localhost:8081}"
B_URL="${B_URL:-http://localhost:8082}"
ROUNDS="${ROUNDS:-3}"
DURATION="${DURATION:-8s}"
WARMUP="${WARMUP:-2s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-8}"
TIMEOUT="${TIMEOUT:-5s}"
: "${NOVAPEC_ADMIN_EMAIL:?set NOVAPEC_ADMIN_EMAIL (and NOVAPEC_ADMIN_PASSWORD) to the administrator both portals were started with}"
: "${NOVAPEC_ADMIN_PASSWORD:?set NOVAPEC_ADMIN_PASSWORD}"
[[ $ROUNDS =~ ^[1-9][0-9]*$ ]] || { echo "ab.sh: ROUNDS must be a positive integer" >&2; exit 2; }
command -v wrk >/dev/null || { echo "ab.sh: wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }

here=$(dirname "$0")
# shellcheck source=bench/staff-session.sh
source "$here/staff-session.sh"
a_cookie="SESSION=$(staff_session "$A_URL")" || { echo "ab.sh: could not sign in on A" >&2; exit 1; }
b_cookie="SESSION=$(staff_session "$B_URL")" || { echo "ab.sh: could not sign in on B" >&2; exit 1; }

paths=("$@")
if [[ ${#paths[@]} -eq 0 ]]; then
    mapfile -t paths < <(staff_paths "$B_URL" "$b_cookie")
    paths+=('/laureats' '/laureats?region=76' '/laureats?q=numerique&region=11'
        '/laureats/seniors-allez-tous-vous-faire-voir')
fi

OUT="${OUT:-$(mktemp "${TMPDIR:-/tmp}/novapec-ab.XXXXXX")}"
: >"$OUT"
echo "A $A_URL, B $B_URL: $ROUNDS rounds, wrk $THREADS threads, $CONNECTIONS connections, $DURATION per URL" \
     "after $WARMUP; raw lines in $OUT" >&2

# measure SIDE BASE COOKIE PATH ROUND: one warm-up and one measure; appends "round side path figures…" to OUT.
measure() {
    local side=$1 base=$2 cookie=$3 path=$4 round=$5 status line
    status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H "Cookie: $cookie" "$base$path" || true)
    [[ $status == 2?? ]] || echo "warning: $side $path answers HTTP $status" >&2
    wrk -t "$THREADS" -c "$CONNECTIONS" -d "$WARMUP" --timeout "$TIMEOUT" -H "Cookie: $cookie" "$base$path" >/dev/null 2>&1 || true
    line=$(wrk -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" --timeout "$TIMEOUT" -s "$here/percentiles.lua" \
        -H "Cookie: $cookie" "$base$path" 2>&1 | awk '$1 == "AB" { $1 = ""; print }')
    echo "$round $side $path ${line:-- - - - - - -}" >>"$OUT"
    echo "  round $round $side $path:${line}" >&2
}

n=0
for ((round = 1; round <= ROUNDS; round++)); do
    for path in "${paths[@]}"; do
        n=$((n + 1))
        if ((n % 2)); then
            measure A "$A_URL" "$a_cookie" "$path" "$round"; measure B "$B_URL" "$b_cookie" "$path" "$round"
        else
            measure B "$B_URL" "$b_cookie" "$path" "$round"; measure A "$A_URL" "$a_cookie" "$path" "$round"
        fi
    done
done

# Medians per path and side, in the order the paths were measured.
printf '%s\n' "${paths[@]}" | awk -v out="$OUT" '
    function median(list,   a, k, m) {
        k = split(list, a, " "); if (k == 0) return "-"
        asort(a, a, "@val_num_asc"); m = int((k + 1) / 2)
        return (k % 2) ? a[m] : (a[m] + a[m + 1]) / 2
    }
    { order[++np] = $0 }
    END {
        while ((getline line < out) > 0) {
            split(line, f, " ")
            key = f[3] SUBSEP f[2]
            if (f[4] == "-") continue
            rps[key] = rps[key] " " f[4]; p50[key] = p50[key] " " f[5]
            p95[key] = p95[key] " " f[6]; p99[key] = p99[key] " " f[7]; bad[key] += f[8] + f[9]
        }
        printf "%-60s %5s | %7s %7s %7s %7s | %7s %7s %7s %7s | %6s %6s\n", "URL (medians of the rounds; ms)", "B/A",
            "A req/s", "A p50", "A p95", "A p99", "B req/s", "B p50", "B p95", "B p99", "errs A", "errs B"
        for (i = 1; i <= np; i++) {
            p = order[i]; a = p SUBSEP "A"; b = p SUBSEP "B"
            ra = median(rps[a]); rb = median(rps[b])
            printf "%-60s %5s | %7.0f %7.1f %7.1f %7.1f | %7.0f %7.1f %7.1f %7.1f | %6d %6d\n", p,
                (ra > 0) ? sprintf("%.2f", rb / ra) : "-", ra, median(p50[a]), median(p95[a]), median(p99[a]),
                rb, median(p50[b]), median(p95[b]), median(p99[b]), bad[a], bad[b]
        }
    }'
