-- Joining an organisation: requests from people whose SIRET is already registered, decided by a member,
-- and invitations sent by members by e-mail. The registration rule of associations is now also a
-- constraint: an association gives its RNA number, except in Alsace-Moselle (departments 57, 67 and 68)
-- where it gives the reference of the court register instead.

alter table organisation
    add constraint organisation_association_registration_check
    check (legal_form_code <> 'association'
           or rna is not null
           or (postcode ~ '^(57|67|68)' and court_register is not null and length(trim(court_register)) > 0));

-- A request to join, as a member sees it until one member accepts or refuses it.
create table join_request (
    id               bigint generated always as identity primary key,
    organisation_id  bigint      not null references organisation (id) on delete cascade,
    account_id       bigint      not null references account (id) on delete cascade,
    status           varchar(10) not null default 'PENDING' check (status in ('PENDING', 'ACCEPTED', 'REFUSED')),
    created_at       timestamptz not null default now(),
    decided_at       timestamptz,
    decided_by       bigint      references account (id) on delete set null,
    check ((status = 'PENDING') = (decided_at is null))
);

-- One pending request per person and organisation: asking twice does not mail the members twice.
create unique index join_request_one_pending_idx on join_request (organisation_id, account_id)
    where status = 'PENDING';
create index join_request_account_idx on join_request (account_id);

-- An invitation by e-mail. Only the SHA-256 of the token is kept, so a copy of the database gives no
-- working link; the link works once, for seven days, for the account with the invited address.
create table organisation_invitation (
    id               bigint generated always as identity primary key,
    organisation_id  bigint      not null references organisation (id) on delete cascade,
    email            text        not null check (email = lower(email) and position('@' in email) > 1),
    token_hash       char(64)    not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    invited_by       bigint      references account (id) on delete set null,
    created_at       timestamptz not null default now(),
    expires_at       timestamptz not null,
    used_at          timestamptz,
    used_by          bigint      references account (id) on delete set null,
    check (expires_at > created_at),
    check (used_by is null or used_at is not null)
);

create index organisation_invitation_organisation_idx on organisation_invitation (organisation_id, expires_at);
