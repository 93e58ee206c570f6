// npm run bench: bundle bytes, and time to render every widget at 4x CPU throttling against the
// same DOM served as static declarative shadow DOM (the floor no script can beat).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { launchChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';
import { budget, measure } from './size.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const server = await startServer();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();

async function throttledPage(rate = 4) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page };
}

/** The rendered widgets, serialized as declarative shadow DOM with their styles inlined. */
async function staticSnapshot() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/test/pages/bench.html`);
  await page.waitForFunction(() => window.renderedAt !== undefined);
  const body = await page.evaluate(() =>
    [...document.querySelectorAll('spine-compare, spine-timeline, spine-risks, spine-quiz')]
      .map((widget) => {
        const css = widget.shadowRoot.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
        return `<${widget.localName}><template shadowrootmode="open"><style>${css}</style>${widget.shadowRoot.innerHTML}</template></${widget.localName}>`;
      })
      .join('\n'),
  );
  await context.close();
  const observer = await readFile(new URL('../test/pages/bench-observer.js', import.meta.url), 'utf8');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><script>${observer}\naddEventListener('load', () => window.markPainted());</script><style>spine-compare,spine-timeline,spine-risks,spine-quiz{display:block}</style></head><body>${body}</body></html>`;
}

// The floor is served from loopback like our page (not through the browser's request interception,
// which costs time of its own and would make the floor look slower than it is).
const snapshot = await staticSnapshot();
const floorServer = createServer((request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(snapshot));
await new Promise((resolve) => floorServer.listen(0, '127.0.0.1', resolve));

/**
 * Loads a page (at 4x throttle unless told) and reads two moments: its DOM complete (our widgets rendered; the
 * floor's load event), and the frame after it, when every widget is laid out and painted. The
 * second is what a patient waits for; the first leaves out the layout the floor does after load.
 * The page says when it is done on the console, so nothing polls it while it renders.
 */
async function load(url, domComplete, rate) {
  const { context, page } = await throttledPage(rate);
  const painted = page.waitForEvent('console', { predicate: (message) => message.text() === 'spine-widgets: painted', timeout: 60000 });
  await page.goto(url);
  await painted;
  // A long task can be reported a moment after it ends.
  await page.waitForTimeout(500);
  const result = await page.evaluate(
    (domComplete) => ({ dom: domComplete ? window.renderedAt : performance.getEntriesByType('navigation')[0].loadEventStart, painted: window.paintedAt, longest: Math.max(0, ...window.longTasks) }),
    domComplete,
  );
  await context.close();
  return result;
}

// Ours and the floor take turns, so a slow spell of the machine falls on both; then the same
// without throttling, for the longest task on this machine's own speed.
const pages = [`${origin}/test/pages/bench.html`, `http://127.0.0.1:${floorServer.address().port}/static.html`];
async function measurePair(rate) {
  const ours = { dom: [], painted: [], longest: [] };
  const floor = { dom: [], painted: [], longest: [] };
  for (let i = 0; i < runs; i++) {
    for (const [results, url, domComplete] of [[ours, pages[0], true], [floor, pages[1], false]]) {
      const result = await load(url, domComplete, rate);
      for (const key of Object.keys(results)) results[key].push(result[key]);
    }
  }
  return { ours, floor };
}
const { ours, floor } = await measurePair(4);
const unthrottled = await measurePair(1);

/**
 * Scale: the comparison with 7, 15 and 30 options and the quiz with 6 and 40 questions, from
 * generated content (copies of the real options and questions under new ids), rendered in one
 * page at 4x throttle. Cost per option should stay about the same as the count grows.
 */
const { en } = await import('../dist/esm/content/en/index.js');
function generated(optionCount, questionCount) {
  const procedures = Array.from({ length: optionCount }, (_, index) => ({ ...en.procedures[index % 6], id: `option-${index}`, name: `Option ${index}` }));
  const questions = Array.from({ length: questionCount }, (_, index) => ({ ...en.quiz.questions[index % en.quiz.questions.length], id: `question-${index}` }));
  return { procedures, quiz: { questions } };
}
const scale = [];
for (const [options, questions] of [[7, 6], [15, 20], [30, 40]]) {
  const { context, page } = await throttledPage();
  await page.goto(`${origin}/test/pages/module.html`);
  await page.waitForFunction(() => customElements.get('spine-quiz') !== undefined);
  const timing = await page.evaluate(async ({ content, ids }) => {
    window.SpineWidgets.configure({ content });
    const measure = async (tag, attributes, steps = 0) => {
      const started = performance.now();
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      document.body.append(el);
      await el.updateComplete;
      await el.contentReady;
      await el.updateComplete;
      for (let step = 0; step < steps; step++) {
        el.shadowRoot.querySelector('button[type="submit"]').click();
        await el.updateComplete;
      }
      const elapsed = performance.now() - started;
      el.remove();
      return elapsed;
    };
    return {
      compare: await measure('spine-compare', { procedures: ids.join(',') }),
      quiz: await measure('spine-quiz', { procedures: ids.join(',') }, content.quiz.questions.length + 2),
    };
  }, { content: generated(options, questions), ids: generated(options, questions).procedures.map((procedure) => procedure.id) });
  scale.push({ options, questions, ...timing });
  await context.close();
}

await browser.close();
server.close();
floorServer.close();

const size = await measure();
console.log('| measure | value |');
console.log('| --- | --- |');
console.log(`| bundle (min / gzip / brotli) | ${kb(size.min)} / ${kb(size.gzip)} / ${kb(size.brotli)} (budget ${kb(budget)} gzip) |`);
const ms = (values) => `${median(values).toFixed(0)} ms`;
// Each run of ours against the floor's run next to it; the median and range of those ratios.
const ratio = (key, pair = { ours, floor }) => {
  const pairs = pair.ours[key].map((value, index) => value / pair.floor[key][index]);
  return `${median(pairs).toFixed(2)}x (runs ${Math.min(...pairs).toFixed(2)} to ${Math.max(...pairs).toFixed(2)}x)`;
};
console.log(`| every widget rendered and painted, 4x CPU throttle (median of ${runs}) | ${ms(ours.painted)} |`);
console.log(`| same DOM as static declarative shadow DOM, painted (floor) | ${ms(floor.painted)} |`);
console.log(`| ratio to the floor, painted | ${ratio('painted')} |`);
console.log(`| DOM complete: every widget rendered / the floor's load event | ${ms(ours.dom)} / ${ms(floor.dom)} = ${ratio('dom')} |`);
const range = (values) => `${Math.min(...values).toFixed(0)} to ${Math.max(...values).toFixed(0)} ms`;
// The browser reports only tasks over 50 ms; a run without one counts as 0.
const longest = (values) => (Math.max(...values) === 0 ? 'none over 50 ms in any run' : `${ms(values)}; ${range(values)}`);
console.log(`| longest main-thread task (median; range) | ${longest(ours.longest)} (floor: ${longest(floor.longest)}) |`);
console.log(`| without throttling: painted; longest task | ${ms(unthrottled.ours.painted)} vs floor ${ms(unthrottled.floor.painted)} = ${ratio('painted', unthrottled)}; ${longest(unthrottled.ours.longest)} (floor: ${longest(unthrottled.floor.longest)}) |`);
console.log('');
console.log('| generated content | compare rendered | per option | quiz to its result | per question |');
console.log('| --- | --- | --- | --- | --- |');
for (const row of scale) {
  console.log(`| ${row.options} options, ${row.questions} questions | ${row.compare.toFixed(0)} ms | ${(row.compare / row.options).toFixed(1)} ms | ${row.quiz.toFixed(0)} ms | ${(row.quiz / row.questions).toFixed(1)} ms |`);
}
