-- SPDX-License-Identifier: Apache-2.0
-- Schema version 2 for SQLite: § 61 a list results per area and list year
-- as `helhed lists --store` computed them, with provenance; and the index
-- the web application's role check reads memberships by.

CREATE TABLE list_results (
  list_year      INTEGER NOT NULL,
  area_id        TEXT    NOT NULL,
  area_name      TEXT    NOT NULL,
  category       TEXT    NOT NULL,
  origin         TEXT    NOT NULL,
  result_json    TEXT    NOT NULL,
  stored_by      TEXT    NOT NULL,
  stored_at      TEXT    NOT NULL,
  input_checksum TEXT    NOT NULL,
  engine_version TEXT    NOT NULL,
  parameters     TEXT    NOT NULL,
  PRIMARY KEY (area_id, list_year)
);

CREATE INDEX memberships_by_login ON memberships (login, plan_id);
