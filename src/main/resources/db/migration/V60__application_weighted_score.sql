-- The staff inbox filters on the applications' weighted mean and sorts by it (issue 12, point 3). The scores
-- belong to the review module's tables, which the application module's SQL never names: the review module tells
-- the application module the mean each time a score sheet is submitted (the event WeightedMeanChanged), and the
-- application keeps it here, in the same transaction. Null while no sheet is submitted.
alter table grant_application
    add column weighted_score numeric(3,2) check (weighted_score between 0 and 5);

-- The means of the sheets submitted before this column existed, computed as WeightedScores does: each submitted
-- sheet's Σ(score × weight) / Σ(weight) over its call's grid at 10 decimals, then their plain mean at 2, both
-- rounded half up (round() on a positive numeric).
with sheet as (
    select a.application_id, round(sum(s.score * c.weight) / sum(c.weight), 10) as weighted
    from review_assignment a
    join grant_application g on g.id = a.application_id
    join review_criterion c on c.call_id = g.call_id
    join review_score s on s.assignment_id = a.id and s.criterion_code = c.code
    where a.submitted_at is not null
    group by a.id, a.application_id
)
update grant_application g
set weighted_score = m.mean
from (select application_id, round(avg(weighted), 2) as mean from sheet group by application_id) m
where g.id = m.application_id;

-- The sort by score, best first and the unscored last, and the filter "score at least N" (a range of this index):
-- the other filters' columns are included, so that the counts per state with a minimum score are an index-only
-- scan, as they are without one on grant_application_inbox_idx (V53).
create index grant_application_inbox_score_idx on grant_application (weighted_score desc nulls last, id desc)
    include (status, round_id, theme_code, requested_amount, awaiting_answer, organisation_id, region_codes,
             public_codes)
    where status <> 'DRAFT' and submitted_at is not null;
