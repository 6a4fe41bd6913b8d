CREATE TABLE "file_chunks" (
	"chunks_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"data" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "file_chunks_chunks_id_seq_pk" PRIMARY KEY("chunks_id","seq")
);
--> statement-breakpoint
CREATE TABLE "file_contents" (
	"sha256" text PRIMARY KEY NOT NULL,
	"chunks_id" uuid NOT NULL,
	"size" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "file_contents_chunks_id_unique" UNIQUE("chunks_id")
);
--> statement-breakpoint
CREATE INDEX "file_chunks_created_idx" ON "file_chunks" USING btree ("created_at");