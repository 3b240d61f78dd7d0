-- Accounts and their roles. Passwords are stored as DelegatingPasswordEncoder hashes ({bcrypt}…).

create table account (
    id             bigint generated always as identity primary key,
    email          text        not null check (email = lower(email) and position('@' in email) > 1),
    password_hash  text        not null,
    display_name   text        not null check (length(trim(display_name)) > 0),
    enabled        boolean     not null default true,
    created_at     timestamptz not null default now(),
    unique (email)
);

create table account_role (
    account_id  bigint      not null references account (id) on delete cascade,
    role        varchar(20) not null check (role in ('APPLICANT', 'STAFF', 'REVIEWER', 'ADMIN')),
    primary key (account_id, role)
);
