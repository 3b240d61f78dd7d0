-- The staff inbox (/gestion/candidatures) filters by round, state, theme, region, public, the staff member's
-- regional team, a text, and whether the applicant waits for an answer, and sorts by date or amount; it counts
-- the applications of each state for the same filters. These columns and indexes keep each of those reads to a
-- few index pages or one narrow index scan on 100 000 applications.

create extension if not exists pg_trgm;

-- Lower case without accents: "ecole" finds "École". unaccent() is only stable (its dictionary could change);
-- naming the dictionary makes this wrapper safe to declare immutable, which an index and a generated column need.
create function novapec_fold(value text) returns text
language sql immutable strict parallel safe
as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

-- What the text search looks in: the reference and the title, folded once when they are written. The line break
-- keeps a search from matching across the two, since what staff type never contains one.
alter table grant_application
    add column search_text text generated always as (novapec_fold(reference || E'\n' || title)) stored;

-- Derived columns the inbox filters on, kept by the database from the application's children (as the laureates'
-- search document is): the codes of its regions and publics, and whether the latest message of its thread comes
-- from the applicant (staff owe an answer). Every way of writing those children keeps them right, and the counts
-- per state read them from one index instead of joining.
alter table grant_application
    add column region_codes varchar(2)[] not null default '{}',
    add column public_codes varchar(20)[] not null default '{}',
    add column awaiting_answer boolean not null default false;

update grant_application g
set region_codes = array(select r.region_code from application_region r where r.application_id = g.id
                         order by r.region_code),
    public_codes = array(select p.public_code from application_public p where p.application_id = g.id
                         order by p.public_code),
    awaiting_answer = coalesce((select not m.from_staff from application_message m where m.application_id = g.id
                                order by m.created_at desc, m.id desc limit 1), false);

create function grant_application_regions_changed() returns trigger
language plpgsql as $$
declare
    application bigint := case when tg_op = 'DELETE' then old.application_id else new.application_id end;
begin
    update grant_application g
    set region_codes = array(select r.region_code from application_region r where r.application_id = application
                             order by r.region_code)
    where g.id = application;
    return null;
end $$;

create trigger application_region_changed after insert or update or delete on application_region
    for each row execute function grant_application_regions_changed();

create function grant_application_publics_changed() returns trigger
language plpgsql as $$
declare
    application bigint := case when tg_op = 'DELETE' then old.application_id else new.application_id end;
begin
    update grant_application g
    set public_codes = array(select p.public_code from application_public p where p.application_id = application
                             order by p.public_code)
    where g.id = application;
    return null;
end $$;

create trigger application_public_changed after insert or update or delete on application_public
    for each row execute function grant_application_publics_changed();

-- A message written is the latest of its thread: from the applicant, staff owe an answer; from staff, they gave it.
create function grant_application_message_written() returns trigger
language plpgsql as $$
begin
    update grant_application g set awaiting_answer = not new.from_staff where g.id = new.application_id;
    return null;
end $$;

create trigger application_message_written after insert on application_message
    for each row execute function grant_application_message_written();

-- A trigram index answers "contains" searches (like '%ecole%') without reading every title.
create index grant_application_search_idx on grant_application using gin (search_text gin_trgm_ops)
    where status <> 'DRAFT' and submitted_at is not null;

-- Every filter of grant_application's own columns read from the index alone (an index-only scan for the counts
-- per state), in the list's default order.
create index grant_application_inbox_idx on grant_application (submitted_at desc, id desc)
    include (status, round_id, theme_code, requested_amount, awaiting_answer, organisation_id, region_codes,
             public_codes)
    where status <> 'DRAFT' and submitted_at is not null;

-- The sort by amount requested, in either direction.
create index grant_application_inbox_amount_idx on grant_application (requested_amount, id)
    where status <> 'DRAFT' and submitted_at is not null;

-- The few applications waiting for an answer, newest first.
create index grant_application_awaiting_idx on grant_application (submitted_at desc, id desc)
    where awaiting_answer and status <> 'DRAFT' and submitted_at is not null;
