-- Staff accounts managed by administrators at /gestion/equipe: invitations by mail, regional teams, and how
-- each staff member wants to hear of events.

-- An invited account exists, disabled, until its owner follows the mailed link and sets a password; it is
-- then enabled. A disabled account that is not waiting for its invitation was disabled by an administrator.
alter table account add column invitation_pending boolean not null default false;
alter table account add constraint account_invitation_disabled check (not (invitation_pending and enabled));

-- How a staff member hears of the events of the applications it follows (sent by the notification job).
alter table account add column staff_notification varchar(20) not null default 'EACH_EVENT'
    check (staff_notification in ('EACH_EVENT', 'DAILY_DIGEST', 'NEVER'));

-- Invitation links are single-use account tokens of their own purpose.
alter table account_token drop constraint account_token_purpose_check;
alter table account_token add constraint account_token_purpose_check
    check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL', 'INVITATION'));

-- The regions whose team a staff member belongs to (none: no regional team).
create table staff_team_region (
    account_id   bigint     not null references account (id) on delete cascade,
    region_code  varchar(2) not null references region (code),
    primary key (account_id, region_code)
);

create index staff_team_region_region_idx on staff_team_region (region_code);
