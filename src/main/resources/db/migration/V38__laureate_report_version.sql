-- A laureate report is a JPA aggregate: its version counts the changes, so a change made from a report
-- read before another change was committed fails instead of overwriting it.
alter table laureate_report add column version bigint not null default 0;
