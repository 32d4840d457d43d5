// Loads each target page N times in fresh browser contexts and measures, per run:
//   first_answer_ms  navigation start -> first answer control (radio, checkbox or textarea,
//                    also inside same-origin iframes and shadow roots) rendered and enabled
//   transfer_bytes   bytes on the wire for every response (headers + encoded bodies)
//   js_wasm_bytes    the part of transfer_bytes that is JavaScript or WebAssembly
//   hydrated_ms      navigation start -> the page (or any frame) marked hydrated by its script:
//                    html[data-chorus-hydrated] or html[data-hydrated]; null if it never is
// then prints a markdown table of medians with each target's ratio to the floor page,
// and writes every run to results/latest.json.
//
//   node measure.mjs [--runs N] [--profile normal|phone|both] [--warmup N]
//                    [--targets floor,surveyjs,...] [--hydrates name,...]
//                    [--click name=SELECTOR ...] [--out FILE] [--screenshots] [name=URL ...]

import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const BUILT_IN = ['floor', 'floor-iframe', 'surveyjs', 'formbricks', 'formio'];
const RUN_TIMEOUT_MS = 60_000;
const QUIET_MS = 500; // the network counts as settled after this long with nothing in flight
// A page is hydrated once its root element carries one of these attributes (Chorus's widget sets
// the first when the wasm has taken over the server-rendered HTML).
const HYDRATED_ATTRIBUTES = ['data-chorus-hydrated', 'data-hydrated'];
// How long a run waits for hydration after the network settled, for pages that load
// WebAssembly but were not named in --hydrates (those wait until the run's time-out and fail).
const HYDRATE_WAIT_MS = 20_000;

const PROFILES = {
  normal: {
    label: 'normal: no throttling, 1280×720',
    context: { viewport: { width: 1280, height: 720 } },
  },
  phone: {
    label: 'phone: CPU ×4 slower, 150 ms latency, 1.6 Mbps down / 750 kbps up, 360×640',
    context: { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    cpuThrottlingRate: 4,
    network: {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6e6 / 8) | 0, // bytes per second
      uploadThroughput: (750e3 / 8) | 0,
    },
  },
};

