# Sourced by bench/staff.sh and bench/ab.sh (not run on its own): signing in as the administrator the portal
# was started with, and the staff pages measured by default.

# staff_session BASE_URL: prints the SESSION cookie of a new login of NOVAPEC_ADMIN_EMAIL / NOVAPEC_ADMIN_PASSWORD.
staff_session() {
    local base=$1 jar token landing
    jar=$(mktemp "${TMPDIR:-/tmp}/novapec-staff-cookies.XXXXXX")
    # The login form's CSRF token, then the login itself; the session cookie is what the pages need.
    token=$(curl -sf -c "$jar" -b "$jar" "$base/connexion" \
        | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    [[ -n $token ]] || { rm -f "$jar"; echo "no login form at $base/connexion" >&2; return 1; }
    landing=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
        --data-urlencode "email=$NOVAPEC_ADMIN_EMAIL" --data-urlencode "password=$NOVAPEC_ADMIN_PASSWORD" \
        --data-urlencode "_csrf=$token" "$base/connexion")
    [[ $landing == */gestion* ]] || { rm -f "$jar"; echo "the login was refused at $base (landed on '$landing')" >&2; return 1; }
    awk '$6 == "SESSION" { print $7 }' "$jar"
    rm -f "$jar"
}

# staff_paths BASE_URL COOKIE: prints the staff pages measured by default, one a line: the dashboard, the inbox
# with its filters alone and together, its sorts, its text search (accents ignored), far pages, the reports,
# and one submitted application's page.
staff_paths() {
    local base=$1 cookie=$2 submitted round
    submitted=$(curl -sf -H "Cookie: $cookie" "$base/gestion/candidatures?statut=SUBMITTED" \
        | grep -o 'href="/gestion/candidatures/[0-9]*"' | head -1 | sed 's/href="//; s/"$//')
    # The first round the inbox's filter offers (its options are the rounds that have applications).
    round=$(curl -sf -H "Cookie: $cookie" "$base/gestion/candidatures" \
        | grep -o '<option value="[0-9][0-9]*"' | head -1 | sed 's/.*value="//; s/"$//')
    printf '%s\n' '/gestion' '/gestion/candidatures' '/gestion/candidatures?statut=SUBMITTED' \
        '/gestion/candidatures?page=200' '/gestion/rapports' \
        '/gestion/candidatures?theme=territoires&statut=IN_REVIEW' \
        '/gestion/candidatures?region=76' \
        '/gestion/candidatures?public=pme&tri=montant-desc' \
        '/gestion/candidatures?equipe=toutes&region=11&public=cadres&theme=emploi&statut=REJECTED&tri=montant-asc' \
        '/gestion/candidatures?attente=oui' \
        '/gestion/candidatures?q=ecole' \
        '/gestion/candidatures?q=reemploi&region=84&tri=montant-desc' \
        '/gestion/candidatures?tri=montant-desc&page=100'
    [[ -z $round ]] || echo "/gestion/candidatures?session=$round&statut=SUBMITTED&region=53&public=jeunes-diplomes"
    [[ -z $submitted ]] || echo "$submitted"
}
