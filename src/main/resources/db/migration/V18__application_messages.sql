-- The message thread of each application between its organisation's members and Apec staff, and the
-- files attached to the messages. Files are checked like the organisation's vault (10 MB at most, type
-- recognised from the bytes, SHA-256 kept); the uploaded name is for display only.

create table application_message (
    id              bigint generated always as identity primary key,
    application_id  bigint      not null references grant_application (id) on delete cascade,
    author_id       bigint      references account (id) on delete set null,
    from_staff      boolean     not null,
    body            text        not null check (length(trim(body)) > 0 and length(body) <= 5000),
    created_at      timestamptz not null default now()
);

create index application_message_thread_idx on application_message (application_id, created_at, id);

create table application_message_file (
    id             bigint generated always as identity primary key,
    message_id     bigint       not null references application_message (id) on delete cascade,
    original_name  text         not null check (length(original_name) between 1 and 255),
    media_type     varchar(100) not null check (media_type in (
                       'application/pdf', 'image/png', 'image/jpeg',
                       'application/vnd.oasis.opendocument.text',
                       'application/vnd.oasis.opendocument.spreadsheet',
                       'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                       'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')),
    size_bytes     integer      not null check (size_bytes between 1 and 10485760),
    sha256         char(64)     not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content        bytea        not null check (octet_length(content) = size_bytes)
);

create index application_message_file_message_idx on application_message_file (message_id);
