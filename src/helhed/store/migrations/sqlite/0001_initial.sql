-- SPDX-License-Identifier: Apache-2.0
-- Schema version 1 for SQLite: plans with revisions and approvals,
-- measurements, org units, users, memberships, sessions, audit log.
-- Times are ISO 8601 UTC text ("2026-11-23T20:41:54Z"); dates are ISO text.

CREATE TABLE plans (
  id            INTEGER PRIMARY KEY,
  name          TEXT    NOT NULL,
  grant_frame   TEXT    NOT NULL,
  head_revision INTEGER NOT NULL,
  created_at    TEXT    NOT NULL,
  updated_at    TEXT    NOT NULL
);

CREATE TABLE revisions (
  plan_id         INTEGER NOT NULL REFERENCES plans (id),
  revision        INTEGER NOT NULL,
  parent_revision INTEGER,
  author          TEXT    NOT NULL,
  created_at      TEXT    NOT NULL,
  message         TEXT    NOT NULL,
  plan_json       TEXT    NOT NULL,
  PRIMARY KEY (plan_id, revision),
  FOREIGN KEY (plan_id, parent_revision) REFERENCES revisions (plan_id, revision)
);
CREATE INDEX revisions_by_time ON revisions (plan_id, created_at);

CREATE TABLE revision_changes (
  plan_id                  INTEGER NOT NULL,
  revision                 INTEGER NOT NULL,
  seq                      INTEGER NOT NULL,
  part                     TEXT    NOT NULL,
  focus_area               TEXT    NOT NULL,
  approver                 TEXT    NOT NULL CHECK (approver IN ('board', 'lbf')),
  lbf_notified             INTEGER NOT NULL,
  requires_board_consensus INTEGER NOT NULL,
  PRIMARY KEY (plan_id, revision, seq),
  FOREIGN KEY (plan_id, revision) REFERENCES revisions (plan_id, revision)
);

CREATE TABLE approvals (
  id            INTEGER PRIMARY KEY,
  plan_id       INTEGER NOT NULL,
  revision      INTEGER NOT NULL,
  approver      TEXT    NOT NULL CHECK (approver IN ('board', 'lbf')),
  decision_date TEXT    NOT NULL,
  reference     TEXT    NOT NULL,
  recorded_by   TEXT    NOT NULL,
  recorded_at   TEXT    NOT NULL,
  FOREIGN KEY (plan_id, revision) REFERENCES revisions (plan_id, revision)
);
CREATE INDEX approvals_by_plan ON approvals (plan_id, revision);

CREATE TABLE org_units (
  id     TEXT PRIMARY KEY,
  name   TEXT NOT NULL,
  level  TEXT NOT NULL CHECK (level IN ('boligorganisation', 'afdeling', 'boligomraade', 'zone', 'plan',
                                        'kommune', 'region', 'land')),
  parent TEXT REFERENCES org_units (id)
);
CREATE INDEX org_units_by_parent ON org_units (parent);

CREATE TABLE measurements (
  indicator      TEXT NOT NULL,
  org_unit       TEXT NOT NULL REFERENCES org_units (id),
  period         TEXT NOT NULL,
  numerator      REAL,
  denominator    REAL,
  value          REAL,
  ci_low         REAL,
  ci_high        REAL,
  status         TEXT NOT NULL,
  source         TEXT NOT NULL,
  input_checksum TEXT NOT NULL,
  engine_version TEXT NOT NULL,
  parameters     TEXT NOT NULL,
  PRIMARY KEY (indicator, org_unit, period)
);
CREATE INDEX measurements_by_unit ON measurements (org_unit, indicator, period);

CREATE TABLE users (
  login         TEXT PRIMARY KEY,
  display_name  TEXT NOT NULL,
  password_hash TEXT NOT NULL
);

CREATE TABLE memberships (
  plan_id INTEGER NOT NULL REFERENCES plans (id),
  login   TEXT    NOT NULL REFERENCES users (login),
  role    TEXT    NOT NULL CHECK (role IN ('admin', 'sekretariat', 'bestyrelse', 'partner', 'lbf')),
  PRIMARY KEY (plan_id, login)
);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  login      TEXT NOT NULL REFERENCES users (login),
  expires_at TEXT NOT NULL
);

CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  time       TEXT NOT NULL,
  user_login TEXT NOT NULL,
  action     TEXT NOT NULL,
  object     TEXT NOT NULL,
  detail     TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
