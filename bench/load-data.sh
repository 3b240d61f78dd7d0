#!/usr/bin/env bash
# Fills the database of a Novapec portal with N generated laureate projects and M grant applications,
# for load tests of the public showcase. Pure psql + SQL (generate_series), in one transaction.
#
#   bench/load-data.sh N M          e.g. bench/load-data.sh 10000 100000
#
# Connection: the standard PostgreSQL variables PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD
# (defaults 127.0.0.1, 5432, novapec, postgres). The schema must already be there (start the portal
# once: Flyway applies the migrations). The user must own the tables (or be a superuser): the loader
# disables two row triggers for the duration of its transaction.
#
# The data is deterministic (every choice is a hash of the row number) and re-runnable: each run first
# deletes what an earlier run generated, recognised by these markers, and nothing else:
#   laureate_project.slug          like 'bench-%'
#   organisation.siret             like '99999%'   (and the applications of those organisations)
#   account.email                  like 'bench-%@bench.novapec.invalid'
set -euo pipefail

usage() {
    cat >&2 <<'EOF'
usage: bench/load-data.sh N M
  N  number of laureate projects to generate (positive integer)
  M  number of grant applications to generate (positive integer), spread over ceil(M/20) organisations
Connection through PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD
(defaults 127.0.0.1, 5432, novapec, postgres).
example: bench/load-data.sh 10000 100000
EOF
    exit 2
}

