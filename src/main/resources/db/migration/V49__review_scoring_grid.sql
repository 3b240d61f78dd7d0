-- The scoring grid of a call, as data: its criteria with their weights, in the order reviewers read them.
-- review_grid is the aggregate root: its version tells a stale edit, and scored_at, set when the first score
-- sheet of the call is saved, freezes the grid (scores are kept against the criteria's codes).

create table review_grid (
    call_id    bigint      primary key references call_for_projects (id),
    version    bigint      not null default 0,
    scored_at  timestamptz
);

create table review_criterion (
    call_id   bigint       not null references review_grid (call_id) on delete cascade,
    code      varchar(40)  not null check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    label     text         not null check (length(trim(label)) between 1 and 200),
    weight    numeric(6,2) not null check (weight > 0),
    position  integer      not null check (position >= 0),
    primary key (call_id, code),
    unique (call_id, position)
);

insert into review_grid (call_id) select id from call_for_projects where slug = 'novapec';

insert into review_criterion (call_id, code, label, weight, position)
select c.id, v.code, v.label, v.weight, v.position
from call_for_projects c
cross join (values
    ('innovation-sociale', 'Innovation sociale', 25.00, 0),
    ('impact-publics', 'Impact sur les publics', 25.00, 1),
    ('ancrage-territorial', 'Ancrage territorial', 20.00, 2),
    ('faisabilite-budget', 'Faisabilité et budget', 15.00, 3),
    ('partenariats-essaimage', 'Partenariats et essaimage', 15.00, 4)
) as v (code, label, weight, position)
where c.slug = 'novapec';
