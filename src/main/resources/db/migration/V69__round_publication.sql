-- Publishing a round: once its committee has decided, staff publish it (decision letters mailed, laureates
-- created). A round is published once: who published it and when are kept on the round.

alter table selection_round
    add column published_at timestamptz,
    add column published_by bigint references account (id),
    add constraint selection_round_published_together check ((published_at is null) = (published_by is null));

-- The journal keeps one line per application of a published round.
alter table audit_entry drop constraint audit_entry_action_known;
alter table audit_entry add constraint audit_entry_action_known check (action in ('STATUS_CHANGE', 'ROUND_JOINED',
    'ELIGIBILITY', 'ASSIGNMENT', 'UNASSIGNMENT', 'CONFLICT_DECLARATION', 'SCORE', 'OPINION', 'MESSAGE', 'NOTE',
    'DOCUMENT_DOWNLOAD', 'PDF_DOWNLOAD', 'TRANCHE_PAID', 'PUBLICATION'));
