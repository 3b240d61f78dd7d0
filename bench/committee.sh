#!/usr/bin/env bash
# Load test of the committee's budget panel and of the budget page of a running Novapec portal (issue 13), on the
# data of bench/load-data.sh and bench/load-awards.sh (100 000 applications, 10 000 awards):
#
#   NOVAPEC_ADMIN_EMAIL=… NOVAPEC_ADMIN_PASSWORD=… bench/committee.sh
#
# 1. The panel: what htmx posts at each change of the committee's page, the whole form of ROWS applications in
#    review of the round « Décembre 2024 » (committee in 2025, whose year holds 2 000 of the awards), each
#    selected at 10 000 €; the answer is the panel's figures in total, by theme and by region.
# 2. The budget page of 2025: its first and last pages of awards.
#
# Settings: those of bench/showcase.sh (BASE_URL, DURATION, WARMUP, THREADS, CONNECTIONS…), ROWS (100), and the
# PostgreSQL variables (PGDATABASE…) of the portal's database, read to pick the round and its applications.
set -euo pipefail

BASE_URL="${BASE_URL:-http://localhost:8080}"
BASE_URL="${BASE_URL%/}"
ROWS="${ROWS:-100}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-3s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-8}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGDATABASE="${PGDATABASE:-novapec}"
export PGUSER="${PGUSER:-postgres}"
: "${NOVAPEC_ADMIN_EMAIL:?set NOVAPEC_ADMIN_EMAIL (and NOVAPEC_ADMIN_PASSWORD) to the administrator the portal was started with}"
: "${NOVAPEC_ADMIN_PASSWORD:?set NOVAPEC_ADMIN_PASSWORD}"
here="$(dirname "$0")"

# shellcheck source=bench/staff-session.sh
source "$here/staff-session.sh"
session=$(staff_session "$BASE_URL") || { echo "committee.sh: could not sign in" >&2; exit 1; }
token=$(curl -sf -H "Cookie: SESSION=$session" "$BASE_URL/gestion/budget/2025" \
    | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
[[ -n $token ]] || { echo "committee.sh: no form on /gestion/budget/2025 (load the awards first)" >&2; exit 1; }

round=$(psql -X -At -c "select id from selection_round where label = 'Décembre 2024'")
body="_csrf=$token"
i=0
while IFS='|' read -r id version; do
    body+="&rows%5B$i%5D.applicationId=$id&rows%5B$i%5D.version=$version&rows%5B$i%5D.amount=10000"
    body+="&rows%5B$i%5D.decision=SELECTED&rows%5B$i%5D.reason="
    i=$((i + 1))
done < <(psql -X -At -c "select id, version from grant_application
                         where round_id = $round and status = 'IN_REVIEW' order by weighted_score desc nulls last, id
                         limit $ROWS")

script=$(mktemp "${TMPDIR:-/tmp}/novapec-panel.XXXXXX.lua")
trap 'rm -f "$script"' EXIT
{
    echo 'wrk.method = "POST"'
    echo "wrk.body = \"$body\""
    echo 'wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"'
    echo "wrk.headers[\"Cookie\"] = \"SESSION=$session\""
    echo 'wrk.headers["HX-Request"] = "true"'
    cat "$here/percentiles.lua"
} > "$script"

panel="$BASE_URL/gestion/sessions/$round/comite/budget"
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$session" -H 'HX-Request: true' \
    --data "$body" "$panel")
echo "panel: POST $panel, $i rows, first answer HTTP $status"
echo "columns: req/s p50_ms p95_ms p99_ms non_2xx_3xx socket_errors requests"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$script" "$panel" > /dev/null
echo "panel $(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$script" "$panel" | grep '^AB ' | cut -c4-)"
for path in /gestion/budget/2025 '/gestion/budget/2025?page=100'; do
    get="$BASE_URL$path"
    {
        echo "wrk.headers[\"Cookie\"] = \"SESSION=$session\""
        cat "$here/percentiles.lua"
    } > "$script"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$script" "$get" > /dev/null
    echo "$path $(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$script" "$get" | grep '^AB ' | cut -c4-)"
done
