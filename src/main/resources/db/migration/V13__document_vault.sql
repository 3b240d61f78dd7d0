-- The document vault of each organisation: statutes, approved accounts, activity reports, bank details,
-- ESUS approval certificates and other documents. The bytes live here with their SHA-256; the uploaded
-- file name is kept for display only, never used as a path.

create table organisation_document (
    id               bigint generated always as identity primary key,
    organisation_id  bigint       not null references organisation (id) on delete cascade,
    stored_name      uuid         not null unique,
    kind             varchar(20)  not null check (kind in ('STATUTES', 'APPROVED_ACCOUNTS', 'ACTIVITY_REPORT',
                                                           'BANK_DETAILS', 'ESUS_CERTIFICATE', 'OTHER')),
    original_name    text         not null check (length(original_name) between 1 and 255),
    media_type       varchar(100) not null check (media_type in (
                         'application/pdf', 'image/png', 'image/jpeg',
                         'application/vnd.oasis.opendocument.text',
                         'application/vnd.oasis.opendocument.spreadsheet',
                         'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                         'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')),
    size_bytes       integer      not null check (size_bytes between 1 and 10485760),
    sha256           char(64)     not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content          bytea        not null check (octet_length(content) = size_bytes),
    valid_until      date,
    uploaded_by      bigint       references account (id) on delete set null,
    uploaded_at      timestamptz  not null default now()
);

-- The same file sent twice as the same kind (a double click) is one document.
create unique index organisation_document_once_idx on organisation_document (organisation_id, kind, sha256);
create index organisation_document_list_idx on organisation_document (organisation_id, uploaded_at desc);
