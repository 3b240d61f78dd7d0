#!/usr/bin/env bash
# Load test of the staff pages of a running Novapec portal: logs in as an administrator (the one
# NOVAPEC_ADMIN_EMAIL / NOVAPEC_ADMIN_PASSWORD created), then measures each page with bench/showcase.sh
# and that session's cookie. Load data first (bench/load-data.sh 10000 100000) for figures that mean
# something.
#
#   NOVAPEC_ADMIN_EMAIL=… NOVAPEC_ADMIN_PASSWORD=… bench/staff.sh            the default pages (staff-session.sh)
#   NOVAPEC_ADMIN_EMAIL=… NOVAPEC_ADMIN_PASSWORD=… bench/staff.sh '/gestion'  only the paths given
#
# Settings: those of bench/showcase.sh (BASE_URL, DURATION, WARMUP, THREADS, CONNECTIONS…).
set -euo pipefail

BASE_URL="${BASE_URL:-http://localhost:8080}"
BASE_URL="${BASE_URL%/}"
: "${NOVAPEC_ADMIN_EMAIL:?set NOVAPEC_ADMIN_EMAIL (and NOVAPEC_ADMIN_PASSWORD) to the administrator the portal was started with}"
: "${NOVAPEC_ADMIN_PASSWORD:?set NOVAPEC_ADMIN_PASSWORD}"

# shellcheck source=bench/staff-session.sh
source "$(dirname "$0")/staff-session.sh"
session=$(staff_session "$BASE_URL") || { echo "staff.sh: could not sign in" >&2; exit 1; }

paths=("$@")
if [[ ${#paths[@]} -eq 0 ]]; then
    mapfile -t paths < <(staff_paths "$BASE_URL" "SESSION=$session")
fi

COOKIE="SESSION=$session" BASE_URL="$BASE_URL" exec "$(dirname "$0")/showcase.sh" "${paths[@]}"
