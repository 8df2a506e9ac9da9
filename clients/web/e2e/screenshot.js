// Regenerates docs/demo.png: the demo page against a real `notecoder serve --dev`, a short note typed key by key and
// the knee's laterality answered in one click. Run: node clients/web/e2e/screenshot.js [out.png]
import path from 'node:path';
import { startServer, launchBrowser, openPage } from './harness.js';
import { repoRoot } from '../../js/test/realserver.js';

const out = process.argv[2] || path.join(repoRoot, 'docs/demo.png');
const note =
  'HPI: 67 y/o woman, follow-up after admission for heart failure.\n\nASSESSMENT:\n1. Osteoarthritis of the knee.\n' +
  '2. CHF exacerbation.\n3. Type 2 diabetes, A1c 10.2.\n\nPLAN: Physical therapy referral. Increase furosemide.';

const server = await startServer();
const browser = await launchBrowser();
try {
  const page = await openPage(browser.context, `${server.base}/?doc=demo/enc-1`);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.locator('#status[data-status="open"]').waitFor();
  await page.locator('#note').click();
  await page.keyboard.type(note, { delay: 5 });
  await page.evaluate(() => window.notecoder.doc.synced());
  await page.locator('#prompts [data-prompt-kind="laterality"] [data-option-code="M17.11"]').click();
  await page.locator('#codes [data-code="M17.11"]').waitFor();
  await page.evaluate(() => window.notecoder.doc.synced());
  await page.mouse.move(5, 790);
  await page.screenshot({ path: out });
  if (page.problems.length) throw new Error(page.problems.join('\n'));
  console.log(out);
} finally {
  await browser.close();
  await server.stop();
}
