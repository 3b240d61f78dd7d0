#!/usr/bin/env bash
# Adds K generated awards, with their three tranches, to a database that bench/load-data.sh filled: for the load
# tests of the committee's budget panel and the budget page (issue 13: 100 000 applications, 10 000 awards).
#
#   bench/load-awards.sh K          e.g. bench/load-awards.sh 10000
#
# Connection: PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD (defaults 127.0.0.1, 5432, novapec, postgres).
#
# The awards go to the first K selected applications of the generated organisations (SIRET 99999…), spread over
# the programme years 2021 to 2025 (made with a 4 000 000 € budget when missing), each of 1 900 € at most, so that
# no year's awards exceed its budget: the portal's invariant holds on the generated data. Half of the first
# tranches are paid. Re-runnable: each run first deletes the awards of those applications, and only those.
set -euo pipefail

[[ $# -eq 1 && $1 =~ ^[1-9][0-9]{0,5}$ ]] || { echo "usage: bench/load-awards.sh K (number of awards)" >&2; exit 2; }
K=$1

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGDATABASE="${PGDATABASE:-novapec}"
export PGUSER="${PGUSER:-postgres}"

psql -X -q -v ON_ERROR_STOP=1 --no-psqlrc -v k="$K" <<'SQL'
begin;

delete from award where application_id in
    (select g.id from grant_application g join organisation o on o.id = g.organisation_id where o.siret like '99999%');

insert into programme_year (year, budget)
select y, 4000000 from generate_series(2021, 2025) y
on conflict (year) do nothing;

create temporary table bench_award on commit drop as
select g.id as application_id, g.round_id, g.theme_code, r.region_code,
       row_number() over (order by g.id) as n
from grant_application g join organisation o on o.id = g.organisation_id
     join application_region r on r.application_id = g.id and r.lead
where o.siret like '99999%' and g.status = 'SELECTED' and g.round_id is not null and g.theme_code is not null
order by g.id
limit :k;

do $$
declare
    years int := 5;
    per_year int := ceil((select count(*) from bench_award) / 5.0);
    free numeric;
begin
    -- What each year can still take, spread over its share of the awards: never more than 1 900 € each.
    select min(p.budget - coalesce((select sum(a.amount) from award a where a.year = p.year), 0)) into free
    from programme_year p where p.year between 2021 and 2025;
    if per_year > 0 and free / per_year < 100 then
        raise exception 'the years 2021 to 2025 have too little budget left (% €) for % awards a year', free, per_year;
    end if;
    perform set_config('bench.amount', least(1900, floor(free / greatest(per_year, 1)))::text, true);
end
$$;

with made as (
    insert into award (year, application_id, round_id, amount, theme_code, region_code, awarded_by, awarded_at)
    select 2021 + (b.n % 5), b.application_id, b.round_id, current_setting('bench.amount')::numeric - (b.n % 7),
           b.theme_code, b.region_code, (select min(id) from account),
           make_timestamptz(2021 + (b.n % 5)::int, 3, 1, 10, 0, 0, 'Europe/Paris') + (b.n % 200) * interval '1 day'
    from bench_award b
    returning id, amount, awarded_at, awarded_by
)
insert into award_tranche (award_id, rank, condition, amount, paid_at, paid_by)
select m.id, t.rank, t.condition,
       case t.rank when 1 then round(m.amount * 0.5, 2) when 2 then round(m.amount * 0.3, 2)
                   else m.amount - round(m.amount * 0.5, 2) - round(m.amount * 0.3, 2) end,
       case when t.rank = 1 and m.id % 2 = 0 then m.awarded_at + interval '30 days' end,
       case when t.rank = 1 and m.id % 2 = 0 then m.awarded_by end
from made m
cross join (values (1, 'SIGNATURE'), (2, 'INTERIM_REPORT_APPROVED'), (3, 'FINAL_REPORT_APPROVED')) t(rank, condition);

commit;
vacuum (analyze) award, award_tranche;
select year, count(*) as awards, sum(amount) as awarded,
       (select budget from programme_year p where p.year = a.year) as budget
from award a group by year order by year;
SQL
