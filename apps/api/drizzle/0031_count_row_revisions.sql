-- Every write of a content item counts, whoever makes it: the API bumps `version` for If-Match, but an
-- import or a fix in the database may change a row without it. The item's ETag is made from this count
-- (and what the item shows from other tables), so it moves on with any change to the row, and a
-- backup restored with pg_restore keeps it (a system column such as xmin would not).
ALTER TABLE "content_items" ADD COLUMN "row_revision" integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
CREATE FUNCTION "content_items_count_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.row_revision := OLD.row_revision + 1;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "content_items_count_revision" BEFORE UPDATE ON "content_items"
  FOR EACH ROW EXECUTE FUNCTION "content_items_count_revision"();
