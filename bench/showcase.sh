#!/usr/bin/env bash
# Load test of the public showcase of a running Novapec portal with wrk: each URL is warmed up, then
# measured, one after another, and a summary table is printed (requests/s, p50/p90/p99 latency,
# non-2xx responses, socket errors). Requests go only to BASE_URL.
#
#   bench/showcase.sh                         the default URLs below
#   bench/showcase.sh '/laureats?year=2024'   only the paths given
#
# Settings (environment): BASE_URL (http://localhost:8080), DURATION (20s), WARMUP (3s), THREADS (2),
# CONNECTIONS (32), TIMEOUT (wrk's request timeout, 5s), OUT_DIR (where wrk's raw output is kept;
# a new temporary directory by default), COOKIE (a Cookie header sent with every request, for pages
# behind a login: bench/staff.sh sets it).
# Target (bench/README.md): on the list page, filtered or searched, >= 2000 requests/s and p99 < 50 ms.
set -euo pipefail

BASE_URL="${BASE_URL:-http://localhost:8080}"
BASE_URL="${BASE_URL%/}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-3s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
TIMEOUT="${TIMEOUT:-5s}"
TARGET_RPS=2000
TARGET_P99_MS=50

DEFAULT_PATHS=(
    '/laureats'
    '/laureats?region=76'
    '/laureats?theme=emploi&public=cadres'
    '/laureats?q=seniors'
    '/laureats?q=numerique&region=11'
    '/laureats/seniors-allez-tous-vous-faire-voir'
    '/donnees/laureats.csv'
)

die() { echo "showcase.sh: $*" >&2; exit 1; }

# Reads wrk --latency output on stdin and prints one line (latencies converted to ms from wrk's
# us/ms/s/m units):
#   requests_per_s p50_ms p90_ms p99_ms non_2xx_3xx socket_errors requests
parse_wrk() {
    awk '
        function ms(v,   n, u) {
            n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
            if (u == "us") n = n / 1000; else if (u == "s") n = n * 1000;
            else if (u == "m") n = n * 60000; else if (u == "h") n = n * 3600000;
            return n
        }
        BEGIN { rps = "-"; p50 = "-"; p90 = "-"; p99 = "-"; non2xx = 0; errors = 0; requests = "-" }
        /^ +50% / { p50 = sprintf("%.2f", ms($2)) }
        /^ +90% / { p90 = sprintf("%.2f", ms($2)) }
        /^ +99% / { p99 = sprintf("%.2f", ms($2)) }
        / requests in / { requests = $1 }
        /^ *Socket errors:/ {
            # Socket errors: connect 0, read 0, write 0, timeout 0
            for (i = 3; i <= NF; i += 2) { v = $(i + 1); gsub(/,/, "", v); errors += v }
        }
        /^ *Non-2xx or 3xx responses:/ { non2xx = $NF }
        /^Requests\/sec:/ { rps = sprintf("%.0f", $2) }
        END { print rps, p50, p90, p99, non2xx, errors, requests }
    '
}

# The list page, filtered or searched, is what the target is about.
is_list_page() { [[ $1 == /laureats || $1 == /laureats\?* ]]; }

verdict() { # path rps p99
    local path=$1 rps=$2 p99=$3
    is_list_page "$path" || { echo "-"; return; }
    [[ $rps != - && $p99 != - ]] || { echo "FAIL"; return; }
    awk -v r="$rps" -v p="$p99" -v tr="$TARGET_RPS" -v tp="$TARGET_P99_MS" \
        'BEGIN { print (r >= tr && p < tp) ? "ok" : "MISS" }'
}

main() {
    [[ $THREADS =~ ^[1-9][0-9]*$ ]] || die "THREADS must be a positive integer: '$THREADS'"
    [[ $CONNECTIONS =~ ^[1-9][0-9]*$ ]] || die "CONNECTIONS must be a positive integer: '$CONNECTIONS'"
    (( CONNECTIONS >= THREADS )) || die "CONNECTIONS ($CONNECTIONS) must be at least THREADS ($THREADS)"
    [[ $DURATION =~ ^[1-9][0-9]*[smh]?$ ]] || die "DURATION must look like 20s, 2m or 30: '$DURATION'"
    [[ $WARMUP =~ ^[0-9]+[smh]?$ ]] || die "WARMUP must look like 3s or 0: '$WARMUP'"

    command -v curl >/dev/null || die "curl is required (apt-get install -y curl)"
    if ! command -v wrk >/dev/null; then
        [[ $(id -u) -eq 0 ]] || die "wrk is not installed; run as root to install it, or: sudo apt-get install -y wrk"
        echo "Installing wrk (apt-get)..."
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
        command -v wrk >/dev/null || die "wrk could not be installed"
    fi

    curl -sf -o /dev/null --max-time 10 "$BASE_URL/" \
        || die "the portal does not answer at $BASE_URL/ (start it with ./mvnw spring-boot:run, or set BASE_URL)"

    local paths=("$@")
    [[ ${#paths[@]} -gt 0 ]] || paths=("${DEFAULT_PATHS[@]}")

    local out_dir="${OUT_DIR:-}"
    if [[ -z $out_dir ]]; then out_dir=$(mktemp -d "${TMPDIR:-/tmp}/novapec-showcase.XXXXXX"); fi
    mkdir -p "$out_dir"

    echo "wrk against $BASE_URL: $THREADS threads, $CONNECTIONS connections, $DURATION per URL" \
         "after a $WARMUP warm-up; raw output in $out_dir"

    local cookie=()
    if [[ -n ${COOKIE:-} ]]; then cookie=(-H "Cookie: $COOKIE"); fi

    local rows=() n=0 path url status file line
    for path in "${paths[@]}"; do
        n=$((n + 1))
        url="$BASE_URL$path"
        status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "${cookie[@]}" "$url" || true)
        [[ $status == 2?? ]] || echo "warning: $path answers HTTP $status" >&2
        if [[ $WARMUP != 0 && $WARMUP != 0[smh] ]]; then
            wrk -t "$THREADS" -c "$CONNECTIONS" -d "$WARMUP" --timeout "$TIMEOUT" "${cookie[@]}" "$url" >/dev/null 2>&1 || true
        fi
        file="$out_dir/$(printf '%02d' "$n").txt"
        echo "  $path ..." >&2
        wrk -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" --timeout "$TIMEOUT" --latency "${cookie[@]}" "$url" >"$file" 2>&1 \
            || echo "warning: wrk failed on $path (see $file)" >&2
        line=$(parse_wrk <"$file")
        rows+=("$path $status $line")
    done

    echo
    printf '%-46s %4s %9s %9s %9s %9s %9s %8s %7s %7s\n' \
        'URL' 'HTTP' 'requests' 'req/s' 'p50 ms' 'p90 ms' 'p99 ms' 'non-2xx' 'errors' 'target'
    local row p st rps p50 p90 p99 non2xx errors requests
    for row in "${rows[@]}"; do
        read -r p st rps p50 p90 p99 non2xx errors requests <<<"$row"
        printf '%-46s %4s %9s %9s %9s %9s %9s %8s %7s %7s\n' \
            "$p" "$st" "$requests" "$rps" "$p50" "$p90" "$p99" "$non2xx" "$errors" "$(verdict "$p" "$rps" "$p99")"
    done
    echo
    echo "target: list page (filtered or searched) >= $TARGET_RPS req/s and p99 < $TARGET_P99_MS ms" \
         "(wrk $THREADS threads, $CONNECTIONS connections)"
}

# Sourcing the script (for tests of parse_wrk) defines the functions without running anything.
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
    main "$@"
fi