// Runs at document start in every frame. Each animation frame (so: at most once per rendered
// frame, and not before the first one) it looks for an answer control that is enabled and
// rendered, and reports the wall-clock time of that frame once.
// With a click selector (--click, for a start page whose first question is one tap away), the
// first element matching it that is enabled and rendered is clicked, in the first animation frame
// after its document's first contentful paint, and the first answer is the first control after
// that. The top document then also reports its time origin and first contentful paint, in case
// the click navigates it. The hydration probe reports when the root element is marked hydrated.
const probe = (clickSelector = null) => `(() => {
  const SELECTOR = 'input[type=radio], input[type=checkbox], textarea';
  const CLICK = ${JSON.stringify(clickSelector)};
  const shadowRoots = [];
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    shadowRoots.push(root);
    return root;
  };
  // Styled radios often hide the native input (opacity 0 or a 1px clip) and draw the label,
  // so the control counts as rendered when it or one of its labels shows a box that is not
  // hidden by CSS nor inside a fully transparent (fading-in) ancestor.
  const faded = (el) => {
    for (let e = el.tagName === 'LABEL' ? el : el.parentElement; e; e = e.parentElement) {
      if (getComputedStyle(e).opacity === '0') return true;
    }
    return false;
  };
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && el.checkVisibility({ checkVisibilityCSS: true }) && !faded(el);
  };
  const ready = (el) => !el.matches(':disabled') && [el, ...(el.labels || [])].some(shown);
  const find = () => {
    for (const scope of [document, ...shadowRoots]) {
      for (const el of scope.querySelectorAll(SELECTOR)) if (ready(el)) return el;
    }
    return null;
  };
  // Clicked once this document's first contentful paint has been presented (a person cannot
  // tap what is not on the screen yet), in the first frame after that in which it is shown.
  let clicked = false;
  const clickWhenReady = () => {
    if (!performance.getEntriesByName('first-contentful-paint').length) return;
    for (const scope of [document, ...shadowRoots]) {
      for (const el of scope.querySelectorAll(CLICK)) {
        if (el.matches(':disabled') || !shown(el)) continue;
        clicked = true;
        reportPaint();
        send({ kind: 'clicked', at: performance.timeOrigin + performance.now(), frame: location.href });
        el.click();
        return;
      }
    }
  };
  const tick = () => {
    if (CLICK && !clicked) clickWhenReady();
    const el = find();
    if (!el) return requestAnimationFrame(tick);
    const at = performance.timeOrigin + performance.now();
    const what = el.tagName.toLowerCase() + (el.type && el.tagName === 'INPUT' ? '[type=' + el.type + ']' : '');
    send({ kind: 'answer', at, what, frame: location.href });
  };
  // The binding is installed by the harness; retry briefly if this frame is very young.
  const send = (data) => {
    if (typeof window.__chorusBenchReport === 'function') window.__chorusBenchReport(data);
    else setTimeout(() => typeof window.__chorusBenchReport === 'function' && window.__chorusBenchReport(data), 50);
  };
  requestAnimationFrame(tick);
  const isTop = window === window.top && location.href !== 'about:blank';
  const reportPaint = () => {
    if (!isTop) return;
    for (const e of performance.getEntriesByName('first-contentful-paint')) {
      send({ kind: 'fcp', origin: performance.timeOrigin, at: e.startTime });
    }
  };
  if (CLICK && isTop) {
    send({ kind: 'document', origin: performance.timeOrigin, frame: location.href });
    new PerformanceObserver(reportPaint).observe({ type: 'paint' });
  }

  // Hydration: the moment the root element gets one of the attributes (a mutation observer's
  // callback runs right after the script that set it returns). Until the root element exists
  // only the document's own children are watched, then only the root's attributes, so the
  // probe costs the page nothing per node.
  const ATTRIBUTES = ${JSON.stringify(HYDRATED_ATTRIBUTES)};
  let watching = null;
  const hydrated = () => {
    const root = document.documentElement;
    if (root && ATTRIBUTES.some((a) => root.hasAttribute(a))) {
      observer.disconnect();
      send({ kind: 'hydrated', at: performance.timeOrigin + performance.now(), frame: location.href });
      return;
    }
    if (root && watching !== root) {
      watching = root;
      observer.disconnect();
      observer.observe(root, { attributes: true, attributeFilter: ATTRIBUTES });
      observer.observe(document, { childList: true });
    }
  };
  const observer = new MutationObserver(hydrated);
  observer.observe(document, { childList: true });
  hydrated();
})();`;

const USAGE = `usage: node measure.mjs [--runs N] [--profile normal|phone|both] [--warmup N]
                        [--targets ${BUILT_IN.join(',')}] [--hydrates name,...]
                        [--click name=SELECTOR ...] [--out FILE] [--screenshots] [name=URL ...]`;

