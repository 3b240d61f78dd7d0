-- Grant applications (dossiers), their publics and territories, and the audit trail of their states.

create table grant_application (
    id                     bigint generated always as identity primary key,
    organisation_id        bigint        not null references organisation (id),
    call_id                bigint        not null references call_for_projects (id),
    round_id               bigint        references selection_round (id),
    status                 varchar(20)   not null default 'DRAFT'
                           check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'IN_REVIEW',
                                             'SELECTED', 'REJECTED', 'WITHDRAWN')),
    title                  text          not null check (length(trim(title)) > 0),
    summary                text,
    description            text,
    theme_code             varchar(20)   references theme (code),
    planned_beneficiaries  integer       check (planned_beneficiaries > 0),
    start_date             date,
    duration_months        integer       check (duration_months > 0),
    total_budget           numeric(14,2) check (total_budget >= 0),
    requested_amount       numeric(14,2) check (requested_amount >= 0),
    awarded_amount         numeric(14,2) check (awarded_amount >= 0),
    created_at             timestamptz   not null default now(),
    updated_at             timestamptz   not null default now(),
    submitted_at           timestamptz,
    check (requested_amount is null or total_budget is null or requested_amount <= total_budget),
    check ((status = 'SELECTED') = (awarded_amount is not null)),
    check (status = 'DRAFT' or round_id is not null or status = 'WITHDRAWN')
);

create index grant_application_organisation_idx on grant_application (organisation_id);
create index grant_application_round_status_idx on grant_application (round_id, status);

create table application_public (
    application_id  bigint      not null references grant_application (id) on delete cascade,
    public_code     varchar(20) not null references target_public (code),
    primary key (application_id, public_code)
);

create table application_region (
    application_id  bigint     not null references grant_application (id) on delete cascade,
    region_code     varchar(2) not null references region (code),
    lead            boolean    not null default false,
    primary key (application_id, region_code)
);

-- At most one lead region per application.
create unique index application_region_one_lead_idx on application_region (application_id) where lead;

create table application_status_change (
    id              bigint generated always as identity primary key,
    application_id  bigint      not null references grant_application (id) on delete cascade,
    from_status     varchar(20),
    to_status       varchar(20) not null,
    changed_by      bigint      references account (id),
    changed_at      timestamptz not null default now(),
    reason          text
);

create index application_status_change_application_idx on application_status_change (application_id, changed_at);
