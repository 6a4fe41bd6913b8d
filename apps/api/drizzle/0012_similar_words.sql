CREATE TABLE "content_corpus" (
	"only" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"items" integer NOT NULL,
	CONSTRAINT "content_corpus_one_row" CHECK ("content_corpus"."only")
);
--> statement-breakpoint
CREATE TABLE "content_words" (
	"word" text PRIMARY KEY NOT NULL,
	"items" integer NOT NULL
);
--> statement-breakpoint
DROP INDEX "content_items_title_trgm_idx";