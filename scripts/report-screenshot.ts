// A screenshot of a report page for the README: tsx scripts/report-screenshot.ts docs/report-sample.html docs/report-sample.png
// Debian Chromium (apt-get install chromium), driven headless by playwright-core; no browser download.
import path from 'node:path';
import { chromium } from 'playwright-core';

const [input = 'docs/report-sample.html', output = 'docs/report-sample.png'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
  await page.goto(`file://${path.resolve(input)}`);
  await page.screenshot({ path: output, fullPage: true });
  console.log(`screenshot written to ${output}`);
} finally {
  await browser.close();
}
