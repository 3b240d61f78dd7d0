-- The staff inbox's search looks for the words in the organisations' names, accents and case ignored
-- (OrganisationRepository.idsNamedLike): without an index every name was folded on every search (a sequential
-- scan of the organisations). A trigram index on the folded name answers "contains" from the index.
create index organisation_name_search_idx on organisation using gin (novapec_fold(name) gin_trgm_ops);
