-- What a laureate reports of its project: the call sets when (an interim report some months after the
-- start, a final one at the end), the organisation writes each report (beneficiaries reached per public,
-- the value achieved for each impact indicator, a short text, documents of its vault), and staff approve
-- it or return it with a comment.

alter table call_for_projects
    add column interim_report_months integer check (interim_report_months is null or interim_report_months between 1 and 60),
    add column final_report_due boolean not null default true;

-- Novapec: an interim report six months after the start, a final report at the end.
update call_for_projects set interim_report_months = 6, final_report_due = true where slug = 'novapec';

create table laureate_report (
    id              bigint generated always as identity primary key,
    application_id  bigint       not null references grant_application (id) on delete cascade,
    kind            varchar(10)  not null check (kind in ('INTERIM', 'FINAL')),
    due_on          date         not null,
    status          varchar(10)  not null default 'DRAFT'
                    check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    text            text         check (text is null or length(text) <= 2000),
    submitted_at    timestamptz,
    submitted_by    bigint       references account (id) on delete set null,
    decided_at      timestamptz,
    decided_by      bigint       references account (id) on delete set null,
    staff_comment   text         check (staff_comment is null or length(trim(staff_comment)) between 1 and 2000),
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    -- One report of each kind per application: opening it twice at once creates it once.
    unique (application_id, kind),
    check (status = 'DRAFT' or submitted_at is not null),
    check (status not in ('APPROVED', 'RETURNED') or decided_at is not null),
    check (status <> 'RETURNED' or staff_comment is not null)
);

create index laureate_report_status_idx on laureate_report (status, submitted_at);

-- A figure is kept only once typed: a draft may leave some out.
create table report_beneficiary (
    report_id    bigint      not null references laureate_report (id) on delete cascade,
    public_code  varchar(20) not null references target_public (code),
    reached      integer     not null check (reached >= 0),
    primary key (report_id, public_code)
);

-- The value achieved for the impact indicator at this position of the application.
create table report_indicator (
    report_id  bigint   not null references laureate_report (id) on delete cascade,
    position   smallint not null check (position between 1 and 6),
    achieved   integer  not null check (achieved >= 0),
    primary key (report_id, position)
);

-- Documents of the organisation's vault attached to a report (checked in SQL by the service: only the
-- application's own organisation's); deleting one from the vault detaches it.
create table report_document (
    report_id    bigint not null references laureate_report (id) on delete cascade,
    document_id  bigint not null references organisation_document (id) on delete cascade,
    primary key (report_id, document_id)
);

create index report_document_document_idx on report_document (document_id);
