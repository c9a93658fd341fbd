// SPDX-License-Identifier: Apache-2.0
// Browser tests of `helhed serve --demo`: Playwright (playwright-core) drives
// Debian's chromium headless. Logs in as each role, edits a delmål and sees
// the check message, records a board decision, reads a follow-up dashboard
// from the demo's register data, enters a local value as the partner and sees
// it on the delmål's dashboard, and tries forbidden actions.
// Usage: node web.test.mjs <path to built helhed> <screenshot dir>
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const [helhed, shotDir] = process.argv.slice(2);
if (!helhed || !shotDir) {
  console.error('brug: node web.test.mjs <helhed> <mappe til skærmbilleder>');
  process.exit(2);
}
mkdirSync(shotDir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'helhed-browser-'));
const port = 20000 + Math.floor(Math.random() * 20000);
const base = `http://127.0.0.1:${port}`;

function startServer() {
  const server = spawn(helhed, ['serve', '--demo', '--db', `sqlite:${join(work, 'demo.db')}`,
                                '--listen', `127.0.0.1:${port}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('helhed kører')) resolve(server);
    });
    server.stderr.on('data', (chunk) => process.stderr.write(chunk));
    server.on('exit', (code) => reject(new Error(`helhed serve stoppede (status ${code}): ${out}`)));
  });
}

async function logIn(page, login) {
  await page.goto(`${base}/login`);
  await page.getByLabel('Brugernavn').fill(login);
  await page.getByLabel('Adgangskode').fill(`demo-${login}`);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForURL(`${base}/planer`);
}

const results = [];
async function step(name, fn) {
  try {
    await fn();
    results.push(`ok   ${name}`);
  } catch (error) {
    results.push(`FEJL ${name}: ${error.message}`);
  }
}

const server = await startServer();
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  // Playwright gives every launch a fresh, temporary --user-data-dir itself
  // (it refuses the flag in args).

});
try {
  for (const login of ['admin', 'sekretariat', 'bestyrelse', 'partner', 'lbf']) {
    await step(`${login} logger ind og ser porteføljen`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await logIn(page, login);
      await page.getByRole('link', { name: /Fredericia/ }).waitFor();
      await page.screenshot({ path: join(shotDir, `portefolje-${login}.png`), fullPage: true });
      await context.close();
    });
  }

  await step('sekretariatet redigerer et delmål og ser tjekkets besked', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 1366 } });  // tablet
    const page = await context.newPage();
    await logIn(page, 'sekretariat');
    await page.getByRole('link', { name: /Fredericia/ }).click();
    await page.getByRole('link', { name: 'Uddannelse og livschancer' }).click();
    await page.getByRole('link', { name: 'Redigér delmål 1' }).click();
    await page.getByLabel('Baseline: Indre Ringvej (nu 3,7 %)').fill('150');
    await page.getByRole('button', { name: 'Gem som ny revision' }).click();
    await page.getByText('Ændringen er gemt som en ny revision.').waitFor();
    const finding = page.locator('#delmaal-1 li.finding').first();
    await finding.waitFor();
    assert.match(await finding.innerText(), /150/);
    await page.screenshot({ path: join(shotDir, 'delmaal-gemt-med-tjek.png'), fullPage: true });
    await context.close();
  });

  await step('bestyrelsen registrerer sin beslutning', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, 'bestyrelse');
    await page.getByRole('link', { name: /Fredericia/ }).click();
    await page.getByRole('link', { name: 'Historik og godkendelser' }).click();
    await page.getByLabel('Dato for beslutningen').fill('2026-01-15');
    await page.getByLabel('Mødereference').fill('Bestyrelsesmøde 1/2026, pkt. 3');
    await page.getByRole('button', { name: 'Registrér' }).click();
    await page.getByText('Beslutningen er registreret.').waitFor();
    await page.getByText('Bestyrelsen godkendte 15.01.2026 (reference: Bestyrelsesmøde 1/2026, pkt. 3').waitFor();
    await page.screenshot({ path: join(shotDir, 'bestyrelsesbeslutning.png'), fullPage: true });
    await context.close();
  });

  await step('sekretariatet importerer en Word-fil og gemmer den som ny plan', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, 'sekretariat');
    await page.getByRole('link', { name: 'Importér plan fra Word eller tekst' }).click();
    await page.getByLabel('Fil').setInputFiles(fileURLToPath(new URL(
        '../golden/import/docx/vejle-2026-delaftale-kriminalitetsforebyggelse.docx', import.meta.url)));
    await page.getByRole('button', { name: 'Importér' }).click();
    await page.getByRole('heading', { name: 'Gennemse importeret plan' }).waitFor();
    await page.getByText('Vejle 2026-2029_En bydækkende indsats').first().waitFor();
    await page.getByRole('heading', { name: 'Importrapport' }).waitFor();
    await page.getByRole('heading', { name: 'Tjek af planen' }).waitFor();
    await page.screenshot({ path: join(shotDir, 'import-gennemse.png'), fullPage: true });
    await page.getByRole('button', { name: 'Gem som ny plan' }).click();
    await page.getByText('Planen er importeret og gemt som revision 1.').waitFor();
    await page.goto(`${base}/planer`);
    await page.getByRole('link', { name: 'Vejle 2026-2029_En bydækkende indsats' }).waitFor();
    await page.screenshot({ path: join(shotDir, 'import-gemt.png'), fullPage: true });
    await context.close();
  });

  await step('bestyrelsen læser opfølgningen på et mål', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await logIn(page, 'bestyrelse');
    await page.getByRole('link', { name: /Fredericia/ }).click();
    await page.getByRole('link', { name: /Opfølgning/ }).click();
    await page.getByRole('link', { name: /Mål 2: Flere bliver tilknyttet arbejdsmarkedet/ }).click();
    await page.getByRole('heading', { name: 'Mål 2: Flere bliver tilknyttet arbejdsmarkedet' }).waitFor();
    // The chart is an image with a name, and its numbers are a table under it.
    const chart = page.getByRole('img', { name: /Andel 15-29-årige/ }).first();
    await chart.waitFor();
    const table = page.getByRole('table', { name: /Tal bag diagrammet: Andel 15-29-årige/ }).first();
    const rows = await table.locator('tbody tr').count();
    assert.ok(rows >= 3 * 6, `forventede mindst 18 rækker (område, kommune, land × 6 år), fik ${rows}`);
    const text = await table.innerText();
    assert.match(text, /Fredericia Kommune/);
    assert.match(text, /Hele landet/);
    assert.match(text, /\d+,\d %/);  // Danish decimal comma
    // Suppressed cells say so and carry no number.
    for (const cell of await table.locator('td.diskretioneret').allInnerTexts()) {
      assert.equal(cell, 'Diskretioneret');
    }
    await page.getByRole('heading', { name: 'Fordelt på zoner' }).first().waitFor();
    await page.screenshot({ path: join(shotDir, 'opfoelgning-maal-2.png'), fullPage: true });
    await context.close();
  });

  await step('partneren indtaster et lokalt tal og ser det i opfølgningen', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await logIn(page, 'partner');
    await page.getByRole('link', { name: /Fredericia/ }).click();
    await page.getByRole('link', { name: /Lokale tal/ }).click();
    await page.getByRole('link', { name: /Antallet af ledige i målgrupperne/ }).first().click();
    // A validation error first: a negative count is refused next to its field.
    await page.getByLabel('Enhed').selectOption({ label: 'Zone 1 (zone)' });
    await page.getByLabel('År', { exact: true }).fill('2025');
    await page.getByLabel(/Værdi/).fill('-4');
    await page.getByLabel('Kilde', { exact: true }).fill('Fredericia Jobcenter, udtræk 2025-06-30');
    await page.getByRole('button', { name: 'Gem tallet' }).click();
    await page.locator('#vaerdi-fejl').getByText('Antallet kan ikke være under 0.').waitFor();
    await page.getByLabel(/Værdi/).fill('41');
    await page.getByRole('button', { name: 'Gem tallet' }).click();
    await page.getByText('Tallet er gemt som en måling med kilde').waitFor();
    await page.getByLabel('Enhed').selectOption({ label: 'De 41 boligafdelinger i Den Bydækkende Helhedsplan (boligområde)' });
    await page.getByLabel('År', { exact: true }).fill('2025');
    await page.getByLabel(/Værdi/).fill('112');
    await page.getByLabel('Kilde', { exact: true }).fill('Fredericia Jobcenter, udtræk 2025-06-30');
    await page.getByRole('button', { name: 'Gem tallet' }).click();
    await page.getByText('Tallet er gemt som en måling med kilde').waitFor();
    await page.screenshot({ path: join(shotDir, 'lokale-tal-indtastet.png'), fullPage: true });
    await page.getByRole('link', { name: 'Se opfølgningen' }).click();
    const source = page.getByText(/Kilde: Fredericia Jobcenter, udtræk 2025-06-30\. Lokal indtastning af partner/).first();
    await source.waitFor();
    const table = page.getByRole('table', { name: /Tal bag diagrammet: Antallet af ledige i målgrupperne/ }).first();
    assert.match(await table.innerText(), /112/);
    await page.screenshot({ path: join(shotDir, 'lokale-tal-opfoelgning.png'), fullPage: true });
    // An indicator that is not assigned to the partner is forbidden.
    const response = await page.goto(`${base}/planer/1/indtastning/d2m1i1`);
    assert.equal(response.status(), 403);
    await page.getByText(/er ikke tildelt dig/).waitFor();
    await page.screenshot({ path: join(shotDir, 'lokale-tal-afvist.png'), fullPage: true });
    await context.close();
  });

  await step('en partner må ikke redigere', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, 'partner');
    const response = await page.goto(`${base}/planer/1/delaftaler/1/delmaal/1`);
    assert.equal(response.status(), 403);
    await page.getByText('din rolle (Partner) må ikke redigere planen').waitFor();
    assert.equal(await page.getByRole('link', { name: 'Redigér delmål 1' }).count(), 0);
    await page.screenshot({ path: join(shotDir, 'partner-afvist.png'), fullPage: true });
    await context.close();
  });
} finally {
  await browser.close();
  server.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
console.log(results.join('\n'));
process.exit(results.every((line) => line.startsWith('ok')) ? 0 : 1);
