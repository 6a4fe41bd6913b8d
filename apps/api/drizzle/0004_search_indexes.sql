CREATE INDEX "adoptions_produced_idx" ON "adoptions" USING btree ("produced_solution_id");--> statement-breakpoint
CREATE INDEX "themes_name_idx" ON "themes" USING btree ("name","slug");--> statement-breakpoint
CREATE INDEX "users_search_idx" ON "users" USING gin ((email || ' ' || name) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "networks_search_idx" ON "networks" USING gin ((name || ' ' || purpose) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "sites_search_idx" ON "sites" USING gin ((name || ' ' || slug || ' ' || coalesce(ods_code, '')) gin_trgm_ops);