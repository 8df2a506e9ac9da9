// Browser tests of the demo page against a real `notecoder serve --dev`, as a new user would try it:
// type "Osteoarthritis of the knee", see an M17 code with a laterality prompt, click "right", see M17.11;
// a dismissed prompt stays gone; a CDI query sent from a second page reaches the physician; no console errors.
// Run: clients/web/e2e/run.sh (installs chromium and playwright-core if missing).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openPage, uniqueDoc } from './harness.js';

let server;
let browser;
const pages = [];

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
}, { timeout: 600000 });

after(async () => {
  if (browser) await browser.close();
  if (server) await server.stop();
});

async function physicianPage(doc, extra = '') {
  const page = await openPage(browser.context, `${server.base}/?doc=${encodeURIComponent(doc)}${extra}`);
  pages.push(page);
  await page.locator('#status[data-status="open"]').waitFor();
  return page;
}

// typeNote types like a person (one input event per key) and waits until the server acknowledged the last edit.
async function typeNote(page, text) {
  await page.locator('#note').click();
  await page.keyboard.type(text);
  await synced(page);
}

function synced(page) {
  return page.evaluate(() => window.notecoder.doc.synced().then(() => window.notecoder.doc.version));
}

// noProblems asserts the page logged no console error and threw nothing. expected lists messages a test provoked on
// purpose (Chromium logs every 4xx response as a console error, e.g. the 422 of a refused query).
function noProblems(page, expected = []) {
  const left = [...page.problems];
  for (const re of expected) {
    const i = left.findIndex((p) => re.test(p));
    assert.ok(i >= 0, `expected a console message matching ${re}`);
    left.splice(i, 1);
  }
  assert.deepEqual(left, [], 'no console errors or page errors');
}

test('a typed note shows an M17 code with a laterality prompt, and "right" makes it M17.11', async () => {
  const page = await physicianPage(uniqueDoc('oa'));
  await typeNote(page, 'Osteoarthritis of the knee');
  await page.locator('#codes [data-code^="M17"]').first().waitFor();
  const prompt = page.locator('#prompts [data-prompt-kind="laterality"]');
  await prompt.waitFor();
  // Every displayed code carries data-code; the evidence is highlighted in the note's mirror.
  const codes = await page.locator('#codes [data-code]').evaluateAll((els) => els.map((e) => e.dataset.code));
  assert.ok(codes.some((c) => /^M17(\.|$)/.test(c)), `codes ${codes}`);
  assert.ok((await page.locator('#backdrop mark').count()) > 0, 'evidence is highlighted');
  assert.ok(await page.locator('#latency').textContent().then((t) => /ms/.test(t)), 'latency readout');

  await prompt.getByRole('button', { name: 'right', exact: true }).click();
  await page.locator('#codes [data-code="M17.11"]').waitFor();
  await synced(page);
  const text = await page.locator('#note').inputValue();
  assert.match(text, /right/i, 'the answer was written into the note');
  assert.equal(await page.locator('#prompts [data-prompt-kind="laterality"]').count(), 0, 'the laterality prompt is answered');
  const after = await page.locator('#codes [data-code]').evaluateAll((els) => els.map((e) => e.dataset.code));
  assert.ok(!after.includes('M17.9'), `the unspecified code is gone: ${after}`);
  noProblems(page);
});

test('a dismissed prompt stays gone while the note is edited', async () => {
  const doc = uniqueDoc('dismiss');
  const page = await physicianPage(doc);
  await typeNote(page, 'Osteoarthritis of the knee');
  const prompt = page.locator('#prompts [data-prompt-kind="laterality"]');
  await prompt.waitFor();
  await prompt.getByRole('button', { name: /^Dismiss/ }).click();
  await prompt.waitFor({ state: 'detached' });
  // Keep typing (each keystroke re-codes the note) and switch the setting (a re-open): the prompt never returns.
  await page.keyboard.type('. Pain worse with stairs. Continue NSAID.');
  await synced(page);
  await page.locator('label[for="setting-inpatient"]').click();
  await page.waitForFunction(() => window.notecoder.doc.context.setting === 'inpatient');
  await synced(page);
  assert.equal(await page.locator('#prompts [data-prompt-kind="laterality"]').count(), 0);
  await page.locator('#codes [data-code^="M17"]').first().waitFor();
  noProblems(page);
});

