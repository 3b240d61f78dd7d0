#!/usr/bin/env bash
# Load test of the staff pages of a running Novapec portal: logs in as an administrator (the one
# NOVAPEC_ADMIN_EMAIL / NOVAPEC_ADMIN_PASSWORD created), then measures each page with bench/showcase.sh
# and that session's cookie. Load data first (bench/load-data.sh 10000 100000) for figures that mean
# something.
#
#   NOVAPEC_ADMIN_EMAIL=… NOVAPEC_ADMIN_PASSWORD=… bench/staff.sh            the default pages below
#   NOVAPEC_ADMIN_EMAIL=… NOVAPEC_ADMIN_PASSWORD=… bench/staff.sh '/gestion'  only the paths given
#
# Settings: those of bench/showcase.sh (BASE_URL, DURATION, WARMUP, THREADS, CONNECTIONS…).
set -euo pipefail

BASE_URL="${BASE_URL:-http://localhost:8080}"
BASE_URL="${BASE_URL%/}"
: "${NOVAPEC_ADMIN_EMAIL:?set NOVAPEC_ADMIN_EMAIL (and NOVAPEC_ADMIN_PASSWORD) to the administrator the portal was started with}"
: "${NOVAPEC_ADMIN_PASSWORD:?set NOVAPEC_ADMIN_PASSWORD}"

jar=$(mktemp "${TMPDIR:-/tmp}/novapec-staff-cookies.XXXXXX")
trap 'rm -f "$jar"' EXIT

# The login form's CSRF token, then the login itself; the session cookie is what the pages need.
token=$(curl -sf -c "$jar" -b "$jar" "$BASE_URL/connexion" \
    | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
[[ -n $token ]] || { echo "staff.sh: no login form at $BASE_URL/connexion" >&2; exit 1; }
landing=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
    --data-urlencode "email=$NOVAPEC_ADMIN_EMAIL" --data-urlencode "password=$NOVAPEC_ADMIN_PASSWORD" \
    --data-urlencode "_csrf=$token" "$BASE_URL/connexion")
[[ $landing == */gestion* ]] || { echo "staff.sh: the login was refused (landed on '$landing')" >&2; exit 1; }
session=$(awk '$6 == "SESSION" { print $7 }' "$jar")

paths=("$@")
if [[ ${#paths[@]} -eq 0 ]]; then
    submitted=$(curl -sf -b "$jar" "$BASE_URL/gestion/candidatures?statut=SUBMITTED" \
        | grep -o 'href="/gestion/candidatures/[0-9]*"' | head -1 | sed 's/href="//; s/"$//')
    # The first round the inbox's filter offers (its options are the rounds that have applications).
    round=$(curl -sf -b "$jar" "$BASE_URL/gestion/candidatures" \
        | grep -o '<option value="[0-9][0-9]*"' | head -1 | sed 's/.*value="//; s/"$//')
    paths=('/gestion' '/gestion/candidatures' '/gestion/candidatures?statut=SUBMITTED'
        '/gestion/candidatures?page=200' '/gestion/rapports'
        # The inbox's filters, alone and together, its sorts and its text search (accents ignored).
        '/gestion/candidatures?theme=territoires&statut=IN_REVIEW'
        '/gestion/candidatures?region=76'
        '/gestion/candidatures?public=pme&tri=montant-desc'
        '/gestion/candidatures?equipe=toutes&region=11&public=cadres&theme=emploi&statut=REJECTED&tri=montant-asc'
        '/gestion/candidatures?attente=oui'
        '/gestion/candidatures?q=ecole'
        '/gestion/candidatures?q=reemploi&region=84&tri=montant-desc'
        '/gestion/candidatures?tri=montant-desc&page=100')
    [[ -z $round ]] || paths+=("/gestion/candidatures?session=$round&statut=SUBMITTED&region=53&public=jeunes-diplomes")
    [[ -z $submitted ]] || paths+=("$submitted")
fi

COOKIE="SESSION=$session" BASE_URL="$BASE_URL" exec "$(dirname "$0")/showcase.sh" "${paths[@]}"
