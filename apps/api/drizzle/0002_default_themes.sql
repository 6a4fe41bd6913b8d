-- The curated starting list of themes (SPEC "taxonomy"); admins edit it through /v1/themes.
INSERT INTO "themes" ("slug", "name", "description") VALUES
  ('information-governance', 'Information governance', 'Data protection, DPIAs, data sharing agreements and the lawful basis for sharing.'),
  ('interoperability', 'Interoperability', 'Moving information between systems: standards, APIs, FHIR and shared records.'),
  ('clinical-safety', 'Clinical safety', 'DCB0129 and DCB0160, hazard logs and safety cases for digital change.'),
  ('digital-inclusion', 'Digital inclusion', 'Making sure people without skills, devices or connectivity are not left behind.'),
  ('workforce-and-training', 'Workforce and training', 'Skills, roles, training and the time staff need to adopt new ways of working.'),
  ('procurement', 'Procurement', 'Buying and contracting: frameworks, specifications and supplier management.'),
  ('technical-architecture', 'Technical architecture', 'Infrastructure, hosting, identity and the technical design of solutions.'),
  ('patient-and-public-engagement', 'Patient and public engagement', 'Involving patients, carers and the public in design and decisions.'),
  ('data-quality', 'Data quality', 'Accuracy, completeness and timeliness of the information that is shared.'),
  ('evaluation', 'Evaluation', 'Measuring benefits and outcomes, and learning from what happened.')
ON CONFLICT ("slug") DO NOTHING;
