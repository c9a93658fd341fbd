-- SPDX-License-Identifier: Apache-2.0
-- Schema version 3 for PostgreSQL: local data entry. A plan's locally measured
-- indicator is assigned to a partner user (indicator_assignments); each value
-- a partner enters is kept as a numbered version (local_entries), never
-- overwritten, and the newest version is also the measurement the dashboards
-- read.

CREATE TABLE indicator_assignments (
  plan_id        BIGINT NOT NULL REFERENCES plans (id),
  indicator_key  TEXT NOT NULL,
  login          TEXT NOT NULL REFERENCES users (login),
  indicator_name TEXT NOT NULL,
  assigned_by    TEXT NOT NULL,
  assigned_at    TEXT NOT NULL,
  PRIMARY KEY (plan_id, indicator_key, login)
);
CREATE INDEX indicator_assignments_by_login ON indicator_assignments (login, plan_id);

CREATE TABLE local_entries (
  plan_id       BIGINT NOT NULL REFERENCES plans (id),
  indicator_key TEXT NOT NULL,
  org_unit      TEXT NOT NULL REFERENCES org_units (id),
  period        TEXT NOT NULL,
  version       INTEGER NOT NULL CHECK (version >= 1),
  unit_kind     TEXT NOT NULL,
  numerator     DOUBLE PRECISION,
  denominator   DOUBLE PRECISION,
  value         DOUBLE PRECISION,
  source        TEXT NOT NULL,
  note          TEXT NOT NULL,
  entered_by    TEXT NOT NULL,
  entered_at    TEXT NOT NULL,
  PRIMARY KEY (plan_id, indicator_key, org_unit, period, version)
);
