-- A submitted application joins the next open selection round of its call; when none is open yet it
-- waits, without a round, for the next one. Only the states that a round's work produces (in review,
-- selected, rejected) need a round. The constraint of V6 had no name: it is found by its definition.

do $$
declare
    old_name text;
begin
    select conname into old_name from pg_constraint
    where conrelid = 'grant_application'::regclass and contype = 'c'
      and pg_get_constraintdef(oid) like '%round_id IS NOT NULL%';
    if old_name is not null then
        execute format('alter table grant_application drop constraint %I', old_name);
    end if;
end
$$;

alter table grant_application
    add constraint grant_application_round_when_reviewed
        check (round_id is not null or status not in ('IN_REVIEW', 'SELECTED', 'REJECTED'));

-- The next open round of a call is looked up by its deadline.
create index selection_round_call_deadline_idx on selection_round (call_id, submission_deadline);
