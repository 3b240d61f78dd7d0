-- An application is now written through its JPA aggregate: its version tells a page rendered from an older
-- state (another tab saved a step since) from a current one, and lets two writers never overwrite each
-- other silently.

alter table grant_application add column version bigint not null default 0;
