-- PostgreSQL only. Rollup rows are updated in place on every append that counts in them, and no indexed column
-- changes: with room left on each page the updates are HOT (heap-only tuples, no index entries), and the pages'
-- dead versions are pruned without a vacuum.
ALTER TABLE usage_rollup SET (fillfactor = 70);
