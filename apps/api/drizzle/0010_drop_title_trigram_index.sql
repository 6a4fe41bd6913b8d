-- Similar items reads titles through the full-text index instead: ordering by trigram distance over
-- this GiST index took about 200 ms at 100,000 items, four times the whole request's budget.
DROP INDEX "content_items_title_trgm_idx";