-- The opinion of a regional team on a multiregional application, for one of its regions other than the
-- lead one: one per application and region, changed by that region's team (version: a stale form is told).
create table application_opinion (
    id              bigint generated always as identity primary key,
    application_id  bigint      not null references grant_application (id) on delete cascade,
    region_code     varchar(2)  not null references region (code),
    account_id      bigint      not null references account (id),
    opinion         varchar(20) not null check (opinion in ('FAVOURABLE', 'RESERVED', 'UNFAVOURABLE')),
    comment         text        not null check (length(trim(comment)) > 0 and length(comment) <= 5000),
    at              timestamptz not null,
    version         bigint      not null default 0,
    unique (application_id, region_code)
);
