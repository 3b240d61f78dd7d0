-- The public showcase: French full-text search over the laureates, the fields each organisation
-- agreed to publish, a French collation for sorting names, and short region labels for the map.

create extension if not exists unaccent;

-- French stemming after accents are removed, so that "seniors" finds "séniors" and "numerique" finds
-- "numérique", whichever side carries the accent.
create text search configuration novapec_fr (copy = pg_catalog.french);
alter text search configuration novapec_fr
    alter mapping for hword, hword_part, word with unaccent, french_stem;

create collation if not exists novapec_fr (provider = icu, locale = 'fr-FR');

alter table region add column short_name text;
update region set short_name = case code
    when '84' then 'Auvergne-Rhône-Alpes' when '27' then 'Bourgogne-Fr.-Comté' when '53' then 'Bretagne'
    when '24' then 'Centre-Val de Loire' when '94' then 'Corse' when '44' then 'Grand Est'
    when '32' then 'Hauts-de-France' when '11' then 'Île-de-France' when '28' then 'Normandie'
    when '75' then 'Nouvelle-Aquitaine' when '76' then 'Occitanie' when '52' then 'Pays de la Loire'
    when '93' then 'Provence-Alpes-C. d''Azur' when '01' then 'Guadeloupe' when '02' then 'Martinique'
    when '03' then 'Guyane' when '04' then 'La Réunion' when '06' then 'Mayotte' end;
alter table region alter column short_name set not null;

-- The optional fields an organisation agreed to publish; name, carriers, regions, theme, publics and
-- year are the public record of any funded project and always shown.
alter table laureate_project
    add column published_fields text[] not null
        default array['description', 'partners', 'cities', 'planned_beneficiaries', 'reached_beneficiaries']
        check (published_fields <@ array['description', 'partners', 'cities', 'planned_beneficiaries',
                                          'reached_beneficiaries']),
    add column updated_at timestamptz not null default now(),
    add column search_document tsvector;

-- Only what is published is searchable: a hidden city or description must not be found by a search.
create function laureate_search_document(p laureate_project) returns tsvector
language sql stable as $$
    select setweight(to_tsvector('novapec_fr', coalesce(p.name, '')), 'A')
        || setweight(to_tsvector('novapec_fr', coalesce((
               select string_agg(o.name, ' ') from laureate_organisation o
               where o.laureate_id = p.id
                 and (o.role = 'CARRIER' or 'partners' = any (p.published_fields))), '')), 'B')
        || setweight(to_tsvector('novapec_fr', case when 'cities' = any (p.published_fields) then coalesce((
               select string_agg(c.name, ' ') from laureate_city c where c.laureate_id = p.id), '') else '' end), 'B')
        || setweight(to_tsvector('novapec_fr', coalesce(p.summary, '')), 'C')
        || setweight(to_tsvector('novapec_fr',
               case when 'description' = any (p.published_fields) then coalesce(p.description, '') else '' end), 'D')
$$;

create function laureate_project_before_write() returns trigger
language plpgsql as $$
begin
    new.search_document := laureate_search_document(new);
    new.updated_at := now();
    return new;
end
$$;

create trigger laureate_project_before_write
    before insert or update on laureate_project
    for each row execute function laureate_project_before_write();

-- A change to a project's organisations or cities recomputes its search document.
create function laureate_child_changed() returns trigger
language plpgsql as $$
declare
    changed bigint := case when tg_op = 'DELETE' then old.laureate_id else new.laureate_id end;
begin
    update laureate_project set search_document = null where id = changed;
    return null;
end
$$;

create trigger laureate_organisation_changed
    after insert or update or delete on laureate_organisation
    for each row execute function laureate_child_changed();

create trigger laureate_city_changed
    after insert or update or delete on laureate_city
    for each row execute function laureate_child_changed();

update laureate_project set search_document = null;

create index laureate_project_search_idx on laureate_project using gin (search_document);
create index laureate_project_published_idx on laureate_project (year desc, name collate novapec_fr) where published;

-- Changed in the same transaction as any change to the laureates, so that every instance's showcase
-- cache sees a publication at once. The values come from a sequence, which never hands a number out
-- twice: a rolled-back change cannot leave answers cached under a version that will be reused.
create sequence showcase_version_seq;
create table showcase_version (
    id       boolean primary key default true check (id),
    version  bigint  not null
);
insert into showcase_version (id, version) values (true, nextval('showcase_version_seq'));

create function showcase_changed() returns trigger
language plpgsql as $$
begin
    update showcase_version set version = nextval('showcase_version_seq') where id;
    return null;
end
$$;

create trigger laureate_project_showcase_changed after insert or update or delete on laureate_project
    for each statement execute function showcase_changed();
create trigger laureate_organisation_showcase_changed after insert or update or delete on laureate_organisation
    for each statement execute function showcase_changed();
create trigger laureate_region_showcase_changed after insert or update or delete on laureate_region
    for each statement execute function showcase_changed();
create trigger laureate_public_showcase_changed after insert or update or delete on laureate_public
    for each statement execute function showcase_changed();
create trigger laureate_city_showcase_changed after insert or update or delete on laureate_city
    for each statement execute function showcase_changed();
