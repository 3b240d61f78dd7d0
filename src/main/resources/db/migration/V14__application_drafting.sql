-- What an applicant writes step by step in a draft: planned beneficiaries per public, cities (with
-- priority neighbourhoods) inside the chosen regions, co-funders; and the limits of the texts.

alter table grant_application
    add constraint grant_application_title_length check (length(title) <= 200),
    add constraint grant_application_summary_length check (summary is null or length(summary) <= 500),
    add constraint grant_application_description_length check (description is null or length(description) <= 10000),
    add constraint grant_application_duration_max check (duration_months is null or duration_months <= 60);

-- Beneficiaries are planned only for a public the application targets: unticking the public drops them.
create table application_beneficiary (
    application_id  bigint      not null,
    public_code     varchar(20) not null,
    planned         integer     not null check (planned > 0),
    primary key (application_id, public_code),
    foreign key (application_id, public_code) references application_public (application_id, public_code)
        on delete cascade
);

-- A city lies in one of the application's regions.
create table application_city (
    application_id          bigint     not null,
    position                smallint   not null check (position between 1 and 20),
    name                    text       not null check (length(trim(name)) between 1 and 100),
    region_code             varchar(2) not null,
    priority_neighbourhood  boolean    not null default false,
    primary key (application_id, position),
    foreign key (application_id, region_code) references application_region (application_id, region_code)
        on delete cascade
);

create table co_funder (
    application_id  bigint        not null references grant_application (id) on delete cascade,
    position        smallint      not null check (position between 1 and 20),
    name            text          not null check (length(trim(name)) between 1 and 200),
    amount          numeric(14,2) not null check (amount >= 0),
    primary key (application_id, position)
);
