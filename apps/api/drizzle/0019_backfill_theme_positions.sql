-- Number the themes that existed before themes.position in the order they were listed then: by name.
UPDATE "themes" SET "position" = "numbered"."position"
  FROM (SELECT "slug", row_number() OVER (ORDER BY "name", "slug") AS "position" FROM "themes") "numbered"
  WHERE "themes"."slug" = "numbered"."slug";
