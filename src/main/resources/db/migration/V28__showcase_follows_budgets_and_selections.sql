-- The home page shows the programme year's budget and, before any report is approved, when the first
-- laureate reports are due (from the selected applications' start dates). Its kept answers live under
-- the showcase version (V9): changing a budget, selecting an application or moving a selected one's
-- dates now changes that version too. Other changes to applications (autosave) leave it alone.

create trigger programme_year_showcase_changed after insert or update or delete on programme_year
    for each statement execute function showcase_changed();

create trigger grant_application_selection_showcase_changed after update on grant_application
    for each row
    when ((old.status = 'SELECTED' or new.status = 'SELECTED')
          and (old.status is distinct from new.status
               or old.start_date is distinct from new.start_date
               or old.duration_months is distinct from new.duration_months
               or old.call_id is distinct from new.call_id))
    execute function showcase_changed();

create trigger grant_application_deleted_showcase_changed after delete on grant_application
    for each row when (old.status = 'SELECTED')
    execute function showcase_changed();

create trigger call_reports_showcase_changed after update of interim_report_months, final_report_due
    on call_for_projects
    for each statement execute function showcase_changed();