function parseArgs(argv) {
  const opts = { runs: 7, profile: 'both', warmup: 1, targets: BUILT_IN, hydrates: [], click: {}, extra: {}, out: 'results/latest.json', screenshots: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg === '--runs') opts.runs = Number(value());
    else if (arg === '--warmup') opts.warmup = Number(value());
    else if (arg === '--profile') opts.profile = value();
    else if (arg === '--targets') opts.targets = value().split(',').filter(Boolean);
    else if (arg === '--hydrates') opts.hydrates = value().split(',').filter(Boolean);
    else if (arg === '--click') {
      const spec = value();
      const at = spec.indexOf('=');
      if (at < 1) throw new Error('--click needs name=SELECTOR');
      opts.click[spec.slice(0, at)] = spec.slice(at + 1);
    }
    else if (arg === '--out') opts.out = value();
    else if (arg === '--screenshots') opts.screenshots = true;
    else if (/^[\w.-]+=https?:\/\//.test(arg)) {
      const at = arg.indexOf('=');
      opts.extra[arg.slice(0, at)] = arg.slice(at + 1);
    } else throw new Error(`unknown argument: ${arg}`);
  }
  if (!(opts.runs >= 1)) throw new Error('--runs must be at least 1');
  if (!(opts.warmup >= 0)) throw new Error('--warmup must be 0 or more');
  if (!['normal', 'phone', 'both'].includes(opts.profile)) throw new Error('--profile is normal, phone or both');
  for (const t of opts.targets) if (!BUILT_IN.includes(t)) throw new Error(`no built-in target ${t}: ${BUILT_IN.join(', ')}`);
  // The floor is the yardstick every ratio is taken against, so it is always measured.
  if (!opts.targets.includes('floor')) opts.targets = ['floor', ...opts.targets];
  for (const t of [...opts.hydrates, ...Object.keys(opts.click)]) {
    if (!opts.targets.includes(t) && !(t in opts.extra)) throw new Error(`--hydrates or --click names ${t}, which is not a target`);
  }
  return opts;
}

const isJsOrWasm = (r) => r.type === 'Script' || /javascript|ecmascript|wasm/i.test(r.mimeType ?? '') || /\.(m?js|wasm)(\?|$)/.test(r.url);

// When two frames fetch the same URL at once, Chromium's HTTP cache lets one request download
// it while the other waits and then reads it from the cache (0 bytes on the wire). If the
// downloading request is then cancelled (its frame navigated away), the download goes on for the
// waiting one, but CDP credits neither with the rest. So: for a URL that no request downloaded in
// full, yet one read from the cache, the cancelled request that received most is counted with
// its whole Content-Length.
function creditSharedTransfers(all) {
  const byUrl = new Map();
  for (const r of all) byUrl.set(r.url, [...(byUrl.get(r.url) ?? []), r]);
  for (const list of byUrl.values()) {
    const complete = list.filter((r) => !r.failed && !r.abandoned);
    if (!complete.length || complete.some((r) => r.bytes > r.redirectBytes)) continue;
    const cut = list.filter((r) => (r.failed || r.abandoned) && r.received > 0 && r.contentLength > r.received);
    const owner = cut.sort((a, b) => b.received - a.received)[0];
    if (!owner) continue;
    owner.bytes = owner.redirectBytes + (owner.headerBytes ?? 0) + owner.contentLength;
    owner.finishedForAnother = true;
  }
}

const isWasm = (r) => /wasm/i.test(r.mimeType ?? '') || /\.wasm(\?|$)/.test(r.url);
const sleepUntil = (until) => new Promise((done) => setTimeout(done, Math.max(0, until - Date.now())));

