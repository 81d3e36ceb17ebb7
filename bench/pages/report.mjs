// bench/run.sh pages: reads Lighthouse's JSON for each public page (scores, and the bytes of a first visit with an
// empty cache), measures each page again as a second page (after the home page, the cache warm) with Chromium's own
// count of bytes on the wire, and prints one table with the targets of issue 15.
//   node bench/pages/report.mjs LIGHTHOUSE_DIR BASE_URL JSON_DIR RUNS PAGE...   (JSON_DIR/<page index>-<run>.json)
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [lighthouseDir, base, jsonDir, runs, ...pages] = process.argv.slice(2);
const puppeteer = createRequire(path.join(lighthouseDir, 'package.json'))('puppeteer-core');
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 95, firstKb: 100, secondKb: 15 };

/** Bytes Chromium received (headers and compressed bodies; nothing for what came from its cache) loading `page` after `before`. */
async function secondPageBytes(browser, before, page) {
  const context = await browser.createBrowserContext(); // its own empty cache
  const tab = await context.newPage();
  const cdp = await tab.createCDPSession();
  await cdp.send('Network.enable');
  let counting = false;
  let bytes = 0;
  cdp.on('Network.loadingFinished', e => { if (counting) bytes += e.encodedDataLength; });
  await tab.goto(base + before, { waitUntil: 'networkidle0' });
  counting = true;
  await tab.goto(base + page, { waitUntil: 'networkidle0' });
  counting = false;
  await context.close();
  return bytes;
}

/** Of a page's runs, the one with the median performance score (a run that failed counts as lowest). */
function medianRun(i) {
  const reports = [];
  for (let run = 1; run <= Number(runs); run++) {
    const file = path.join(jsonDir, `${i}-${run}.json`);
    reports.push(existsSync(file) ? JSON.parse(readFileSync(file, 'utf8'))
      : { runtimeError: { code: 'NO_REPORT' }, categories: {}, audits: { 'total-byte-weight': { numericValue: NaN } } });
  }
  const perf = r => r.runtimeError ? -1 : (r.categories.performance?.score ?? -1);
  reports.sort((a, b) => perf(a) - perf(b));
  return reports[Math.floor(reports.length / 2)];
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const rows = [];
const misses = [];
for (const [i, page] of pages.entries()) {
  const report = medianRun(i);
  if (report.runtimeError) misses.push(`${page}: Lighthouse could not run (${report.runtimeError.code})`);
  const score = id => report.categories[id]?.score == null ? NaN : Math.round(report.categories[id].score * 100);
  const row = {
    page,
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    firstKb: report.audits['total-byte-weight'].numericValue / 1024,
    secondKb: await secondPageBytes(browser, page === '/' ? pages.find(p => p !== '/') : '/', page) / 1024,
  };
  // A page robots.txt keeps search engines off (the sign-in page) cannot score SEO 100; every other SEO audit must pass.
  row.offRobots = report.audits['is-crawlable']?.score === 0;
  const failing = key => Object.values(report.audits)
    .filter(a => (report.categories[key]?.auditRefs ?? []).some(r => r.id === a.id && r.weight > 0) && a.score !== null && a.score < 1)
    .filter(a => !(key === 'seo' && row.offRobots && a.id === 'is-crawlable'))
    .map(a => `${a.id} ${a.displayValue || a.score}`);
  for (const key of report.runtimeError ? [] : ['performance', 'accessibility', 'best-practices', 'seo']) {
    if (key === 'seo' && row.offRobots ? failing(key).length > 0 : !(row[key] >= TARGETS[key])) {
      misses.push(`${page}: ${key} ${row[key]} < ${TARGETS[key]} (${failing(key).join(', ')})`);
    }
  }
  if (row.firstKb > TARGETS.firstKb) misses.push(`${page}: first visit ${row.firstKb.toFixed(1)} KB > ${TARGETS.firstKb} KB`);
  if (row.secondKb > TARGETS.secondKb) misses.push(`${page}: second page ${row.secondKb.toFixed(1)} KB > ${TARGETS.secondKb} KB`);
  rows.push(row);
}
await browser.close();

const pad = (s, n) => String(s).padStart(n);
console.log(`${'page'.padEnd(18)} ${pad('perf', 5)} ${pad('a11y', 5)} ${pad('best', 5)} ${pad('seo', 5)} ${pad('first KB', 9)} ${pad('second KB', 10)}`);
for (const r of rows) {
  console.log(`${r.page.padEnd(18)} ${pad(r.performance, 5)} ${pad(r.accessibility, 5)} ${pad(r['best-practices'], 5)} ${pad(r.seo + (r.offRobots ? '*' : ''), 5)} `
    + `${pad(r.firstKb.toFixed(1), 9)} ${pad(r.secondKb.toFixed(1), 10)}`);
}
console.log(`targets: performance >= ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, best practices ${TARGETS['best-practices']}, `
  + `SEO >= ${TARGETS.seo}, first visit <= ${TARGETS.firstKb} KB, second page <= ${TARGETS.secondKb} KB `
  + `(Lighthouse 12, mobile, default throttling; the median of ${runs} runs a page)`);
if (rows.some(r => r.offRobots)) {
  console.log('* kept off by robots.txt, so Lighthouse\'s is-crawlable fails; every other SEO audit passes there');
}
console.log(misses.length ? `missed:\n  ${misses.join('\n  ')}` : 'every page within its targets');
process.exitCode = misses.length ? 1 : 0;