test('the inpatient/outpatient switch re-codes an uncertain diagnosis', async () => {
  const page = await physicianPage(uniqueDoc('setting'));
  await typeNote(page, 'ASSESSMENT:\nProbable pneumonia.');
  const outpatient = await page.locator('#codes [data-code^="J18"]').count();
  assert.equal(outpatient, 0, 'outpatient: an uncertain diagnosis is not coded as established');
  await page.locator('label[for="setting-inpatient"]').click();
  await page.locator('#codes [data-code^="J18"]').first().waitFor();
  await page.locator('label[for="setting-outpatient"]').click();
  await page.locator('#codes [data-code^="J18"]').first().waitFor({ state: 'detached' });
  noProblems(page);
});

test('a CDI query sent from a second page reaches the physician, who answers it in one click', async () => {
  const doc = uniqueDoc('query');
  const md = await physicianPage(doc);
  await typeNote(md, 'Osteoarthritis of the knee');
  await md.locator('#prompts [data-prompt-kind="laterality"]').waitFor();

  const cdi = await openPage(browser.context, `${server.base}/?view=cdi&doc=${encodeURIComponent(doc)}`);
  pages.push(cdi);
  await cdi.locator('#cdi').waitFor();
  assert.equal(await cdi.locator('#note').isVisible(), false, 'the CDI workspace has no editor');

  // The worklist (pushed to the subscribed CDI socket) lists the note's gap; "Draft query" prefills the form.
  // (The worklist is pushed as the note is re-coded: a row may first show a gap of a keystroke before
  // "knee" was typed, the site of "Osteoarthritis of the", until the next push replaces it.)
  const work = cdi.locator(`#worklist [data-doc="${doc}"]`);
  const gap = work.locator('[data-worklist-kind="laterality"]');
  await gap.waitFor();
  // and the superseded gap leaves the worklist: the row lists what the note asks now.
  let listed = 0;
  for (let i = 0; i < 100; i++) {
    listed = await work.locator('[data-worklist-kind]').count();
    if (listed === 1) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.equal(listed, 1, 'the worklist row lists only the current gap');
  await gap.getByRole('button', { name: /Draft a query/ }).click();
  assert.equal(await cdi.locator('#q-doc').inputValue(), doc);
  // The worklist names the prompt by its own id (the server's prompt key, not the socket's "p-…" id).
  assert.notEqual(await cdi.locator('#q-prompt').inputValue(), '');
  const rows = cdi.locator('#q-options .option-row');
  const drafted = await rows.locator('.opt-code').evaluateAll((els) => els.map((e) => e.value));
  assert.ok(drafted.includes('M17.11') && drafted.includes('M17.12'), `drafted options ${drafted}`);
  assert.ok(!/DRG|payment|reimbursement/i.test(await cdi.locator('#q-question').inputValue()), 'the drafted question is non-leading');

  // A leading query (money words) is refused with the lint findings.
  await cdi.locator('#q-question').fill('Please document laterality to capture a higher DRG payment.');
  await cdi.locator('#q-send').click();
  await cdi.locator('#q-result .error .findings li').first().waitFor();
  assert.equal(await md.locator('#queries .query-item').count(), 0, 'a refused query reaches no one');

  // A compliant one goes through and reaches the physician's page at once.
  await cdi.locator('#q-question').fill('Please clarify the laterality of the osteoarthritis of the knee documented in the note.');
  await cdi.locator('#q-send').click();
  await cdi.locator('#q-result .ok').waitFor();
  const item = md.locator('#queries .query-item');
  await item.waitFor();
  assert.match(await item.textContent(), /laterality of the osteoarthritis/);
  const labels = await item.locator('.query-options button').allTextContents();
  assert.ok(labels.includes('Other (please specify)') && labels.includes('Clinically undetermined'), `options ${labels}`);

  await item.getByRole('button', { name: 'right', exact: true }).click();
  await md.locator('#queries .query-item .query-status').waitFor();
  await md.locator('#codes [data-code="M17.11"]').waitFor();
  noProblems(md);
  noProblems(cdi, [/status of 422/]);
});

test('pages work with the keyboard alone', async () => {
  const page = await physicianPage(uniqueDoc('kbd'));
  await typeNote(page, 'Osteoarthritis of the knee');
  const prompt = page.locator('#prompts [data-prompt-kind="laterality"]');
  await prompt.waitFor();
  const left = prompt.locator('[data-option-code="M17.12"]');
  await left.focus();
  await page.keyboard.press('Enter');
  await page.locator('#codes [data-code="M17.12"]').waitFor();
  // The caret is back in the note, after the inserted word.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'note');
  noProblems(page);
});
