-- Mail waits here, written in the same transaction as the action that sends it, until a scheduled job
-- delivers it through SMTP; a failed delivery is retried later instead of failing the action.

create table mail_outbox (
    id               bigint generated always as identity primary key,
    recipient        text        not null check (position('@' in recipient) > 1),
    subject          text        not null,
    text_body        text        not null,
    html_body        text        not null,
    created_at       timestamptz not null default now(),
    attempts         integer     not null default 0 check (attempts >= 0),
    next_attempt_at  timestamptz not null default now(),
    sent_at          timestamptz,
    last_error       text
);

create index mail_outbox_pending_idx on mail_outbox (next_attempt_at) where sent_at is null;
