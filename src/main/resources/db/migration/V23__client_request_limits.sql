-- Requests that send mail or check a password, counted per client address (the connection's, or the one a
-- trusted proxy forwards), so that one client cannot try passwords or send mail without limit, on any
-- number of instances. Only the requests let through are kept; a nightly job forgets those older than a day.
create table client_request (
    id              bigint generated always as identity primary key,
    client_address  text        not null,
    action          varchar(30) not null,
    requested_at    timestamptz not null default now()
);

create index client_request_recent_idx on client_request (action, client_address, requested_at);
