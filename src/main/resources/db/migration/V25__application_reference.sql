-- Each application gets a reference that an organisation files away and staff search for, for example
-- NOVA-2026-000123: the year the application was created (in Paris), then a number from one sequence for
-- every year. The number alone is unique, so the reference never changes and needs no counter per year
-- (no lock, no reset on 1 January); the year only tells a reader when the dossier was opened. It is given
-- by the column's default, so every way of creating an application (the service, a script) gets one.

create sequence grant_application_reference_seq;

alter table grant_application add column reference text;

update grant_application g set reference = numbered.reference
from (select id, 'NOVA-' || to_char(created_at at time zone 'Europe/Paris', 'YYYY') || '-'
             || lpad(nextval('grant_application_reference_seq')::text, 6, '0') as reference
      from (select id, created_at from grant_application order by id) ordered) numbered
where numbered.id = g.id;

alter table grant_application
    alter column reference set default 'NOVA-' || to_char(now() at time zone 'Europe/Paris', 'YYYY') || '-'
        || lpad(nextval('grant_application_reference_seq')::text, 6, '0'),
    alter column reference set not null,
    add constraint grant_application_reference_key unique (reference),
    add constraint grant_application_reference_format check (reference ~ '^NOVA-[0-9]{4}-[0-9]{6,}$');

alter sequence grant_application_reference_seq owned by grant_application.reference;
