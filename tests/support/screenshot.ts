/**
 * `npm run screenshot`: renders the built app in Chromium on a November school day and saves
 * docs/screenshot-month.png for the README.
 */
import { launchChromium, serveBuiltApp } from '../browser/support/chromium';

const browser = await launchChromium();
const app = await serveBuiltApp();
try {
  const context = await browser.newContext({
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
    viewport: { width: 1100, height: 900 },
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-11-10T09:00:00+02:00'));
  await page.goto(app.url);
  await page.getByLabel('Luokka').selectOption('g-2026-3a');
  await page.getByText('Teematunti: hyvinvointi ja terveys').first().waitFor();
  const region = page.getByRole('region', { name: /Tehtävät:/ });
  await region.getByRole('checkbox').nth(1).click();
  await page.getByText(/^Tehty 10\.11\.2026/).waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'docs/screenshot-month.png' });
  console.log('wrote docs/screenshot-month.png');
} finally {
  await browser.close();
  await app.close();
}
