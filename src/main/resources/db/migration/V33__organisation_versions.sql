-- The aggregates of the organisation module carry a version, so that two transactions that change the
-- same row cannot both win: an organisation edited in two tabs, a join request decided by two members at
-- once, an invitation link used twice.

alter table organisation add column version bigint not null default 0;
alter table join_request add column version bigint not null default 0;
alter table organisation_invitation add column version bigint not null default 0;
