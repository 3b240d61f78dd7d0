-- Staff may find a submitted application not eligible (SUBMITTED -> REJECTED), even while it still waits
-- for its selection round: a rejection no longer needs a round, only review and selection do.
alter table grant_application drop constraint grant_application_round_when_reviewed;

alter table grant_application
    add constraint grant_application_round_when_reviewed
        check (round_id is not null or status not in ('IN_REVIEW', 'SELECTED'));
