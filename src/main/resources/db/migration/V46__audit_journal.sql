-- The audit journal: one line per action on an application (who, what, why, when), appended by the
-- journal module when any module publishes an AuditedAction, in the transaction of the action.
--
-- No foreign key to grant_application or account: those tables belong to other modules, and a journal
-- must outlive what it records; with a key, deleting an application or an account would either be
-- refused or have to delete journal lines, which the triggers below forbid.
create table audit_entry (
    id              bigint generated always as identity primary key,
    application_id  bigint      not null,
    actor_id        bigint,
    action          varchar(30) not null
        constraint audit_entry_action_known check (action in ('STATUS_CHANGE', 'ROUND_JOINED', 'ELIGIBILITY',
            'ASSIGNMENT', 'UNASSIGNMENT', 'CONFLICT_DECLARATION', 'SCORE', 'OPINION', 'MESSAGE', 'NOTE',
            'DOCUMENT_DOWNLOAD', 'PDF_DOWNLOAD')),
    detail          text,
    reason          text,
    at              timestamptz not null
);

create index audit_entry_application_idx on audit_entry (application_id, at desc, id desc);
create index audit_entry_at_idx on audit_entry (at desc, id desc);
create index audit_entry_actor_idx on audit_entry (actor_id);

-- Append-only, whoever connects: a line once written is never changed nor removed.
create function audit_entry_append_only() returns trigger
language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
    for each row execute function audit_entry_append_only();

create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
