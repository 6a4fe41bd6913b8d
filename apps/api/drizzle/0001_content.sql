CREATE TABLE "adoptions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"solution_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"mode" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"started_at" timestamp with time zone,
	"produced_solution_id" uuid,
	"recorded_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"context" text,
	"went_well" text,
	"did_not_go_well" text,
	"do_differently" text,
	"body" text,
	"outcomes" text,
	"description" text,
	"how_to_adopt" text,
	"maturity" text,
	"derived_from_id" uuid,
	"themes" text[] DEFAULT '{}' NOT NULL,
	"care_settings" text[] DEFAULT '{}' NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"journey_stage" text,
	"author_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"assignee_id" uuid,
	"published_at" timestamp with time zone,
	"decision_note" text,
	"duplicate_of_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
            setweight(to_tsvector('english', coalesce(summary, '')), 'B') ||
            setweight(to_tsvector('english', coalesce(context, '') || ' ' || coalesce(went_well, '') || ' ' ||
              coalesce(did_not_go_well, '') || ' ' || coalesce(do_differently, '') || ' ' || coalesce(body, '') || ' ' ||
              coalesce(outcomes, '') || ' ' || coalesce(description, '') || ' ' || coalesce(how_to_adopt, '')), 'C')) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_relations" (
	"from_id" uuid NOT NULL,
	"to_id" uuid NOT NULL,
	CONSTRAINT "content_relations_from_id_to_id_pk" PRIMARY KEY("from_id","to_id")
);
--> statement-breakpoint
CREATE TABLE "content_sites" (
	"item_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "content_sites_item_id_site_id_pk" PRIMARY KEY("item_id","site_id")
);
--> statement-breakpoint
CREATE TABLE "themes" (
	"slug" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"retired_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"principal" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status_code" integer,
	"headers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"body" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_principal_key_pk" PRIMARY KEY("principal","key")
);
--> statement-breakpoint
CREATE TABLE "event_outputs" (
	"event_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	CONSTRAINT "event_outputs_event_id_item_id_pk" PRIMARY KEY("event_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"network_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"location" text,
	"online_url" text,
	"description" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_content" (
	"network_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	CONSTRAINT "network_content_network_id_item_id_pk" PRIMARY KEY("network_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "network_coordinators" (
	"network_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "network_coordinators_network_id_user_id_pk" PRIMARY KEY("network_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "network_sites" (
	"network_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"role" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "network_sites_network_id_site_id_pk" PRIMARY KEY("network_id","site_id")
);
--> statement-breakpoint
CREATE TABLE "networks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"purpose" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'forming' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "adoptions" ADD CONSTRAINT "adoptions_solution_id_content_items_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."content_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoptions" ADD CONSTRAINT "adoptions_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoptions" ADD CONSTRAINT "adoptions_produced_solution_id_content_items_id_fk" FOREIGN KEY ("produced_solution_id") REFERENCES "public"."content_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoptions" ADD CONSTRAINT "adoptions_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_items" ADD CONSTRAINT "content_items_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_items" ADD CONSTRAINT "content_items_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_relations" ADD CONSTRAINT "content_relations_from_id_content_items_id_fk" FOREIGN KEY ("from_id") REFERENCES "public"."content_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_relations" ADD CONSTRAINT "content_relations_to_id_content_items_id_fk" FOREIGN KEY ("to_id") REFERENCES "public"."content_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_sites" ADD CONSTRAINT "content_sites_item_id_content_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."content_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_sites" ADD CONSTRAINT "content_sites_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_outputs" ADD CONSTRAINT "event_outputs_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_outputs" ADD CONSTRAINT "event_outputs_item_id_content_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."content_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_content" ADD CONSTRAINT "network_content_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_content" ADD CONSTRAINT "network_content_item_id_content_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."content_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_coordinators" ADD CONSTRAINT "network_coordinators_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_coordinators" ADD CONSTRAINT "network_coordinators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_sites" ADD CONSTRAINT "network_sites_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_sites" ADD CONSTRAINT "network_sites_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "adoptions_solution_idx" ON "adoptions" USING btree ("solution_id","id");--> statement-breakpoint
CREATE INDEX "adoptions_site_idx" ON "adoptions" USING btree ("site_id","id");--> statement-breakpoint
CREATE INDEX "content_items_type_id_idx" ON "content_items" USING btree ("type","id");--> statement-breakpoint
CREATE INDEX "content_items_type_status_idx" ON "content_items" USING btree ("type","status","id");--> statement-breakpoint
CREATE INDEX "content_items_type_stage_idx" ON "content_items" USING btree ("type","journey_stage","id");--> statement-breakpoint
CREATE INDEX "content_items_type_updated_idx" ON "content_items" USING btree ("type","updated_at","id");--> statement-breakpoint
CREATE INDEX "content_items_type_maturity_idx" ON "content_items" USING btree ("type","maturity","id");--> statement-breakpoint
CREATE INDEX "content_items_derived_from_idx" ON "content_items" USING btree ("derived_from_id");--> statement-breakpoint
CREATE INDEX "content_items_themes_idx" ON "content_items" USING gin ("themes");--> statement-breakpoint
CREATE INDEX "content_items_care_settings_idx" ON "content_items" USING gin ("care_settings");--> statement-breakpoint
CREATE INDEX "content_items_tags_idx" ON "content_items" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "content_items_search_idx" ON "content_items" USING gin ("search");--> statement-breakpoint
CREATE INDEX "content_relations_to_idx" ON "content_relations" USING btree ("to_id");--> statement-breakpoint
CREATE INDEX "content_sites_site_idx" ON "content_sites" USING btree ("site_id","item_id");--> statement-breakpoint
CREATE INDEX "event_outputs_item_idx" ON "event_outputs" USING btree ("item_id","event_id");--> statement-breakpoint
CREATE INDEX "events_network_idx" ON "events" USING btree ("network_id","starts_at","id");--> statement-breakpoint
CREATE INDEX "events_starts_idx" ON "events" USING btree ("starts_at","id");--> statement-breakpoint
CREATE INDEX "events_kind_idx" ON "events" USING btree ("kind","starts_at","id");--> statement-breakpoint
CREATE INDEX "network_content_item_idx" ON "network_content" USING btree ("item_id","network_id");--> statement-breakpoint
CREATE INDEX "network_coordinators_user_idx" ON "network_coordinators" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "network_sites_site_idx" ON "network_sites" USING btree ("site_id","network_id");--> statement-breakpoint
CREATE UNIQUE INDEX "networks_slug_key" ON "networks" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "networks_name_idx" ON "networks" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "networks_status_idx" ON "networks" USING btree ("status","name","id");