-- The inbox sorted by amount with filters walked the amount index and read each application's row to test the
-- filters, thousands of rows for a page of 20 (0.6 s for status, theme, region and public together on 100 000
-- applications). With the filters' columns in the index, the page's ids are chosen from the index alone (an
-- index-only scan, see StaffApplicationQueries.page) and only the 20 rows found are read. Being narrower than
-- grant_application_inbox_idx, it also serves the counts per state of a filtered inbox.
drop index grant_application_inbox_amount_idx;
create index grant_application_inbox_amount_idx on grant_application (requested_amount, id)
    include (status, round_id, theme_code, awaiting_answer, region_codes, public_codes)
    where status <> 'DRAFT' and submitted_at is not null;
