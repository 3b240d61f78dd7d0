-- An administrator now edits the call for projects: besides its themes, the publics it serves and the
-- documents an organisation must hold in its vault to submit an application to it. Every existing call
-- serves the three publics and requires the three documents that submission checked until now (statutes,
-- approved accounts, bank details), so nothing changes until someone edits the call.

create table call_public (
    call_id      bigint      not null references call_for_projects (id),
    public_code  varchar(20) not null references target_public (code),
    primary key (call_id, public_code)
);

insert into call_public (call_id, public_code)
select c.id, p.code from call_for_projects c cross join target_public p;

create table call_required_document (
    call_id        bigint      not null references call_for_projects (id),
    document_kind  varchar(20) not null check (document_kind in ('STATUTES', 'APPROVED_ACCOUNTS',
                                   'ACTIVITY_REPORT', 'BANK_DETAILS', 'ESUS_CERTIFICATE', 'OTHER')),
    primary key (call_id, document_kind)
);

insert into call_required_document (call_id, document_kind)
select c.id, k.kind from call_for_projects c
cross join (values ('STATUTES'), ('APPROVED_ACCOUNTS'), ('BANK_DETAILS')) as k (kind);
