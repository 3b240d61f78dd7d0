-- Organisations of the social and solidarity economy and the accounts that are their members.

create table organisation (
    id                   bigint generated always as identity primary key,
    name                 text        not null check (length(trim(name)) > 0),
    siret                varchar(14) not null unique check (siret ~ '^[0-9]{14}$'),
    rna                  varchar(10) check (rna ~ '^W[0-9A-Z]{9}$'),
    court_register       text,
    legal_form_code      varchar(30) not null references legal_form (code),
    esus                 boolean     not null default false,
    address_line         text        not null,
    postcode             varchar(5)  not null check (postcode ~ '^[0-9]{5}$'),
    city                 text        not null,
    region_code          varchar(2)  not null references region (code),
    website              text        check (website ~ '^https?://'),
    created_at           timestamptz not null default now()
);

create table membership (
    organisation_id  bigint      not null references organisation (id) on delete cascade,
    account_id       bigint      not null references account (id) on delete cascade,
    joined_at        timestamptz not null default now(),
    primary key (organisation_id, account_id)
);

create index membership_account_idx on membership (account_id);
