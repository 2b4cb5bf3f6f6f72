// Takes full-page and viewport screenshots of the built site for a human to look at:
//   npm run build && npx astro preview & node scripts/screenshots.mjs [url] [outdir]
import { chromium } from '@playwright/test';

const url = process.argv[2] ?? 'http://127.0.0.1:4321/';
const out = process.argv[3] ?? 'test-results/screens';
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const hashes = (process.env.STEPS ?? '').split(',').filter(Boolean);
for (const [name, viewport, mobile] of [['phone', { width: 390, height: 844 }, true], ['desktop', { width: 1440, height: 900 }, false]]) {
  for (const scheme of (process.env.SCHEMES ?? 'light').split(',')) {
    const context = await browser.newContext({ viewport, isMobile: mobile, hasTouch: mobile, colorScheme: scheme, javaScriptEnabled: process.env.NOJS ? false : true });
    const page = await context.newPage();
    page.on('console', (message) => message.type() === 'error' && console.log(`[${name}] console error: ${message.text()}`));
    for (const hash of ['', ...hashes]) {
      await page.goto(url + (hash ? `#${hash}` : ''));
      await page.waitForTimeout(1200);
      const file = `${out}/${name}-${scheme}${hash ? `-${hash}` : ''}.png`;
      await page.screenshot({ path: file, fullPage: !hash && !!process.env.FULL });
      console.log(file);
    }
    await context.close();
  }
}
await browser.close();
