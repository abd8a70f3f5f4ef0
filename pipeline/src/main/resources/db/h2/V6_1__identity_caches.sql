-- Benchmarks (issue 6), embedded H2 only (Register adds this folder for H2): a return writes dozens
-- of findings in one transaction. H2 keeps 32 identity values in hand and, on running out, writes
-- its whole store out in the middle of the transaction (in profiles, a sixth of the register's time
-- per return). A larger cache only leaves gaps in the ids after a restart; findings are ordered by
-- id within their own return only. (On PostgreSQL a sequence cache is per session, and each call
-- opens one: the ids would jump by the cache size every return, so it is left alone there.)
ALTER TABLE finding ALTER COLUMN id SET CACHE 1000;
