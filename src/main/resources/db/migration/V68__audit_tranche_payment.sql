-- Paying a tranche of an award is a staff action on the application: the journal keeps it.
alter table audit_entry drop constraint audit_entry_action_known;
alter table audit_entry add constraint audit_entry_action_known check (action in ('STATUS_CHANGE', 'ROUND_JOINED',
    'ELIGIBILITY', 'ASSIGNMENT', 'UNASSIGNMENT', 'CONFLICT_DECLARATION', 'SCORE', 'OPINION', 'MESSAGE', 'NOTE',
    'DOCUMENT_DOWNLOAD', 'PDF_DOWNLOAD', 'TRANCHE_PAID'));
