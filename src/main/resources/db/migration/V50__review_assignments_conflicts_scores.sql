-- Reviewers assigned to applications in review, their declarations of conflict of interest and their scores.

create table review_assignment (
    id                  bigint generated always as identity primary key,
    application_id      bigint      not null references grant_application (id) on delete cascade,
    reviewer_id         bigint      not null references account (id),
    assigned_by         bigint      references account (id),
    assigned_at         timestamptz not null default now(),
    -- The reviewer said it has no conflict with the organisation, for this application only.
    no_conflict_at      timestamptz,
    submitted_at        timestamptz,
    version             bigint      not null default 0,
    -- A reviewer is assigned once to an application: two staff assigning it at once make one assignment.
    unique (application_id, reviewer_id),
    check (submitted_at is null or no_conflict_at is not null)
);

create index review_assignment_reviewer_idx on review_assignment (reviewer_id);

-- A declared conflict is against the organisation's SIRET: it covers every application of that
-- organisation, those submitted later included, and it is checked at every access.
create table review_conflict (
    id              bigint generated always as identity primary key,
    reviewer_id     bigint      not null references account (id),
    siret           varchar(14) not null check (siret ~ '^[0-9]{14}$'),
    application_id  bigint      references grant_application (id) on delete set null,
    declared_at     timestamptz not null default now(),
    unique (reviewer_id, siret)
);

create table review_score (
    assignment_id   bigint      not null references review_assignment (id) on delete cascade,
    criterion_code  varchar(40) not null,
    score           integer     check (score between 0 and 5),
    comment         text        check (comment is null or length(comment) <= 4000),
    primary key (assignment_id, criterion_code)
);
