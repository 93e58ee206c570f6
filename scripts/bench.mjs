// npm run bench: bundle bytes, and time to render every widget at 4x CPU throttling against the
// same DOM served as static declarative shadow DOM (the floor no script can beat).
import { readFile } from 'node:fs/promises';
import { launchChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';
import { budget, measure } from './size.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const server = await startServer();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();

async function throttledPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
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
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><script>${observer}</script><style>spine-compare,spine-timeline,spine-risks,spine-quiz{display:block}</style></head><body>${body}</body></html>`;
}

const widgetTimes = [];
const longest = [];
for (let i = 0; i < runs; i++) {
  const { context, page } = await throttledPage();
  await page.goto(`${origin}/test/pages/bench.html`);
  await page.waitForFunction(() => window.renderedAt !== undefined, null, { timeout: 60000 });
  widgetTimes.push(await page.evaluate(() => window.renderedAt));
  longest.push(await page.evaluate(() => Math.max(0, ...window.longTasks)));
  await context.close();
}

const snapshot = await staticSnapshot();
const floorTimes = [];
const floorLongest = [];
for (let i = 0; i < runs; i++) {
  const { context, page } = await throttledPage();
  await page.route(`${origin}/static.html`, (route) => route.fulfill({ contentType: 'text/html', body: snapshot }));
  await page.goto(`${origin}/static.html`, { waitUntil: 'load' });
  floorTimes.push(await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventStart));
  // Layout of the parsed page can land after load; give it a moment to report.
  await page.waitForTimeout(500);
  floorLongest.push(await page.evaluate(() => Math.max(0, ...window.longTasks)));
  await context.close();
}

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

const size = await measure();
const widgetMs = median(widgetTimes);
const floorMs = median(floorTimes);
console.log('| measure | value |');
console.log('| --- | --- |');
console.log(`| bundle (min / gzip / brotli) | ${kb(size.min)} / ${kb(size.gzip)} / ${kb(size.brotli)} (budget ${kb(budget)} gzip) |`);
console.log(`| every widget rendered, 4x CPU throttle (median of ${runs}) | ${widgetMs.toFixed(0)} ms |`);
console.log(`| same DOM as static declarative shadow DOM (floor) | ${floorMs.toFixed(0)} ms |`);
console.log(`| ratio to the floor | ${(widgetMs / floorMs).toFixed(2)}x |`);
const range = (values) => `${Math.min(...values).toFixed(0)} to ${Math.max(...values).toFixed(0)} ms`;
console.log(`| longest main-thread task (median; range) | ${median(longest).toFixed(0)} ms; ${range(longest)} (floor: ${median(floorLongest).toFixed(0)} ms; ${range(floorLongest)}) |`);
console.log('');
console.log('| generated content | compare rendered | per option | quiz to its result | per question |');
console.log('| --- | --- | --- | --- | --- |');
for (const row of scale) {
  console.log(`| ${row.options} options, ${row.questions} questions | ${row.compare.toFixed(0)} ms | ${(row.compare / row.options).toFixed(1)} ms | ${row.quiz.toFixed(0)} ms | ${(row.quiz / row.questions).toFixed(1)} ms |`);
}
