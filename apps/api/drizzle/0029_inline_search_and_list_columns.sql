-- Keep the search vector and the columns every list row and list filter reads inside the row,
-- and let only the long Markdown fields move out to TOAST. Before this, a 4 KB lesson's search
-- vector (about 3 KB) lived in TOAST, so ranking 1,000 matches of a word read and decompressed
-- 1,000 TOAST values (13 ms at 100,000 lessons; 2.3 ms inline). With the vector inline the row is
-- wider than the 2 KB at which PostgreSQL starts moving values out, so the short columns a list
-- reads (title, summary, themes, care settings, tags, regions) are pinned inline too: otherwise
-- each would become a TOAST lookup of its own (5.8 buffers per row checked by a filter, not 1).
-- `main` is still compressed inline when needed; a value moves out only if the row cannot fit a page.
-- Rows already stored keep their layout until rewritten (`VACUUM FULL content_items`, or any update).
ALTER TABLE "content_items"
  ALTER COLUMN "search" SET STORAGE MAIN,
  ALTER COLUMN "title" SET STORAGE MAIN,
  ALTER COLUMN "summary" SET STORAGE MAIN,
  ALTER COLUMN "themes" SET STORAGE MAIN,
  ALTER COLUMN "care_settings" SET STORAGE MAIN,
  ALTER COLUMN "tags" SET STORAGE MAIN,
  ALTER COLUMN "regions" SET STORAGE MAIN;
