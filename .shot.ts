import { launchChromium, serveBuiltApp } from './tests/browser/support/chromium';
const paths = (process.env.PATHS ?? '/').split(',');
const widths = (process.env.WIDTHS ?? '1280,360').split(',').map(Number);
const [browser, app] = await Promise.all([launchChromium(), serveBuiltApp()]);
for (const width of widths) {
  const context = await browser.newContext({ locale: 'fi-FI', timezoneId: 'Europe/Helsinki', viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-11-10T09:00:00+02:00'));
  await page.goto(app.url);
  await page.waitForTimeout(1500);
  for (const p of paths) {
    await page.evaluate((p) => { history.pushState(null, '', p); dispatchEvent(new PopStateEvent('popstate')); }, p);
    await page.waitForTimeout(1500);
    const name = `/tmp/shots/${p.replace(/\W+/g, '_') || 'root'}-${width}.png`;
    await page.screenshot({ path: name, fullPage: process.env.FULL === '1' });
    const sw = await page.evaluate(() => document.documentElement.scrollWidth);
    console.log(name, 'scrollWidth', sw);
  }
  await context.close();
}
await browser.close(); await app.close();