[[ $# -eq 2 ]] || usage
[[ $1 =~ ^[1-9][0-9]{0,6}$ ]] || { echo "N must be a positive integer (at most 9999999): '$1'" >&2; usage; }
[[ $2 =~ ^[1-9][0-9]{0,7}$ ]] || { echo "M must be a positive integer (at most 99999999): '$2'" >&2; usage; }
N=$1
M=$2
NORG=$(( (M + 19) / 20 ))

export PGHOST="${PGHOST:-127.0.0.1}"
export PGPORT="${PGPORT:-5432}"
export PGDATABASE="${PGDATABASE:-novapec}"
export PGUSER="${PGUSER:-postgres}"

command -v psql >/dev/null || { echo "psql not found (apt-get install -y postgresql-client)" >&2; exit 1; }

PSQL=(psql -X -q -v ON_ERROR_STOP=1 --no-psqlrc)

echo "Loading $N laureates and $M applications ($NORG organisations) into" \
     "$PGDATABASE on $PGHOST:$PGPORT as $PGUSER"
start=$(date +%s)

"${PSQL[@]}" -v n="$N" -v m="$M" -v norg="$NORG" <<'SQL'
\set QUIET on
begin;

-- Fail early and clearly when the schema or the reference rows are missing.
do $$
begin
    if to_regclass('public.laureate_project') is null
       or not exists (select 1 from information_schema.columns
                      where table_name = 'laureate_project' and column_name = 'selected_on') then
        raise exception 'schema not found or older than V32: start the portal once so that Flyway migrates the database';
    end if;
    if not exists (select 1 from call_for_projects where slug = 'novapec') then
        raise exception 'call for projects ''novapec'' not found';
    end if;
    if not exists (select 1 from selection_round where label = 'Décembre 2024') then
        raise exception 'selection round ''Décembre 2024'' not found';
    end if;
end
$$;

-- The child triggers recompute a project's search document once per inserted or deleted row; they
-- are switched off inside this transaction and every bench document is recomputed once at the end.
alter table laureate_organisation disable trigger laureate_organisation_changed;
alter table laureate_city disable trigger laureate_city_changed;

----------------------------------------------------------------------------------------------------
-- 1. Remove what an earlier run generated.
----------------------------------------------------------------------------------------------------
delete from laureate_project where slug like 'bench-%';
\set del_laureates :ROW_COUNT
delete from grant_application
where organisation_id in (select id from organisation where siret like '99999%');
\set del_applications :ROW_COUNT
delete from organisation where siret like '99999%';
\set del_organisations :ROW_COUNT
-- application_status_change.changed_by has no index: without this temporary one, deleting each
-- account would scan the whole table (dead rows of the applications deleted above included).
create index bench_tmp_status_change_changed_by on application_status_change (changed_by);
delete from account where email like 'bench-%@bench.novapec.invalid';
\set del_accounts :ROW_COUNT
drop index bench_tmp_status_change_changed_by;
\echo 'Deleted earlier bench rows:' :del_laureates 'laureates,' :del_applications 'applications,' :del_organisations 'organisations,' :del_accounts 'accounts'

----------------------------------------------------------------------------------------------------
-- 2. Helpers: a deterministic hash of (row number, salt), French fragments, cities.
----------------------------------------------------------------------------------------------------

-- A 32-bit integer mix (multiply, xor-shift) of the row number and a salt: modulo arithmetic only,
-- deterministic, and the salts make the choices independent of each other.
create function pg_temp.h(i bigint, salt int) returns bigint
language plpgsql immutable strict as $$
declare
    x bigint := ((i % 4294967296) * 1103515245 + salt::bigint * 1013904223 + 12345) % 4294967296;
begin
    x := (((x >> 16) # x) * 73244475) % 4294967296;
    x := (((x >> 16) # x) * 73244475) % 4294967296;
    return (x >> 16) # x;
end
$$;

create function pg_temp.pick(a text[], k bigint) returns text
language sql immutable strict as $$ select a[1 + (k % cardinality(a))::int] $$;

create function pg_temp.lcfirst(s text) returns text
language sql immutable strict as $$ select lower(left(s, 1)) || substr(s, 2) $$;

-- How to say "in <region>" in French.
create temp table bench_region on commit drop as
select r.code, r.name, r.position, v.loc
from region r
join (values ('84', 'en Auvergne-Rhône-Alpes'), ('27', 'en Bourgogne-Franche-Comté'), ('53', 'en Bretagne'),
             ('24', 'en Centre-Val de Loire'), ('94', 'en Corse'), ('44', 'dans le Grand Est'),
             ('32', 'dans les Hauts-de-France'), ('11', 'en Île-de-France'), ('28', 'en Normandie'),
             ('75', 'en Nouvelle-Aquitaine'), ('76', 'en Occitanie'), ('52', 'dans les Pays de la Loire'),
             ('93', 'en Provence-Alpes-Côte d''Azur'), ('01', 'en Guadeloupe'), ('02', 'en Martinique'),
             ('03', 'en Guyane'), ('04', 'à La Réunion'), ('06', 'à Mayotte')) v (code, loc)
  on v.code = r.code;

create temp table bench_ref on commit drop as
select (select array_agg(code order by position) from bench_region) as regions,
       (select count(*) from bench_region)::int as nregions,
       (select id from call_for_projects where slug = 'novapec') as call_id,
       (select id from selection_round where label = 'Décembre 2024') as round_id,
       (select label from selection_round where label = 'Décembre 2024') as round_label,
       (select committee_date from selection_round where label = 'Décembre 2024') as round_committee_date;

-- Real French cities with their region and a postcode, every region represented, overseas included.
create temp table bench_city0 (name text, region_code varchar(2), postcode varchar(5)) on commit drop;
insert into bench_city0 values
    ('Lyon', '84', '69003'), ('Villeurbanne', '84', '69100'), ('Grenoble', '84', '38000'),
    ('Saint-Étienne', '84', '42000'), ('Clermont-Ferrand', '84', '63000'), ('Annecy', '84', '74000'),
    ('Valence', '84', '26000'),
    ('Dijon', '27', '21000'), ('Besançon', '27', '25000'), ('Chalon-sur-Saône', '27', '71100'), ('Auxerre', '27', '89000'),
    ('Rennes', '53', '35000'), ('Brest', '53', '29200'), ('Quimper', '53', '29000'), ('Lorient', '53', '56100'),
    ('Saint-Brieuc', '53', '22000'),
    ('Orléans', '24', '45000'), ('Tours', '24', '37000'), ('Bourges', '24', '18000'), ('Blois', '24', '41000'),
    ('Chartres', '24', '28000'),
    ('Ajaccio', '94', '20000'), ('Bastia', '94', '20200'), ('Corte', '94', '20250'),
    ('Strasbourg', '44', '67000'), ('Metz', '44', '57000'), ('Nancy', '44', '54000'), ('Reims', '44', '51100'),
    ('Mulhouse', '44', '68100'), ('Troyes', '44', '10000'),
    ('Lille', '32', '59000'), ('Roubaix', '32', '59100'), ('Amiens', '32', '80000'), ('Dunkerque', '32', '59140'),
    ('Calais', '32', '62100'), ('Beauvais', '32', '60000'),
    ('Paris', '11', '75011'), ('Saint-Denis', '11', '93200'), ('Montreuil', '11', '93100'), ('Créteil', '11', '94000'),
    ('Nanterre', '11', '92000'), ('Argenteuil', '11', '95100'), ('Évry-Courcouronnes', '11', '91000'),
    ('Rouen', '28', '76000'), ('Caen', '28', '14000'), ('Le Havre', '28', '76600'),
    ('Cherbourg-en-Cotentin', '28', '50100'), ('Évreux', '28', '27000'),
    ('Bordeaux', '75', '33000'), ('Limoges', '75', '87000'), ('Poitiers', '75', '86000'), ('La Rochelle', '75', '17000'),
    ('Pau', '75', '64000'), ('Bayonne', '75', '64100'),
    ('Toulouse', '76', '31000'), ('Montpellier', '76', '34000'), ('Nîmes', '76', '30000'), ('Perpignan', '76', '66000'),
    ('Béziers', '76', '34500'), ('Albi', '76', '81000'),
    ('Nantes', '52', '44000'), ('Angers', '52', '49000'), ('Le Mans', '52', '72000'), ('Saint-Nazaire', '52', '44600'),
    ('La Roche-sur-Yon', '52', '85000'),
    ('Marseille', '93', '13003'), ('Nice', '93', '06000'), ('Toulon', '93', '83000'), ('Avignon', '93', '84000'),
    ('Aix-en-Provence', '93', '13100'),
    ('Pointe-à-Pitre', '01', '97110'), ('Les Abymes', '01', '97139'), ('Basse-Terre', '01', '97100'),
    ('Fort-de-France', '02', '97200'), ('Le Lamentin', '02', '97232'),
    ('Cayenne', '03', '97300'), ('Saint-Laurent-du-Maroni', '03', '97320'),
    ('Saint-Denis', '04', '97400'), ('Saint-Pierre', '04', '97410'), ('Le Port', '04', '97420'),
    ('Mamoudzou', '06', '97600'), ('Koungou', '06', '97690');

create temp table bench_city on commit drop as
select name, region_code, postcode,
       row_number() over (order by region_code, name) as n,
       row_number() over (partition by region_code order by name) as rk,
       count(*) over (partition by region_code) as cnt,
       count(*) over () as total
from bench_city0;
create index on bench_city (region_code, rk);
create index on bench_city (n);

-- A project title: three shapes, fragments chosen by the digits of the seed in mixed radix.
create function pg_temp.title(seed bigint, theme text, pub text, loc text) returns text
language plpgsql immutable as $$
declare
    s bigint := seed;
    verbs text[] := array['Accompagner', 'Former', 'Mobiliser', 'Outiller', 'Soutenir', 'Valoriser', 'Fédérer',
        'Mettre en réseau', 'Guider', 'Encourager', 'Réunir', 'Orienter', 'Faire grandir'];
    nouns text[] := array['Mentorat solidaire', 'Parcours d''insertion', 'Laboratoire d''innovation sociale',
        'Réseau d''entraide', 'Incubateur coopératif', 'Tiers-lieu de l''emploi', 'Académie des compétences',
        'École de la transition', 'Plateforme de mise en relation', 'Fabrique à projets', 'Programme de parrainage',
        'Campus solidaire', 'Coopérative d''activités'];
    brand_a text[] := array['Cap', 'Tremplin', 'Passerelles', 'Horizons', 'Élan', 'Boussole', 'Déclic', 'Envol',
        'Relais', 'Racines', 'Ricochet'];
    brand_b text[] := array['Séniors', 'Numérique', 'Solidaire', 'Avenir', 'Compétences', 'Transition', 'Emploi',
        'Territoires', 'Talents', 'Vert'];
    places text[] := array['des quartiers prioritaires', 'des territoires ruraux', 'des villes moyennes',
        'des zones de revitalisation rurale', 'des bassins industriels'];
    objects text[];
    bare text[];
    compl text[];
    shape int;
    t text;
begin
    objects := case pub
        when 'cadres' then array['les cadres seniors', 'les cadres séniors en reconversion', 'les cadres de plus de 50 ans',
            'les femmes cadres', 'les cadres en transition professionnelle', 'les cadres demandeurs d''emploi',
            'les managers de l''économie sociale et solidaire', 'les cadres en situation de handicap']
        when 'jeunes-diplomes' then array['les jeunes diplômés', 'les jeunes diplômés des quartiers prioritaires',
            'les jeunes diplômées', 'les diplômés de bac+3 à bac+5', 'les étudiants boursiers en fin de cursus',
            'les jeunes docteurs', 'les jeunes diplômés ultramarins']
        else array['les dirigeants de PME', 'les TPE et PME', 'les PME de l''économie sociale et solidaire',
            'les dirigeantes de petites entreprises', 'les PME industrielles', 'les artisans et commerçants',
            'les créateurs d''entreprise', 'les PME en croissance'] end;
    bare := case pub
        when 'cadres' then array['cadres seniors', 'cadres séniors', 'cadres en reconversion', 'femmes cadres',
            'cadres de plus de 50 ans']
        when 'jeunes-diplomes' then array['jeunes diplômés', 'jeunes diplômées', 'jeunes docteurs',
            'étudiants en fin de cursus']
        else array['PME', 'dirigeants de TPE et PME', 'PME de l''ESS', 'créateurs d''entreprise'] end;
    compl := case theme
        when 'emploi' then array['vers l''emploi numérique', 'vers les métiers de l''économie sociale et solidaire',
            'grâce au mentorat solidaire', 'dans leur retour à l''emploi', 'vers un emploi durable',
            'face aux discriminations à l''embauche', 'dans la création d''activité',
            'par le parrainage intergénérationnel', 'vers les postes d''encadrement',
            'dans la reconversion professionnelle', 'avec l''intelligence artificielle générative']
        when 'territoires' then array['dans les territoires ruraux', 'au cœur des quartiers prioritaires',
            'dans les villes moyennes', 'en montagne', 'dans les bassins d''emploi industriels',
            'au service du développement local', 'dans les outre-mer', 'autour des tiers-lieux',
            'pour revitaliser les centres-bourgs', 'dans les zones littorales', 'avec les collectivités locales']
        else array['vers la transition écologique', 'vers les métiers verts', 'dans l''économie circulaire',
            'pour une agriculture durable', 'face à la transition énergétique',
            'vers la rénovation énergétique des bâtiments', 'autour du réemploi et de la réparation',
            'pour une mobilité décarbonée', 'dans la filière bois', 'vers la sobriété numérique',
            'pour la préservation de la biodiversité'] end;
    shape := s % 3; s := s / 3;
    t := pg_temp.pick(verbs, s) || ' ' || pg_temp.pick(objects, s / 13) || ' ' || pg_temp.pick(compl, s / 104);
    if shape = 1 then
        t := pg_temp.pick(nouns, s) || ' pour ' || pg_temp.pick(bare, s / 13) || ' '
             || case when (s / 65) % 2 = 0 then coalesce(loc, pg_temp.pick(places, s / 130)) else pg_temp.pick(places, s / 130) end;
    elsif shape = 2 then
        t := pg_temp.pick(brand_a, s / 1144) || ' ' || pg_temp.pick(brand_b, s / 12584) || ' : ' || pg_temp.lcfirst(t);
    end if;
    return t;
end
$$;

-- A two-sentence summary.
create function pg_temp.summary(seed bigint, theme text, pub text, loc text) returns text
language plpgsql immutable as $$
declare
    s bigint := pg_temp.h(seed, 101);
    kinds text[] := array['Programme associatif', 'Dispositif coopératif', 'Parcours régional', 'Expérimentation',
        'Projet multirégional', 'Initiative solidaire', 'Programme porté par une structure de l''ESS'];
    second text[] := array[
        'Il combine ateliers collectifs, suivi individuel et immersion en entreprise.',
        'Les participants bénéficient d''un mentorat de six mois par des professionnels bénévoles.',
        'Le dispositif s''appuie sur un réseau d''employeurs engagés du territoire.',
        'Une plateforme numérique facilite la mise en relation entre candidats et recruteurs.',
        'Les actions sont co-construites avec les collectivités et les acteurs de l''emploi.',
        'Il vise une insertion durable et la montée en compétences sur les métiers en tension.',
        'Les séniors transmettent leur expérience aux plus jeunes dans une logique intergénérationnelle.',
        'Des ateliers de sensibilisation au numérique ouvrent chaque parcours.',
        'Chaque cohorte est suivie pendant un an après la sortie du programme.',
        'Les entreprises partenaires accueillent les participants en stage ou en alternance.'];
begin
    return pg_temp.pick(kinds, s) || ' pour ' || pg_temp.lcfirst(pg_temp.title(s / 7 * 3, theme, pub, null))
        || coalesce(' ' || loc, '') || '. ' || pg_temp.pick(second, s / 7 / 3000);
end
$$;

-- A description of four or five sentences: context (by public), method (by theme), goal.
create function pg_temp.description(seed bigint, theme text, pub text, loc text, planned int) returns text
language plpgsql immutable as $$
declare
    s bigint := pg_temp.h(seed, 202);
    context text[];
    method text[];
    closing text[] := array[
        'Une évaluation d''impact indépendante mesurera les effets du projet sur l''accès à l''emploi.',
        'Les enseignements de l''expérimentation seront partagés avec les réseaux de l''économie sociale et solidaire.',
        'Le modèle a vocation à essaimer dans d''autres territoires à l''issue de la première année.',
        'Un comité de suivi réunit chaque trimestre les partenaires financeurs et opérationnels.',
        'Les participants sont associés à la gouvernance du projet.'];
begin
    context := case pub
        when 'cadres' then array[
            'Le chômage de longue durée touche durement les cadres de plus de 50 ans, souvent écartés des recrutements.',
            'La fracture numérique pénalise les séniors dans leur recherche d''emploi.',
            'Beaucoup de cadres en reconversion ignorent les débouchés de l''économie sociale et solidaire.',
            'Les femmes cadres restent sous-représentées dans les fonctions de direction.']
        when 'jeunes-diplomes' then array[
            'Beaucoup de jeunes diplômés issus de milieux modestes manquent de réseau pour décrocher un premier emploi qualifié.',
            'Dans les quartiers prioritaires, le diplôme ne suffit pas toujours à ouvrir les portes des entreprises.',
            'Les jeunes diplômés des territoires ruraux partent souvent faute d''offres à leur mesure.',
            'L''économie sociale et solidaire recrute mais reste mal connue des jeunes diplômés.']
        else array[
            'Les petites et moyennes entreprises peinent à recruter et à fidéliser des profils qualifiés.',
            'Les dirigeants de TPE et PME manquent de temps pour structurer leur fonction ressources humaines.',
            'Les PME de l''économie sociale et solidaire doivent adapter leurs métiers à la transition écologique.',
            'Beaucoup de PME industrielles vont devoir transmettre leurs savoir-faire dans les dix prochaines années.'] end;
    method := case theme
        when 'emploi' then array[
            'Le parcours associe un diagnostic de compétences, des ateliers collectifs et un mentorat individuel.',
            'Des binômes intergénérationnels sont formés entre séniors expérimentés et jeunes professionnels.',
            'Un escape game numérique permet d''apprivoiser les outils de recherche d''emploi de manière ludique.',
            'Des job datings réguliers rapprochent candidats et employeurs du territoire.']
        when 'territoires' then array[
            'Un tiers-lieu itinérant accueille les participants au plus près de chez eux.',
            'Le projet s''appuie sur les collectivités et les acteurs associatifs pour repérer les besoins locaux.',
            'Des coopérations entre entreprises voisines permettent de partager des emplois qualifiés.',
            'Des permanences sont organisées dans les maisons France Services des bourgs concernés.']
        else array[
            'Les participants se forment aux métiers de la rénovation énergétique et de l''économie circulaire.',
            'Des chantiers écoles concrets servent de support à la montée en compétences.',
            'Le projet accompagne les entreprises dans leur bilan carbone et la transition de leurs métiers.',
            'Des ateliers de réparation et de réemploi créent des emplois locaux non délocalisables.'] end;
    return pg_temp.pick(context, s) || ' ' || pg_temp.pick(method, s / 4) || ' '
        || case when planned is not null
                then 'Le projet prévoit d''accompagner ' || planned || ' personnes'
                     || coalesce(' ' || loc, '') || ' en ' || (12 + 6 * ((s / 16) % 4)) || ' mois.'
                else 'Le projet se déploie' || coalesce(' ' || loc, ' sur plusieurs territoires') || ' par étapes successives.' end
        || ' ' || pg_temp.pick(closing, s / 64)
        || case when (s / 320) % 3 = 0 then ' ' || pg_temp.pick(closing, s / 64 + 1 + (s / 960) % 4) else '' end;
end
$$;

-- "Association Horizons Emploi 1234"
create function pg_temp.org_name(seed bigint, form text, num bigint) returns text
language sql immutable as $$
    select form || ' '
        || pg_temp.pick(array['Horizons', 'Tremplin', 'Passerelles', 'Envol', 'Racines', 'Cap', 'Élan', 'Réseau',
               'Boussole', 'Relais', 'Trajectoires', 'Ateliers', 'Maison', 'Pôle'], pg_temp.h(seed, 301)) || ' '
        || pg_temp.pick(array['Emploi', 'Solidaire', 'Avenir', 'Territoires', 'Numérique', 'Vert', 'Compétences',
               'Séniors', 'Jeunesse', 'Entreprendre', 'Insertion', 'Transition'], pg_temp.h(seed, 302)) || ' '
        || num
$$;

----------------------------------------------------------------------------------------------------
-- 3. Laureate projects.
----------------------------------------------------------------------------------------------------
create temp table bench_l on commit drop as
select i,
       'bench-laureat-' || lpad(i::text, greatest(5, length(:'n')), '0') as slug,
       (array['emploi', 'emploi', 'emploi', 'emploi', 'emploi', 'territoires', 'territoires', 'territoires',
              'environnement', 'environnement'])[1 + pg_temp.h(i, 1) % 10] as theme,
       (2021 + pg_temp.h(i, 2) % 6)::int as year,
       1 + (pg_temp.h(i, 3) % 10 >= 6)::int + (pg_temp.h(i, 3) % 10 >= 9)::int as nreg,
       (pg_temp.h(i, 4) % 18)::int as rbase,
       (1 + pg_temp.h(i, 5) % 7)::int as rstep,
       (array[1, 1, 1, 2, 2, 4, 4, 3, 5, 6, 7])[1 + pg_temp.h(i, 6) % 11] as pmask,
       case when pg_temp.h(i, 7) % 20 < 5 then 0 when pg_temp.h(i, 7) % 20 < 12 then 1
            when pg_temp.h(i, 7) % 20 < 17 then 2 else 3 end as ncity,
       1 + (pg_temp.h(i, 8) % 10 < 3)::int as ncarrier,
       pg_temp.h(i, 9) % 10 < 4 as has_partner,
       case when pg_temp.h(i, 10) % 100 < 15 then null else (10 + pg_temp.h(i, 11) % 1991)::int end as planned,
       pg_temp.h(i, 12) % 20 <> 0 as published,
       case pg_temp.h(i, 13) % 25
           when 0 then array['description', 'cities']
           when 1 then array['partners', 'planned_beneficiaries']
           when 2 then array[]::text[]
           when 3 then array['description', 'partners', 'cities']
           when 4 then array['description', 'planned_beneficiaries', 'reached_beneficiaries']
           else array['description', 'partners', 'cities', 'planned_beneficiaries', 'reached_beneficiaries']
       end as fields,
       pg_temp.h(i, 14) as seed
from generate_series(1, :n) i;
alter table bench_l add primary key (i);

create temp table bench_lr on commit drop as
select l.i, k, ref.regions[1 + (l.rbase + (k - 1) * l.rstep) % ref.nregions] as region_code
from bench_l l cross join bench_ref ref cross join generate_series(1, 3) k
where k <= l.nreg;
alter table bench_lr add primary key (i, k);

create temp table bench_lp on commit drop as
select l.i, p.code as public_code, p.position
from bench_l l join target_public p on l.pmask & (1 << (p.position - 1)) <> 0;
create index on bench_lp (i);

-- A laureate of a round carries that round's label and committee day (V32), as a publication copies them.
insert into laureate_project (slug, name, theme_code, year, round_id, selection_label, selected_on, application_id,
                              summary, description, planned_beneficiaries, reached_beneficiaries, published,
                              published_fields)
select l.slug,
       pg_temp.title(l.seed, l.theme, fp.public_code, r.loc),
       l.theme,
       l.year,
       case when sel.in_round then ref.round_id end,
       case when sel.in_round then ref.round_label end,
       case when sel.in_round then ref.round_committee_date end,
       null,
       pg_temp.summary(l.seed, l.theme, fp.public_code, case when pg_temp.h(l.i, 16) % 2 = 0 then r.loc end),
       pg_temp.description(l.seed, l.theme, fp.public_code, r.loc, l.planned),
       l.planned,
       case when l.planned is not null and l.year <= 2024 and pg_temp.h(l.i, 17) % 3 = 0
            then (l.planned * (40 + pg_temp.h(l.i, 18) % 81) / 100)::int end,
       l.published,
       l.fields
from bench_l l
cross join bench_ref ref
cross join lateral (select l.year = 2024 and pg_temp.h(l.i, 15) % 4 <> 0 as in_round) sel
join bench_lr lr on lr.i = l.i and lr.k = 1
join bench_region r on r.code = lr.region_code
join lateral (select public_code from bench_lp p where p.i = l.i
              order by (pg_temp.h(l.i, 19) + p.position) % 3 limit 1) fp on true
order by l.i;
\set ins_laureates :ROW_COUNT

create temp table bench_lid on commit drop as
select id, substring(slug from '([0-9]+)$')::int as i
from laureate_project where slug like 'bench-laureat-%';
alter table bench_lid add primary key (i);

insert into laureate_region (laureate_id, region_code)
select b.id, lr.region_code from bench_lr lr join bench_lid b using (i);
\set ins_regions :ROW_COUNT

insert into laureate_public (laureate_id, public_code)
select b.id, lp.public_code from bench_lp lp join bench_lid b using (i);
\set ins_publics :ROW_COUNT

-- Carriers (1 or 2), then sometimes a partner named after a city or the CRESS of the first region.
insert into laureate_organisation (laureate_id, position, name, role)
select b.id, k,
       pg_temp.org_name(l.i * 3 + k,
           pg_temp.pick(array['Association', 'Association', 'Association', 'SCOP', 'SCIC', 'Fondation',
                              'Coopérative', 'Mutuelle', 'Fédération'], pg_temp.h(l.i * 3 + k, 20)),
           1000 + pg_temp.h(l.i * 3 + k, 21) % 9000),
       'CARRIER'
from bench_l l join bench_lid b using (i) cross join generate_series(1, 2) k
where k <= l.ncarrier
union all
select b.id, l.ncarrier + 1,
       case when pg_temp.h(l.i, 22) % 7 = 0 then 'CRESS ' || r.name
            else pg_temp.pick(array['Mission locale de ', 'France Travail ', 'Université de ', 'CCI de ', 'Ville de ',
                                    'Maison de l''emploi de ', 'Centre social de ', 'Lycée professionnel de '],
                              pg_temp.h(l.i, 23)) || c.name end,
       'PARTNER'
from bench_l l
join bench_lid b using (i)
join bench_lr lr on lr.i = l.i and lr.k = 1
join bench_region r on r.code = lr.region_code
join bench_city c on c.region_code = lr.region_code and c.rk = 1 + pg_temp.h(l.i, 24) % c.cnt
where l.has_partner;
\set ins_orgs :ROW_COUNT

-- 0 to 3 cities, each in one of the project's regions, without duplicates.
insert into laureate_city (laureate_id, position, name, region_code, priority_neighbourhood)
select b.id, row_number() over (partition by d.i order by d.ck), d.name, d.region_code, d.qpv
from (select distinct on (l.i, c.name, c.region_code) l.i, g.ck, c.name, c.region_code,
             pg_temp.h(l.i * 4 + g.ck, 25) % 4 = 0 as qpv
      from bench_l l
      cross join generate_series(1, 3) g (ck)
      join bench_lr lr on lr.i = l.i and lr.k = 1 + (g.ck - 1) % l.nreg
      join bench_city c on c.region_code = lr.region_code and c.rk = 1 + (pg_temp.h(l.i, 26) + g.ck - 1) % c.cnt
      where g.ck <= l.ncity
      order by l.i, c.name, c.region_code, g.ck) d
join bench_lid b using (i);
\set ins_cities :ROW_COUNT

\echo 'Inserted' :ins_laureates 'laureates with' :ins_regions 'regions,' :ins_publics 'publics,' :ins_orgs 'organisations,' :ins_cities 'cities'

----------------------------------------------------------------------------------------------------
-- 4. Organisations, their accounts, grant applications.
----------------------------------------------------------------------------------------------------
insert into organisation (name, siret, rna, court_register, legal_form_code, esus, address_line, postcode, city,
                          region_code, website, created_at)
select pg_temp.org_name(1000000 + j, f.label, 1000 + j),
       '99999' || lpad(j::text, 9, '0'),
       case when f.code = 'association' then 'W' || lpad((pg_temp.h(j, 41) % 1000000000)::text, 9, '0') end,
       case when f.code in ('scop', 'scic', 'cooperative', 'societe-commerciale') then 'RCS ' || c.name end,
       f.code,
       f.code = 'societe-commerciale',
       (1 + pg_temp.h(j, 42) % 180) || ' '
           || pg_temp.pick(array['rue de la République', 'avenue Jean-Jaurès', 'boulevard Victor-Hugo', 'rue Pasteur',
                                 'place de la Mairie', 'rue des Écoles', 'allée des Tilleuls',
                                 'rue du Général-de-Gaulle', 'chemin des Vignes', 'rue Émile-Zola',
                                 'avenue de la Gare', 'impasse des Artisans'], pg_temp.h(j, 43)),
       c.postcode,
       c.name,
       c.region_code,
       case when pg_temp.h(j, 44) % 3 = 0 then 'https://bench-' || j || '.example.org' end,
       timestamptz '2019-01-01 09:00:00+01' + (pg_temp.h(j, 45) % 1800) * interval '1 day'
from generate_series(1, :norg) j
cross join lateral (
    select (array['Association', 'Association', 'Association', 'Association', 'Association', 'SCOP', 'SCIC',
                  'Coopérative', 'Mutuelle', 'Fondation', 'Entreprise solidaire'])[1 + pg_temp.h(j, 46) % 11] as label
) fl
cross join lateral (
    select fl.label, case fl.label when 'Association' then 'association' when 'SCOP' then 'scop'
                                   when 'SCIC' then 'scic' when 'Coopérative' then 'cooperative'
                                   when 'Mutuelle' then 'mutuelle' when 'Fondation' then 'fondation'
                                   else 'societe-commerciale' end as code
) f
join bench_city c on c.n = 1 + pg_temp.h(j, 47) % c.total
order by j;
\set ins_organisations :ROW_COUNT

create temp table bench_org on commit drop as
select o.id, substr(o.siret, 6)::int as j, o.region_code, r.position as region_position
from organisation o join region r on r.code = o.region_code
where o.siret like '99999%';
alter table bench_org add primary key (j);

-- One applicant account per organisation. The password hash is a random bcrypt-shaped string:
-- nobody knows a password that matches it, so these accounts cannot sign in.
insert into account (email, password_hash, display_name, enabled, created_at)
select 'bench-' || lpad(o.j::text, 9, '0') || '@bench.novapec.invalid',
       '{bcrypt}$2a$10$' || substr(md5(random()::text) || md5(random()::text), 1, 53),
       pg_temp.pick(array['Camille', 'Nadia', 'Julien', 'Sophie', 'Karim', 'Élodie', 'Thomas', 'Aïcha', 'Hélène',
                          'Mathieu', 'Léa', 'François', 'Inès', 'Grégoire', 'Maëlle', 'Yannick', 'Zoé'], pg_temp.h(o.j, 51))
           || ' ' ||
       pg_temp.pick(array['Martin', 'Bernard', 'Lefèvre', 'Moreau', 'Girard', 'Benali', 'Rousseau', 'Fontaine',
                          'Chevalier', 'Nguyen', 'Le Gall', 'Hoarau', 'Marie-Sainte', 'Payet', 'Mercier',
                          'Durand', 'Lambert', 'Faure', 'Attoumani'], pg_temp.h(o.j, 52)),
       true,
       timestamptz '2024-01-02 09:00:00+01' + (pg_temp.h(o.j, 53) % 200) * interval '1 day'
from bench_org o
order by o.j;
\set ins_accounts :ROW_COUNT

insert into account_role (account_id, role)
select id, 'APPLICANT' from account where email like 'bench-%@bench.novapec.invalid';

insert into membership (organisation_id, account_id, joined_at)
select o.id, a.id, a.created_at
from bench_org o join account a on a.email = 'bench-' || lpad(o.j::text, 9, '0') || '@bench.novapec.invalid';

create temp table bench_a on commit drop as
select i, j, status, round_id, incomplete, theme, pmask, second_region_offset, seed,
       created_at,
       case when round_id is not null then created_at + (1 + pg_temp.h(i, 61) % 25) * interval '1 day' end as submitted_at
from (
    select i, j, st.status,
           case when st.status = 'DRAFT' then null
                when st.status = 'WITHDRAWN' and pg_temp.h(i, 62) % 2 = 0 then null
                else ref.round_id end as round_id,
           st.status = 'DRAFT' and pg_temp.h(i, 63) % 3 = 0 as incomplete,
           (array['emploi', 'emploi', 'emploi', 'emploi', 'territoires', 'territoires', 'territoires',
                  'environnement', 'environnement', 'environnement'])[1 + pg_temp.h(i, 64) % 10] as theme,
           (array[1, 1, 2, 2, 2, 4, 4, 3, 5, 6, 7])[1 + pg_temp.h(i, 65) % 11] as pmask,
           case when pg_temp.h(i, 66) % 10 < 4 then 1 + pg_temp.h(i, 67) % 17 end as second_region_offset,
           pg_temp.h(i, 68) as seed,
           case when st.status in ('DRAFT', 'WITHDRAWN')
                then timestamptz '2024-01-02 09:00:00+01' + (pg_temp.h(i, 69) % 900) * interval '1 day'
                else timestamptz '2024-01-02 09:00:00+01' + (pg_temp.h(i, 69) % 270) * interval '1 day' end
               + (pg_temp.h(i, 70) % 600) * interval '1 minute' as created_at
    from generate_series(1, :m) i
    cross join bench_ref ref
    cross join lateral (select 1 + (i - 1) % :norg as j, pg_temp.h(i, 60) % 100 as b) x
    cross join lateral (select case when x.b < 25 then 'DRAFT' when x.b < 40 then 'SUBMITTED'
                                    when x.b < 45 then 'RETURNED' when x.b < 60 then 'IN_REVIEW'
                                    when x.b < 72 then 'SELECTED' when x.b < 92 then 'REJECTED'
                                    else 'WITHDRAWN' end as status) st
) a;
alter table bench_a add primary key (i);

insert into grant_application (organisation_id, call_id, round_id, status, title, summary, description, theme_code,
                               planned_beneficiaries, start_date, duration_months, total_budget, requested_amount,
                               awarded_amount, created_at, updated_at, submitted_at)
select o.id, ref.call_id, a.round_id, a.status,
       pg_temp.title(a.seed, a.theme, fp.public_code, r.loc),
       case when not a.incomplete then pg_temp.summary(a.seed, a.theme, fp.public_code, r.loc) end,
       case when not a.incomplete then pg_temp.description(a.seed, a.theme, fp.public_code, r.loc, pb.planned) end,
       case when not a.incomplete then a.theme end,
       case when not a.incomplete then pb.planned end,
       case when not a.incomplete then date '2025-01-01' + (pg_temp.h(a.i, 71) % 540)::int end,
       case when not a.incomplete then (array[12, 18, 24, 36])[1 + pg_temp.h(a.i, 72) % 4] end,
       case when not a.incomplete then bud.total end,
       case when not a.incomplete then bud.requested end,
       case when a.status = 'SELECTED' then round(bud.requested * (70 + pg_temp.h(a.i, 73) % 31) / 100, 2) end,
       a.created_at,
       case a.status when 'DRAFT' then a.created_at + (pg_temp.h(a.i, 74) % 60) * interval '1 day'
                     when 'SELECTED' then timestamptz '2024-12-10 18:00:00+01'
                     when 'REJECTED' then timestamptz '2024-12-10 18:00:00+01'
                     when 'SUBMITTED' then a.submitted_at
                     else coalesce(a.submitted_at, a.created_at) + interval '10 days' end,
       a.submitted_at
from bench_a a
cross join bench_ref ref
join bench_org o on o.j = a.j
join bench_region r on r.code = o.region_code
cross join lateral (select (20000 + (pg_temp.h(a.i, 75) % 481) * 1000 + (pg_temp.h(a.i, 76) % 100) / 100.0)::numeric(14,2) as total) t
cross join lateral (select t.total, round(t.total * (30 + pg_temp.h(a.i, 77) % 51) / 100, 2) as requested) bud
cross join lateral (select case when pg_temp.h(a.i, 78) % 10 = 0 then null else (10 + pg_temp.h(a.i, 79) % 991)::int end as planned) pb
cross join lateral (select p.code as public_code from target_public p
                    where a.pmask & (1 << (p.position - 1)) <> 0 order by p.position limit 1) fp
order by a.i;
\set ins_applications :ROW_COUNT

-- Identity values follow the order of insertion, so the n-th bench application is bench_a's row n.
create temp table bench_aid on commit drop as
select g.id, row_number() over (order by g.id) as i
from grant_application g join bench_org o on o.id = g.organisation_id;
alter table bench_aid add primary key (i);

-- The lead region is the organisation's, sometimes a second one.
insert into application_region (application_id, region_code, lead)
select b.id, o.region_code, true
from bench_a a join bench_aid b using (i) join bench_org o on o.j = a.j
union all
select b.id, ref.regions[1 + (o.region_position - 1 + a.second_region_offset) % ref.nregions], false
from bench_a a join bench_aid b using (i) join bench_org o on o.j = a.j cross join bench_ref ref
where a.second_region_offset is not null;
\set ins_app_regions :ROW_COUNT

insert into application_public (application_id, public_code)
select b.id, p.code
from bench_a a join bench_aid b using (i) join target_public p on a.pmask & (1 << (p.position - 1)) <> 0;
\set ins_app_publics :ROW_COUNT

-- The history of the states each application went through.
insert into application_status_change (application_id, from_status, to_status, changed_by, changed_at, reason)
select b.id, s.from_status, s.to_status,
       case when s.to_status in ('SUBMITTED', 'WITHDRAWN') then m.account_id end,
       case s.step when 1 then coalesce(a.submitted_at, a.created_at + interval '10 days')
                   when 2 then a.submitted_at + interval '10 days'
                   else timestamptz '2024-12-10 18:00:00+01' end,
       case s.to_status
           when 'RETURNED' then pg_temp.pick(array['Budget prévisionnel détaillé manquant.',
                                                   'Statuts de la structure à joindre.',
                                                   'Merci de préciser les publics visés et le nombre de bénéficiaires.',
                                                   'Le calendrier du projet est incomplet.'], pg_temp.h(a.i, 81))
           when 'WITHDRAWN' then 'Retrait à la demande de la structure.'
           when 'SELECTED' then 'Décision du comité de sélection du 10 décembre 2024.'
           when 'REJECTED' then 'Décision du comité de sélection du 10 décembre 2024.'
       end
from bench_a a
join bench_aid b using (i)
join bench_org o on o.j = a.j
left join membership m on m.organisation_id = o.id
join (values ('SUBMITTED', true, 1, 'DRAFT', 'SUBMITTED'),
             ('RETURNED', true, 1, 'DRAFT', 'SUBMITTED'), ('RETURNED', true, 2, 'SUBMITTED', 'RETURNED'),
             ('IN_REVIEW', true, 1, 'DRAFT', 'SUBMITTED'), ('IN_REVIEW', true, 2, 'SUBMITTED', 'IN_REVIEW'),
             ('SELECTED', true, 1, 'DRAFT', 'SUBMITTED'), ('SELECTED', true, 2, 'SUBMITTED', 'IN_REVIEW'),
             ('SELECTED', true, 3, 'IN_REVIEW', 'SELECTED'),
             ('REJECTED', true, 1, 'DRAFT', 'SUBMITTED'), ('REJECTED', true, 2, 'SUBMITTED', 'IN_REVIEW'),
             ('REJECTED', true, 3, 'IN_REVIEW', 'REJECTED'),
             ('WITHDRAWN', true, 1, 'DRAFT', 'SUBMITTED'), ('WITHDRAWN', true, 2, 'SUBMITTED', 'WITHDRAWN'),
             ('WITHDRAWN', false, 1, 'DRAFT', 'WITHDRAWN'))
     s (status, submitted, step, from_status, to_status)
  on s.status = a.status and s.submitted = (a.submitted_at is not null)
order by b.id, s.step;
\set ins_history :ROW_COUNT

\echo 'Inserted' :ins_organisations 'organisations,' :ins_accounts 'accounts,' :ins_applications 'applications with' :ins_app_regions 'regions,' :ins_app_publics 'publics,' :ins_history 'status changes'

----------------------------------------------------------------------------------------------------
-- 5. Triggers back on, search documents recomputed once (the BEFORE trigger does it).
----------------------------------------------------------------------------------------------------
alter table laureate_organisation enable trigger laureate_organisation_changed;
alter table laureate_city enable trigger laureate_city_changed;

update laureate_project set search_document = null where slug like 'bench-%';

commit;
SQL

# Outside the transaction: reclaim the dead rows of the final update and refresh the statistics.
"${PSQL[@]}" -c 'vacuum (analyze) laureate_project, laureate_organisation, laureate_region, laureate_public,
                 laureate_city, organisation, account, account_role, membership, grant_application,
                 application_region, application_public, application_status_change'

echo "Done in $(( $(date +%s) - start )) s. Totals:"
"${PSQL[@]}" -P footer=off <<'SQL'
select "table", total, bench, published from (
          select 1 as o, 'laureate_project' as "table", count(*) as total,
                 count(*) filter (where slug like 'bench-%') as bench,
                 count(*) filter (where published) as published from laureate_project
union all select 2, 'laureate_organisation', count(*), null, null from laureate_organisation
union all select 3, 'laureate_region', count(*), null, null from laureate_region
union all select 4, 'laureate_public', count(*), null, null from laureate_public
union all select 5, 'laureate_city', count(*), null, null from laureate_city
union all select 6, 'organisation', count(*), count(*) filter (where siret like '99999%'), null from organisation
union all select 7, 'account', count(*), count(*) filter (where email like 'bench-%@bench.novapec.invalid'), null
          from account
union all select 8, 'grant_application', count(*), null, null from grant_application
union all select 9, 'application_region', count(*), null, null from application_region
union all select 10, 'application_public', count(*), null, null from application_public
union all select 11, 'application_status_change', count(*), null, null from application_status_change
) t order by o;

select status, count(*) from grant_application group by status
order by array_position(array['DRAFT', 'SUBMITTED', 'RETURNED', 'IN_REVIEW', 'SELECTED', 'REJECTED', 'WITHDRAWN'],
                        status::text);
SQL
