-- Sign-up with e-mail verification, password reset, and the login attempts that drive lockout and
-- throttling.

-- Accounts created before this migration (the first administrator) count as verified.
alter table account add column email_verified_at timestamptz;
update account set email_verified_at = created_at;

-- Single-use links sent by mail. Only the SHA-256 of the token is kept: a copy of the database does not
-- give working links.
create table account_token (
    id          bigint generated always as identity primary key,
    account_id  bigint      not null references account (id) on delete cascade,
    purpose     varchar(20) not null check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL')),
    token_hash  char(64)    not null unique,
    new_email   text        check (new_email = lower(new_email)),
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    used_at     timestamptz,
    check (expires_at > created_at),
    check ((purpose = 'CHANGE_EMAIL') = (new_email is not null))
);

create index account_token_account_idx on account_token (account_id, purpose);

-- Every login attempt by address, whether an account has that address or not, so that lockout and
-- throttling answer the same for existing and unknown accounts, across every instance. REFUSED marks
-- an attempt turned away by the lockout or the throttle, before any password was checked.
create table login_attempt (
    id            bigint generated always as identity primary key,
    email         text        not null,
    attempted_at  timestamptz not null default now(),
    outcome       varchar(10) not null check (outcome in ('SUCCESS', 'FAILURE', 'REFUSED'))
);

create index login_attempt_email_idx on login_attempt (email, attempted_at);