async function measureOnce(browser, url, profile, screenshot, mustHydrate, clickSelector) {
  const context = await browser.newContext({ ...profile.context, serviceWorkers: 'block' });
  try {
    let firstAnswer = null;
    let hydrated = null;
    let clicked = null;
    let firstDocument = null;
    let firstFcp = null;
    let reported;
    let hydrationReported;
    const answered = new Promise((done) => (reported = done));
    const hydration = new Promise((done) => (hydrationReported = done));
    await context.exposeBinding('__chorusBenchReport', (_source, data) => {
      if (process.env.BENCH_DEBUG) process.stderr.write(`${JSON.stringify(data)}\n`); // every probe report
      if (data.kind === 'document') {
        firstDocument ??= data;
        return;
      }
      if (data.kind === 'fcp') {
        if (data.origin === firstDocument?.origin) firstFcp ??= data.at;
        return;
      }
      if (data.kind === 'clicked') {
        clicked ??= data;
        return;
      }
      if (data.kind === 'hydrated') {
        if (!hydrated || data.at < hydrated.at) hydrated = data;
        hydrationReported();
        return;
      }
      if (!firstAnswer || data.at < firstAnswer.at) firstAnswer = data;
      reported();
    });
    await context.addInitScript({ content: probe(clickSelector) });
    const page = await context.newPage();
    // Console errors and warnings (a hydration mismatch, a failed wasm instantiation) and
    // uncaught exceptions, from the page and its frames: listed per run, not judged.
    const consoleMessages = [];
    page.on('console', (m) => {
      if (m.type() !== 'error' && m.type() !== 'warning') return;
      const where = /^Failed to load resource/.test(m.text()) ? ` (${m.location().url})` : '';
      consoleMessages.push(`${m.type()}: ${m.text()}${where}`.slice(0, 300));
    });
    page.on('pageerror', (e) => consoleMessages.push(`exception: ${e.message}`.slice(0, 300)));
    const cdp = await context.newCDPSession(page);
    const requests = new Map();
    let inFlight = 0;
    let lastActivity = Date.now();
    cdp.on('Network.requestWillBeSent', (e) => {
      const earlier = requests.get(e.requestId); // set when this is a redirect's next hop
      if (!earlier) inFlight++;
      const redirectBytes = (earlier?.redirectBytes ?? 0) + (e.redirectResponse?.encodedDataLength ?? 0);
      requests.set(e.requestId, { url: e.request.url, type: e.type, frameId: e.frameId, loaderId: e.loaderId, redirectBytes, received: 0, done: false });
      lastActivity = Date.now();
    });
    cdp.on('Network.responseReceived', (e) => {
      const r = requests.get(e.requestId);
      if (!r) return;
      const length = Object.entries(e.response.headers ?? {}).find(([k]) => k.toLowerCase() === 'content-length')?.[1];
      Object.assign(r, {
        mimeType: e.response.mimeType,
        status: e.response.status,
        type: e.type,
        headerBytes: e.response.encodedDataLength ?? 0,
        contentLength: length === undefined ? null : Number(length),
      });
    });
    const finish = (e, failed) => {
      const r = requests.get(e.requestId);
      if (!r || r.done) return;
      // A failed (aborted) request reports no total: count its headers and the body received.
      const bytes = failed ? (r.headerBytes ?? 0) + r.received : (e.encodedDataLength ?? 0);
      Object.assign(r, { done: true, bytes: r.redirectBytes + bytes, failed: failed ? e.errorText : undefined });
      inFlight--;
      lastActivity = Date.now();
    };
    cdp.on('Network.loadingFinished', (e) => finish(e, false));
    cdp.on('Network.loadingFailed', (e) => finish(e, true));
    // A document that navigates away (a click on a start page that submits its form before the
    // script has taken over) can leave requests that never report an end; they are counted with
    // the bytes received so far and listed as abandoned, so the run does not wait for them.
    cdp.on('Network.dataReceived', (e) => {
      const r = requests.get(e.requestId);
      if (r) r.received += e.encodedDataLength ?? 0;
    });
    cdp.on('Page.frameNavigated', ({ frame }) => {
      for (const r of requests.values()) {
        if (r.done || r.frameId !== frame.id || r.loaderId === frame.loaderId) continue;
        Object.assign(r, { done: true, bytes: r.redirectBytes + (r.headerBytes ?? 0) + r.received, abandoned: true });
        inFlight--;
        lastActivity = Date.now();
      }
    });
    await cdp.send('Page.enable');
    await cdp.send('Network.enable');
    if (profile.cpuThrottlingRate) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuThrottlingRate });
    if (profile.network) await cdp.send('Network.emulateNetworkConditions', profile.network);

    const deadline = Date.now() + RUN_TIMEOUT_MS;
    // A click may navigate before the load event, which would abort waiting for it.
    const response = await page.goto(url, { waitUntil: clickSelector ? 'commit' : 'load', timeout: RUN_TIMEOUT_MS });
    if (!response || response.status() >= 400) throw new Error(`HTTP ${response?.status()} for ${url}`);
    let timer;
    const timeout = new Promise((done) => (timer = setTimeout(done, Math.max(0, deadline - Date.now()))));
    await Promise.race([answered, timeout]);
    clearTimeout(timer);
    if (clickSelector && !clicked) throw new Error(`nothing matching ${clickSelector} was shown to click`);
    if (!firstAnswer) throw new Error(`no enabled, rendered radio, checkbox or textarea appeared${clickSelector ? ' after the click' : ''}`);
    // Count late requests too (lazy chunks, fonts): wait until nothing has been in flight for a while.
    const settle = async () => {
      while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastActivity < QUIET_MS)) {
        await new Promise((done) => setTimeout(done, 100));
      }
    };
    await settle();
    // A page that hydrates (named in --hydrates, or one that fetched WebAssembly) is measured
    // until it has, and until the network settles after that, so the bytes include everything
    // hydration needed and fetched.
    const loadsWasm = [...requests.values()].some(isWasm);
    if (!hydrated && (mustHydrate || loadsWasm)) {
      await Promise.race([hydration, sleepUntil(mustHydrate ? deadline : Math.min(deadline, Date.now() + HYDRATE_WAIT_MS))]);
      if (!hydrated && mustHydrate) {
        throw new Error(`not hydrated (no html[${HYDRATED_ATTRIBUTES.join('] or html[')}]) within ${RUN_TIMEOUT_MS / 1000} s`);
      }
      await settle();
    }
    // Paint entries arrive once the frame is presented, which can lag under CPU throttling.
    const timing = await page.evaluate(async () => {
      let fcp = null;
      for (let i = 0; i < 30 && fcp === null; i++) {
        fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
        if (fcp === null) await new Promise((done) => setTimeout(done, 100));
      }
      return { origin: performance.timeOrigin, fcp };
    });
    // If the click navigated the top document, times count from the first document's start.
    if (firstDocument && firstDocument.origin !== timing.origin) Object.assign(timing, { origin: firstDocument.origin, fcp: firstFcp });
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: false });
    const all = [...requests.values()].filter((r) => r.done && !r.url.startsWith('data:'));
    creditSharedTransfers(all);
    const sum = (list) => list.reduce((n, r) => n + r.bytes, 0);
    return {
      first_answer_ms: round(firstAnswer.at - timing.origin),
      fcp_ms: timing.fcp === null ? null : round(timing.fcp),
      hydrated_ms: hydrated ? round(hydrated.at - timing.origin) : null,
      clicked_ms: clicked ? round(clicked.at - timing.origin) : null,
      clicked_frame: clicked?.frame ?? null,
      hydrated_frame: hydrated?.frame ?? null,
      transfer_bytes: sum(all),
      js_wasm_bytes: sum(all.filter(isJsOrWasm)),
      requests: all.length,
      failed: all.filter((r) => r.failed).map((r) => `${r.url} (${r.failed})`),
      cut_short: all.filter((r) => r.abandoned || r.failed).map((r) => `${r.url} (${r.failed ?? 'abandoned by a navigation'}, ${r.received} B of the body received${r.finishedForAnother ? `, counted in full (${r.contentLength} B): the download went on for another frame` : ''})`),
      unfinished: [...requests.values()].filter((r) => !r.done).map((r) => r.url),
      console: consoleMessages,
      first_control: firstAnswer.what,
      first_control_frame: firstAnswer.frame,
      resources: all.map((r) => ({ url: r.url, type: r.type, mime: r.mimeType, status: r.status, bytes: r.bytes, ...((r.failed || r.abandoned) && { cut: r.failed ?? 'abandoned' }) })),
    };
  } finally {
    await context.close();
  }
}

