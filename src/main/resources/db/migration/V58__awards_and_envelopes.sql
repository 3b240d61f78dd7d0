-- The money a committee commits: one award per selected application, charged to the programme year of its
-- round's committee. The budget module alone writes these rows, holding a lock on the year's row of
-- programme_year, so that the awards of a year never add up to more than its budget.
-- Envelopes are optional targets per theme or per region: shown beside what is spent, never a hard limit.

create table award (
    id              bigint generated always as identity primary key,
    year            integer       not null references programme_year (year),
    application_id  bigint        not null unique references grant_application (id),
    round_id        bigint        not null references selection_round (id),
    amount          numeric(14,2) not null check (amount > 0),
    theme_code      varchar(20)   not null references theme (code),
    region_code     varchar(2)    not null references region (code),
    awarded_by      bigint        not null references account (id),
    awarded_at      timestamptz   not null default now()
);

-- The committee panel and the budget page sum a year's awards by theme and by region from this index alone.
create index award_year_theme_region on award (year, theme_code, region_code) include (amount);
create index award_round on award (round_id);

create table budget_envelope (
    year         integer       not null references programme_year (year) on delete cascade,
    kind         text          not null check (kind in ('THEME', 'REGION')),
    code         varchar(20)   not null,
    amount       numeric(14,2) not null check (amount >= 0),
    primary key (year, kind, code)
);
