-- The programme year and its budget, the Novapec call for projects and its selection rounds.

create table programme_year (
    year    integer       primary key check (year between 2000 and 2100),
    budget  numeric(14,2) not null check (budget >= 0)
);

insert into programme_year (year, budget) values (2025, 4000000.00);

create table call_for_projects (
    id          bigint generated always as identity primary key,
    slug        text          not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title       text          not null check (length(trim(title)) > 0),
    rules       text          not null,
    max_amount  numeric(14,2) check (max_amount > 0),
    opens_on    date          not null,
    closes_on   date,
    check (closes_on is null or closes_on >= opens_on)
);

create table call_theme (
    call_id     bigint      not null references call_for_projects (id),
    theme_code  varchar(20) not null references theme (code),
    primary key (call_id, theme_code)
);

create table selection_round (
    id                   bigint generated always as identity primary key,
    call_id              bigint not null references call_for_projects (id),
    label                text   not null,
    submission_deadline  date   not null,
    committee_date       date   not null,
    check (committee_date >= submission_deadline),
    unique (call_id, committee_date)
);

-- The call is continuous: no closing date. The maximum per project is not public, so it stays open.
insert into call_for_projects (slug, title, rules, opens_on) values (
    'novapec',
    'Appel à projets Novapec',
    'Appel à projets ouvert en continu aux structures de l''économie sociale et solidaire '
    || '(associations, coopératives, mutuelles, fondations, entreprises agréées ESUS) pour des projets '
    || 'd''innovation sociale régionaux ou multirégionaux au service des cadres, des jeunes diplômés '
    || 'et des petites et moyennes entreprises.',
    date '2024-01-01');

insert into call_theme (call_id, theme_code)
select c.id, t.code from call_for_projects c cross join theme t where c.slug = 'novapec';

-- The committee met in December 2024; the exact days of that round are not public.
insert into selection_round (call_id, label, submission_deadline, committee_date)
select id, 'Décembre 2024', date '2024-10-31', date '2024-12-10' from call_for_projects where slug = 'novapec';