const round = (n) => Math.round(n * 10) / 10;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stats = (xs) => (xs.length ? { median: round(median(xs)), min: Math.min(...xs), max: Math.max(...xs) } : null);

function summarise(runs) {
  const ok = runs.filter((r) => !r.error);
  const pick = (key) => stats(ok.map((r) => r[key]).filter((v) => v !== null));
  return {
    ok_runs: ok.length,
    failed_runs: runs.length - ok.length,
    first_answer_ms: pick('first_answer_ms'),
    fcp_ms: pick('fcp_ms'),
    hydrated_ms: pick('hydrated_ms'),
    clicked_ms: pick('clicked_ms'),
    transfer_bytes: pick('transfer_bytes'),
    js_wasm_bytes: pick('js_wasm_bytes'),
    requests: pick('requests'),
  };
}

function addRatios(byTarget) {
  const floor = byTarget.floor?.summary;
  for (const { summary } of Object.values(byTarget)) {
    const ratio = (key) => {
      const base = floor?.[key]?.median;
      const mine = summary[key]?.median;
      return base && mine != null ? Math.round((mine / base) * 100) / 100 : null;
    };
    summary.ratio_to_floor = { first_answer_ms: ratio('first_answer_ms'), transfer_bytes: ratio('transfer_bytes') };
  }
}

