-- The budget page: an administrator changes a programme year's budget or its envelopes from a form, so the year
-- gets a version for optimistic locking (a form read before another change is told so, never applied).
alter table programme_year add column version bigint not null default 0;

-- The payments of an award: its tranches, created with the award in the same transaction (the standard plan is
-- 50 % at signature, 30 % once the interim report is approved, 20 % once the final report is approved). A tranche
-- is paid once: who paid it and when are set together, and never unset.
create table award_tranche (
    id          bigint generated always as identity primary key,
    award_id    bigint        not null references award (id) on delete cascade,
    rank        integer       not null check (rank between 1 and 9),
    condition   text          not null
        check (condition in ('SIGNATURE', 'INTERIM_REPORT_APPROVED', 'FINAL_REPORT_APPROVED')),
    amount      numeric(14,2) not null check (amount >= 0),
    paid_at     timestamptz,
    paid_by     bigint        references account (id),
    version     bigint        not null default 0,
    unique (award_id, rank),
    constraint award_tranche_paid_by_whom check ((paid_at is null) = (paid_by is null))
);

-- The budget page sums what is paid per year, theme and region from the awards joined to their paid tranches.
create index award_tranche_paid on award_tranche (award_id) include (amount) where paid_at is not null;

-- Awards made before this migration get the standard plan, to the cent (the last tranche takes what remains).
insert into award_tranche (award_id, rank, condition, amount)
select a.id, t.rank, t.condition,
       case t.rank
           when 3 then a.amount - trunc(a.amount * 0.5, 2) - trunc(a.amount * 0.3, 2)
           else trunc(a.amount * t.share, 2)
       end
from award a
cross join (values (1, 'SIGNATURE', 0.5), (2, 'INTERIM_REPORT_APPROVED', 0.3), (3, 'FINAL_REPORT_APPROVED', 0.2))
    as t (rank, condition, share);
