-- Laureate projects: the public record of funded projects, from a round's decision or loaded as history.

create table laureate_project (
    id                     bigint generated always as identity primary key,
    slug                   text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name                   text        not null check (length(trim(name)) > 0),
    theme_code             varchar(20) not null references theme (code),
    year                   integer     not null check (year between 2000 and 2100),
    round_id               bigint      references selection_round (id),
    application_id         bigint      unique references grant_application (id),
    summary                text        not null,
    description            text        not null,
    planned_beneficiaries  integer     check (planned_beneficiaries > 0),
    reached_beneficiaries  integer     check (reached_beneficiaries >= 0),
    published              boolean     not null default true,
    created_at             timestamptz not null default now()
);

create index laureate_project_year_idx on laureate_project (year);
create index laureate_project_theme_idx on laureate_project (theme_code);

-- Carrying organisations and partners, in the order they are named.
create table laureate_organisation (
    laureate_id  bigint      not null references laureate_project (id) on delete cascade,
    position     smallint    not null check (position > 0),
    name         text        not null check (length(trim(name)) > 0),
    role         varchar(10) not null check (role in ('CARRIER', 'PARTNER')),
    primary key (laureate_id, position)
);

create table laureate_region (
    laureate_id  bigint     not null references laureate_project (id) on delete cascade,
    region_code  varchar(2) not null references region (code),
    primary key (laureate_id, region_code)
);

create index laureate_region_region_idx on laureate_region (region_code);

create table laureate_public (
    laureate_id  bigint      not null references laureate_project (id) on delete cascade,
    public_code  varchar(20) not null references target_public (code),
    primary key (laureate_id, public_code)
);

create index laureate_public_public_idx on laureate_public (public_code);

-- Cities where the project acts; priority_neighbourhood flags a quartier prioritaire de la ville (QPV).
create table laureate_city (
    laureate_id             bigint     not null references laureate_project (id) on delete cascade,
    position                smallint   not null check (position > 0),
    name                    text       not null check (length(trim(name)) > 0),
    region_code             varchar(2) not null references region (code),
    priority_neighbourhood  boolean    not null default false,
    primary key (laureate_id, position)
);
