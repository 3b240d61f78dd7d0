-- Three more steps of an application: its partners, its impact indicators with their targets, and the
-- documents of its organisation's vault it attaches. A document attached is one of the application's own
-- organisation (checked by the service in SQL); deleting it from the vault detaches it.

create table application_partner (
    application_id  bigint    not null references grant_application (id) on delete cascade,
    position        smallint  not null check (position between 1 and 5),
    name            text      not null check (length(trim(name)) between 1 and 200),
    role            text      check (role is null or length(role) <= 200),
    primary key (application_id, position)
);

create table impact_indicator (
    application_id  bigint    not null references grant_application (id) on delete cascade,
    position        smallint  not null check (position between 1 and 6),
    label           text      not null check (length(trim(label)) between 1 and 200),
    target          integer   not null check (target > 0),
    primary key (application_id, position)
);

create table application_document (
    application_id  bigint  not null references grant_application (id) on delete cascade,
    document_id     bigint  not null references organisation_document (id) on delete cascade,
    primary key (application_id, document_id)
);

create index application_document_document_idx on application_document (document_id);
