-- What a staff member who chose the daily digest will be told of: an application of its regions was
-- submitted, resubmitted or its applicant wrote. The digest job marks a notice sent once mailed.
create table application_staff_notice (
    id              bigint generated always as identity primary key,
    application_id  bigint      not null references grant_application (id) on delete cascade,
    account_id      bigint      not null references account (id) on delete cascade,
    event           varchar(20) not null check (event in ('SUBMITTED', 'RESUBMITTED', 'MESSAGE')),
    at              timestamptz not null,
    sent_at         timestamptz
);

create index application_staff_notice_unsent_idx on application_staff_notice (at) where sent_at is null;
