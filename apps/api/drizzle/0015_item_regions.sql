ALTER TABLE "content_items" ADD COLUMN "regions" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
CREATE INDEX "content_items_type_status_stage_idx" ON "content_items" USING btree ("type","status","journey_stage","id");--> statement-breakpoint
CREATE INDEX "content_items_themes_regions_idx" ON "content_items" USING gin ("themes","regions");