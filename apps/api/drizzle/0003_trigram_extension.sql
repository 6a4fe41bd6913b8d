-- Trigram indexes serve the `q` filters (substring matches) of sites, users and networks.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
