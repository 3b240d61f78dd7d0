-- Calls for projects and selection rounds become JPA aggregates of the selection module. Staff will edit
-- them: a version number lets a stale form be told that someone else changed the call or round since.

alter table call_for_projects add column version bigint not null default 0;
alter table selection_round add column version bigint not null default 0;
