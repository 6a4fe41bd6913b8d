ALTER TABLE "networks" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(name, '')), 'A') ||
            setweight(to_tsvector('english', coalesce(purpose, '')), 'B') ||
            setweight(to_tsvector('english', coalesce(description, '')), 'C')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "networks_fulltext_idx" ON "networks" USING gin ("search");