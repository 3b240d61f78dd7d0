-- The staff list of applications (/gestion/candidatures): every application submitted at least once,
-- most recently submitted first, in any state or in one. These indexes give its pages in that order
-- without sorting the whole table (100 000 applications: from a 120 ms sort to a few index pages).

create index grant_application_staff_list_idx on grant_application (submitted_at desc, id desc)
    where status <> 'DRAFT' and submitted_at is not null;

create index grant_application_staff_status_idx on grant_application (status, submitted_at desc, id desc)
    where submitted_at is not null;
