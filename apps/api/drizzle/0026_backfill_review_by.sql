-- The one row of review periods (24 months for every type until an admin changes them).
INSERT INTO "review_settings" ("only") VALUES (true) ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- Give every item published before review-by dates existed its date: published plus 24 months
-- (archived items too, so a restore brings back the date they had).
UPDATE "content_items" SET "review_by" = coalesce("published_at", "updated_at") + interval '24 months'
  WHERE "status" IN ('published', 'archived') AND "review_by" IS NULL;
