-- A laureate project keeps the facts of its selection itself: the label of the round that chose it and the
-- day its committee met. The showcase shows them without reading selection_round, a table of the
-- selection module; round_id stays as the plain id of that round. They are facts of the publication:
-- whoever creates a laureate from a round copies them, as the back-fill below does for the laureates
-- already recorded (the December 2024 history).

alter table laureate_project
    add column selection_label text check (selection_label is null or length(trim(selection_label)) > 0),
    add column selected_on date;

-- The before-write trigger of V9 would stamp every laureate as updated now: the back-fill changes nothing
-- that the public sees, so their updated_at (Last-Modified, sitemap) stays as it was.
alter table laureate_project disable trigger laureate_project_before_write;

update laureate_project l
set selection_label = r.label, selected_on = r.committee_date
from selection_round r
where r.id = l.round_id;

alter table laureate_project enable trigger laureate_project_before_write;

-- Both facts or neither, and a laureate of a round always has them.
alter table laureate_project
    add constraint laureate_project_selection_facts
        check ((selection_label is null) = (selected_on is null)
               and (round_id is null or selected_on is not null));
