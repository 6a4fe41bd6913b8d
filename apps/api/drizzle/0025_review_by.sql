CREATE TABLE "review_settings" (
	"only" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"lesson_months" integer DEFAULT 24 NOT NULL,
	"case_study_months" integer DEFAULT 24 NOT NULL,
	"solution_months" integer DEFAULT 24 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_settings_one_row" CHECK ("review_settings"."only"),
	CONSTRAINT "review_settings_months" CHECK ("review_settings"."lesson_months" between 1 and 120 and "review_settings"."case_study_months" between 1 and 120 and "review_settings"."solution_months" between 1 and 120)
);
--> statement-breakpoint
ALTER TABLE "content_items" ADD COLUMN "review_by" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "content_items" ADD COLUMN "review_due_notified_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "content_items_review_by_idx" ON "content_items" USING btree ("review_by","id") WHERE "content_items"."status" = 'published';--> statement-breakpoint
CREATE INDEX "content_items_type_review_by_idx" ON "content_items" USING btree ("type","review_by","id") WHERE "content_items"."status" = 'published';