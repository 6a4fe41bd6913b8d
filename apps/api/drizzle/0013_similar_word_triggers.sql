-- Keeps content_words (in how many items each word appears) and content_corpus (how many items)
-- exact on every write path: the API, the demo seed and bulk SQL alike. Statement-level triggers
-- read the statement's transition tables, so a bulk insert counts its words in one pass.
CREATE FUNCTION count_content_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Each branch is one upsert sorted by word: writers that share words lock them in the same order,
  -- so they queue instead of deadlocking; and writers that add or remove items take the item count
  -- first, so they queue there before holding any word. Words that drop to zero stay, harmless.
  IF TG_OP = 'INSERT' THEN
    UPDATE content_corpus SET items = items + (SELECT count(*) FROM added);
    INSERT INTO content_words (word, items)
      SELECT word, count(*) FROM added, unnest(tsvector_to_array(added.search)) word GROUP BY word ORDER BY word
      ON CONFLICT (word) DO UPDATE SET items = content_words.items + excluded.items;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE content_corpus SET items = items - (SELECT count(*) FROM removed);
    INSERT INTO content_words (word, items)
      SELECT word, -count(*) FROM removed, unnest(tsvector_to_array(removed.search)) word GROUP BY word ORDER BY word
      ON CONFLICT (word) DO UPDATE SET items = content_words.items + excluded.items;
  ELSIF TG_OP = 'UPDATE' THEN
    -- Only rows whose text changed: a workflow transition rewrites the row but not its words.
    INSERT INTO content_words (word, items)
      SELECT word, sum(change) FROM (
        SELECT word, 1 AS change FROM new_versions JOIN old_versions ON old_versions.id = new_versions.id, unnest(tsvector_to_array(new_versions.search)) word
          WHERE new_versions.search <> old_versions.search
        UNION ALL
        SELECT word, -1 FROM new_versions JOIN old_versions ON old_versions.id = new_versions.id, unnest(tsvector_to_array(old_versions.search)) word
          WHERE new_versions.search <> old_versions.search
      ) changes
      GROUP BY word HAVING sum(change) <> 0 ORDER BY word
      ON CONFLICT (word) DO UPDATE SET items = content_words.items + excluded.items;
  ELSE
    UPDATE content_corpus SET items = 0;
    DELETE FROM content_words;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER content_words_insert AFTER INSERT ON content_items
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION count_content_words();
--> statement-breakpoint
CREATE TRIGGER content_words_update AFTER UPDATE ON content_items
  REFERENCING OLD TABLE AS old_versions NEW TABLE AS new_versions FOR EACH STATEMENT EXECUTE FUNCTION count_content_words();
--> statement-breakpoint
CREATE TRIGGER content_words_delete AFTER DELETE ON content_items
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION count_content_words();
--> statement-breakpoint
CREATE TRIGGER content_words_truncate AFTER TRUNCATE ON content_items
  FOR EACH STATEMENT EXECUTE FUNCTION count_content_words();
--> statement-breakpoint
-- The counts of what is already there.
INSERT INTO content_corpus (items) SELECT count(*) FROM content_items;
--> statement-breakpoint
INSERT INTO content_words (word, items)
  SELECT word, count(*) FROM content_items, unnest(tsvector_to_array(content_items.search)) word GROUP BY word;
