#!/usr/bin/env bash
# CPU time per request of two portals running on this machine, A (before) and B (after), each page asked N
# times in a row by one client: the milliseconds of CPU that the portal's JVM and the PostgreSQL backends of
# its database spent, per request. Unlike req/s, this barely moves when other processes load the machine.
# Linux only (reads /proc), PostgreSQL on this machine, psql for the backends' pids.
#
#   NOVAPEC_ADMIN_EMAIL=… NOVAPEC_ADMIN_PASSWORD=… A_DB=novapec_bench_b B_DB=novapec_bench_a bench/cpu.sh [paths…]
#
# Settings: A_URL (http://localhost:8081), B_URL (http://localhost:8082), A_DB and B_DB (their databases),
# N (200 requests per page and portal). The default pages are bench/ab.sh's staff pages.
set -euo pipefail

A_URL="${A_URL:-http://localhost:8081}"
B_URL="${B_URL:-http://localhost:8082}"
N="${N:-200}"
: "${A_DB:?set A_DB to portal A's database}" "${B_DB:?set B_DB to portal B's database}"
: "${NOVAPEC_ADMIN_EMAIL:?set NOVAPEC_ADMIN_EMAIL}" "${NOVAPEC_ADMIN_PASSWORD:?set NOVAPEC_ADMIN_PASSWORD}"
here=$(dirname "$0")
# shellcheck source=bench/staff-session.sh
source "$here/staff-session.sh"
tick=$(getconf CLK_TCK)

# The pid listening on the port of a URL.
pid_of() { ss -ltnpH "sport = :${1##*:}" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }

# CPU ticks (user + system) of these pids, summed.
ticks() { local p t=0; for p in "$@"; do [[ -r /proc/$p/stat ]] && t=$((t + $(awk '{ print $14 + $15 }' "/proc/$p/stat"))); done; echo $t; }

backends() { psql -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}" -d postgres -Atc \
    "select pid from pg_stat_activity where datname = '$1' and pid <> pg_backend_pid()"; }

measure() { # base cookie db path → "jvm_ms db_ms" per request
    local base=$1 cookie=$2 db=$3 path=$4 jvm before_j before_d i
    jvm=$(pid_of "$base")
    mapfile -t pg < <(backends "$db")
    curl -s -o /dev/null -H "Cookie: $cookie" "$base$path"
    before_j=$(ticks "$jvm"); before_d=$(ticks "${pg[@]}")
    for ((i = 0; i < N; i++)); do curl -s -o /dev/null -H "Cookie: $cookie" "$base$path"; done
    awk -v j=$(($(ticks "$jvm") - before_j)) -v d=$(($(ticks "${pg[@]}") - before_d)) -v n="$N" -v t="$tick" \
        'BEGIN { printf "%.1f %.1f", j * 1000 / t / n, d * 1000 / t / n }'
}

a_cookie="SESSION=$(staff_session "$A_URL")"
b_cookie="SESSION=$(staff_session "$B_URL")"
paths=("$@")
[[ ${#paths[@]} -gt 0 ]] || mapfile -t paths < <(staff_paths "$B_URL" "$b_cookie")
printf '%-60s %9s %9s | %9s %9s   (ms of CPU per request, %s requests)\n' 'URL' 'A JVM' 'A PG' 'B JVM' 'B PG' "$N"
for path in "${paths[@]}"; do
    read -r aj ad <<<"$(measure "$A_URL" "$a_cookie" "$A_DB" "$path")"
    read -r bj bd <<<"$(measure "$B_URL" "$b_cookie" "$B_DB" "$path")"
    printf '%-60s %9s %9s | %9s %9s\n' "$path" "$aj" "$ad" "$bj" "$bd"
done
