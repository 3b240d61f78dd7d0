-- The home page and the page on how to apply tell the next submission cut-off of the Novapec call. Their
-- kept answers live under the showcase version (V9, V28): adding, moving or deleting a selection round
-- changes that version, so that a new round shows at once.

create trigger selection_round_showcase_changed after insert or update or delete on selection_round
    for each statement execute function showcase_changed();
