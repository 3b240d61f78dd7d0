-- Files that travel with a queued mail (the PDF of an application with its receipt). They stay as long as
-- their mail: a mail whose delivery failed keeps them for the retry, and forgetting an old mail deletes
-- them with it.

create table mail_attachment (
    mail_id     bigint   not null references mail_outbox (id) on delete cascade,
    position    smallint not null check (position >= 1),
    file_name   text     not null check (length(trim(file_name)) between 1 and 255),
    media_type  text     not null check (position('/' in media_type) > 1),
    content     bytea    not null,
    primary key (mail_id, position)
);
