-- Private notes of Apec staff on an application: read and written by staff only, never shown to its
-- organisation (not on its pages, not in its PDF, not in its thread).
create table application_note (
    id              bigint generated always as identity primary key,
    application_id  bigint        not null references grant_application (id) on delete cascade,
    author_id       bigint        references account (id) on delete set null,
    body            varchar(4000) not null constraint application_note_body_not_blank check (btrim(body) <> ''),
    created_at      timestamptz   not null
);

create index application_note_application_idx on application_note (application_id, created_at desc, id desc);
