-- Whoever submits an application certifies that what it says is accurate and that they may submit it on
-- behalf of the organisation. The account is kept with the name it had when it attested (the name may
-- change later, the attestation does not), and the time. Each submission (after a return, too) replaces
-- the previous attestation. Applications submitted before the attestation existed have none.

alter table grant_application
    add column attested_by       bigint      references account (id) on delete set null,
    add column attested_by_name  text,
    add column attested_at       timestamptz,
    add constraint grant_application_attestation_whole
        check ((attested_at is null) = (attested_by_name is null)
               and (attested_by is null or attested_at is not null)
               and (attested_by_name is null or length(trim(attested_by_name)) > 0));