function table(profileName, byTarget, click) {
  const kib = (n) => (n / 1024).toFixed(1);
  const range = (s, f = (x) => x) => (s.min === s.max ? `${f(s.median)}` : `${f(s.median)} (${f(s.min)}–${f(s.max)})`);
  const lines = [
    `**${PROFILES[profileName].label}**`,
    '',
    '| target | first answer ms, median (min–max) | × floor | FCP ms | hydrated ms | transfer KiB | × floor | JS+wasm KiB | requests | runs |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [name, { summary: s }] of Object.entries(byTarget)) {
    if (!s.ok_runs) {
      lines.push(`| ${name} | failed | | | | | | | | 0/${s.failed_runs} |`);
      continue;
    }
    const x = (v) => (v == null ? '–' : `${v.toFixed(2)}`);
    lines.push(
      `| ${name} | ${range(s.first_answer_ms, (v) => Math.round(v))} | ${x(s.ratio_to_floor.first_answer_ms)} ` +
        `| ${s.fcp_ms ? Math.round(s.fcp_ms.median) : '–'} | ${s.hydrated_ms ? Math.round(s.hydrated_ms.median) : ''} | ${kib(s.transfer_bytes.median)} | ${x(s.ratio_to_floor.transfer_bytes)} | ${kib(s.js_wasm_bytes.median)} ` +
        `| ${s.requests.median} | ${s.ok_runs}/${s.ok_runs + s.failed_runs} |`,
    );
  }
  const notes = [];
  for (const [name, { summary: s, runs }] of Object.entries(byTarget)) {
    if (click[name] && s.clicked_ms) {
      notes.push(`${name}: first answer after clicking \`${click[name]}\` as soon as it was shown and painted (median ${Math.round(s.clicked_ms.median)} ms)`);
    }
    const errors = [...new Set(runs.filter((r) => r.error).map((r) => r.error))];
    if (errors.length) notes.push(`${name}: ${s.failed_runs} failed run(s): ${errors.join('; ')}`);
  }
  if (notes.length) lines.push('', ...notes.map((n) => `- ${n}`));
  return lines.join('\n');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  for (const [path, hint] of [[join(HERE, 'pages/floor/index.html'), 'the pages are not built'], [executablePath, 'no chromium there']]) {
    if (!existsSync(path)) throw new Error(`${hint} (${path}): run ./setup.sh first`);
  }
  const { server, origin } = await startServer(join(HERE, 'pages'));
  const targets = Object.fromEntries([
    ...opts.targets.map((t) => [t, `${origin}/${t}/`]),
    ...Object.entries(opts.extra),
  ]);
  const localHosts = new Set(['localhost', '127.0.0.1', '[::1]', ...Object.values(targets).map((u) => new URL(u).hostname)]);
  const browser = await chromium.launch({
    executablePath,
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      // Keep cross-site iframes (a partner page embedding Chorus) in the page's own renderer, as
      // Chrome on most Android phones does, so throttling and byte counting cover them too.
      '--disable-site-isolation-trials',
      '--disable-features=site-per-process,IsolateOrigins',
      // Nothing but this machine is measured: other hosts fail at once instead of timing out.
      `--host-resolver-rules=MAP * ~NOTFOUND, ${[...localHosts].map((h) => `EXCLUDE ${h}`).join(', ')}`,
    ],
  });
  const profiles = opts.profile === 'both' ? ['normal', 'phone'] : [opts.profile];
  const result = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu_model: os.cpus()[0]?.model, platform: `${os.platform()} ${os.release()}`, node: process.version, browser: `Chromium ${browser.version()}` },
    config: { runs: opts.runs, warmup: opts.warmup, hydrates: opts.hydrates, click: opts.click, hydrated_attributes: HYDRATED_ATTRIBUTES, profiles: Object.fromEntries(profiles.map((p) => [p, PROFILES[p]])) },
    targets,
    results: {},
  };
  const tables = [];
  try {
    for (const profileName of profiles) {
      const profile = PROFILES[profileName];
      const byTarget = Object.fromEntries(Object.keys(targets).map((t) => [t, { url: targets[t], runs: [] }]));
      const names = Object.keys(targets);
      for (let i = -opts.warmup; i < opts.runs; i++) {
        // Rotate the order each round so no target always runs first (or after the slowest).
        const round_ = names.map((_, k) => names[(k + i + names.length * opts.warmup) % names.length]);
        for (const name of round_) {
          const shot = opts.screenshots && i === 0 ? join(HERE, 'results', `${profileName}-${name}.png`) : null;
          if (shot) await mkdir(dirname(shot), { recursive: true });
          let run;
          const started = Date.now();
          try {
            run = await measureOnce(browser, targets[name], profile, shot, opts.hydrates.includes(name), opts.click[name] ?? null);
          } catch (err) {
            run = { error: String(err.message ?? err).split('\n')[0] };
          }
          const tag = i < 0 ? 'warm-up' : `run ${i + 1}/${opts.runs}`;
          const msg = run.error
            ? `error: ${run.error}`
            : `${run.clicked_ms === null ? '' : `clicked ${run.clicked_ms} ms, `}${run.first_answer_ms} ms${run.hydrated_ms === null ? '' : `, hydrated ${run.hydrated_ms} ms`}, ${(run.transfer_bytes / 1024).toFixed(1)} KiB` +
              (run.failed.length ? `, ${run.failed.length} failed or cancelled request(s): ${run.failed.join(', ')}` : '') +
              (run.console.length ? `, console: ${run.console.join(' | ')}` : '');
          process.stderr.write(`[${profileName}] ${tag} ${name}: ${msg} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
          if (i >= 0) byTarget[name].runs.push(run);
        }
      }
      for (const t of Object.values(byTarget)) t.summary = summarise(t.runs);
      addRatios(byTarget);
      result.results[profileName] = byTarget;
      tables.push(table(profileName, byTarget, opts.click));
    }
  } finally {
    await browser.close();
    server.close();
    server.closeAllConnections();
  }
  const out = resolve(HERE, opts.out);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(result, null, 2)}\n`);
  const header = `Chorus bench, ${result.date.slice(0, 10)}, ${result.machine.browser}, ${result.machine.cpus} cores, ${opts.runs} runs each (medians; ratios against floor from the same run)`;
  console.log([header, '', ...tables.flatMap((t) => [t, ''])].join('\n'));
  process.stderr.write(`wrote ${opts.out}\n`);
}

main().catch((err) => {
  console.error(`measure.mjs: ${err.message}\n${USAGE}`);
  process.exit(2);
});
