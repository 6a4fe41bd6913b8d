-- Fill the regions of items written before content_items.regions existed.
UPDATE "content_items" SET "regions" = coalesce((
  SELECT array_agg(DISTINCT "site"."region" ORDER BY "site"."region")
    FROM "content_sites" "item_site" JOIN "sites" "site" ON "site"."id" = "item_site"."site_id"
    WHERE "item_site"."item_id" = "content_items"."id"
), '{}');
