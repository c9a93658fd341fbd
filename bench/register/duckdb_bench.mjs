// SPDX-License-Identifier: Apache-2.0
// DuckDB peer: SQL over the register CSV computing every indicator's
// counters per year and afdeling, kommune, region and land (GROUPING SETS).
import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';

const [csv, selectFile] = process.argv.slice(2);
const select = readFileSync(selectFile, 'utf8');
const instance = await DuckDBInstance.create(':memory:');
const conn = await instance.connect();
const sql = `
  SELECT year, afdeling, kommune, region, ${select}
  FROM read_csv('${csv}', header = true, nullstr = '', types = {'afdeling': 'VARCHAR', 'kommune': 'VARCHAR'})
  GROUP BY GROUPING SETS ((year, afdeling, kommune, region), (year, kommune), (year, region), (year))`;
const reader = await conn.runAndReadAll(sql);
console.log(`duckdb rows: ${reader.getRows().length}`);
