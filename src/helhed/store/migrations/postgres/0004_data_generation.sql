-- SPDX-License-Identifier: Apache-2.0
-- Schema version 4 for PostgreSQL: the data generation. One row whose value
-- is replaced by a new random number in the transaction of every write of
-- measurements, org units, § 61 a list results, local entries and approvals
-- (Store::DataGeneration). A web server keeps pages rendered from those data
-- while the generation it reads is the one it rendered under; a random value
-- (not a counter) so that a restored or diverging database never repeats a
-- generation whose data differ.

CREATE TABLE data_generation (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  generation BIGINT NOT NULL
);
INSERT INTO data_generation (id, generation) VALUES (1, floor(random() * 4611686018427387904)::bigint);
