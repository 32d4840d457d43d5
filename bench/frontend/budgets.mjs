// Checks Chorus's front-end budgets against a measure.mjs result and the built files, prints
// them as markdown tables with PASS/FAIL, and writes the same as JSON for the long test.
//
//   node budgets.mjs [--results results/latest.json] [--repo ../..] [--out results/summary.json]
//
// Budgets (README, "Performance"):
//   first-question-bytes  everything downloaded for the first question (target `chorus`, phone
//                         profile: bytes on the wire until hydrated and the network is idle)
//                         at most 60 KiB
//   embed-js-gzip         public/embed.js at most 3 KiB gzip -9
//   first-answer-phone    first answer control on the phone profile at most 1.5 × the floor's
//                         median in the same run
// A FAIL is a finding, not an error: the exit status is 0 unless the figures are missing (the
// measurement itself failed), then 1.

import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotli11, gzip9 } from './compress.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const KIB = 1024;
const LIMITS = {
  first_question_bytes: 60 * KIB,
  embed_js_gzip: 3 * KIB,
  first_answer_ratio: 1.5,
};
const CHORUS = ['chorus', 'chorus-start', 'chorus-embed'];
const PEERS = ['surveyjs', 'formbricks'];

function parseArgs(argv) {
  const opts = { results: 'results/latest.json', repo: join(HERE, '..', '..'), out: 'results/summary.json' };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in opts) || i + 1 >= argv.length) throw new Error(`usage: node budgets.mjs [--results FILE] [--repo DIR] [--out FILE]`);
    opts[key] = argv[++i];
  }
  return { results: resolve(HERE, opts.results), repo: resolve(opts.repo), out: resolve(HERE, opts.out) };
}

/** GET with one Accept-Encoding, body bytes as sent (not decoded). */
function getRaw(url, encoding) {
  return new Promise((done, fail) => {
    const client = url.startsWith('https:') ? https : http;
    const req = client.get(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode, encoding: res.headers['content-encoding'] ?? 'identity', body: Buffer.concat(chunks) }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.setTimeout(10_000, () => req.destroy(new Error(`timed out: ${url}`)));
  });
}

const fmt = (n) => n.toLocaleString('en-GB');
const kib = (n) => (n / KIB).toFixed(1);
const ms = (n) => (n == null ? '' : `${Math.round(n)}`);
const ratio = (a, b) => (a != null && b ? Math.round((a / b) * 100) / 100 : null);
const x = (r) => (r == null ? '–' : `${r.toFixed(2)}`);

function pieceKind(r) {
  if (r.type === 'Document') return 'HTML';
  if (r.type === 'Stylesheet' || /css/.test(r.mime ?? '')) return 'CSS';
  if (/wasm/.test(r.mime ?? '') || /\.wasm(\?|$)/.test(r.url)) return 'wasm';
  if (r.type === 'Script' || /javascript/.test(r.mime ?? '')) return 'JS glue';
  if (/json/.test(r.mime ?? '')) return 'data (JSON)';
  return r.type ?? 'other';
}

/** The run whose transfer bytes are the median's (or closest to it). */
function medianRun(target) {
  const ok = target.runs.filter((r) => !r.error);
  const m = target.summary.transfer_bytes?.median;
  return ok.sort((a, b) => Math.abs(a.transfer_bytes - m) - Math.abs(b.transfer_bytes - m))[0];
}

async function pieces(run, repo) {
  const rows = [];
  for (const r of run.resources) {
    const row = { kind: pieceKind(r), url: r.url, wire_bytes: r.bytes };
    // As the server sends it to a browser accepting brotli, and what brotli -q 11 makes of it.
    try {
      const sent = await getRaw(r.url, 'br');
      const plain = await getRaw(r.url, 'identity');
      Object.assign(row, { served_encoding: sent.encoding, served_bytes: sent.body.length, raw_bytes: plain.body.length, brotli11_bytes: brotli11(plain.body).length });
      if (row.kind === 'HTML') {
        // The strings and the form come inline in the page: how much of it they are.
        const data = plain.body.toString('utf8').match(/<script type="text\/plain" id="chorus-page">([\s\S]*?)<\/script>/);
        if (data) row.inline_data = { raw_bytes: Buffer.byteLength(data[1]), brotli11_bytes: brotli11(Buffer.from(data[1])).length };
      }
    } catch (err) {
      row.error = String(err.message ?? err);
    }
    rows.push(row);
  }
  // The precompressed files public/pkg serves, for comparison with what went over the wire.
  // (A build is a folder of its own: the main module, its glue and the rest of the wasm.)
  const pkg = join(repo, 'public', 'pkg');
  const files = (await readdir(pkg, { recursive: true }).catch(() => [])).filter((f) => /\.(js|wasm)\.br$/.test(f)).sort();
  const built = [];
  for (const f of files) built.push({ file: `public/pkg/${f}`, bytes: (await readFile(join(pkg, f))).length });
  return { rows, built };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const result = JSON.parse(await readFile(opts.results, 'utf8'));
  const problems = [];
  const summaryOf = (profile, name) => result.results?.[profile]?.[name]?.summary;
  const okSummary = (profile, name) => {
    const s = summaryOf(profile, name);
    return s && s.ok_runs ? s : null;
  };
  for (const [profile, targets] of Object.entries(result.results ?? {})) {
    for (const [name, t] of Object.entries(targets)) {
      if (!t.summary.ok_runs) problems.push(`${profile}/${name}: no successful run`);
      else if (t.summary.failed_runs) console.error(`budgets.mjs: warning: ${profile}/${name}: ${t.summary.failed_runs} of ${t.runs.length} runs failed`);
    }
  }
  const phone = result.results?.phone;
  const budgets = [];

  // 1. Everything the first question downloads, on the phone.
  const chorusPhone = okSummary('phone', 'chorus');
  let firstQuestion = null;
  if (!phone) {
    budgets.push({ id: 'first-question-bytes', status: 'SKIP', detail: 'phone profile not measured' });
  } else if (!chorusPhone) {
    problems.push('phone/chorus: not measured');
    budgets.push({ id: 'first-question-bytes', status: 'ERROR', detail: 'chorus not measured on the phone profile' });
  } else {
    const run = medianRun(result.results.phone.chorus);
    firstQuestion = await pieces(run, opts.repo);
    const value = chorusPhone.transfer_bytes.median;
    budgets.push({
      id: 'first-question-bytes',
      name: 'everything downloaded for the first question (chorus, phone, until hydrated and idle)',
      limit: LIMITS.first_question_bytes,
      unit: 'B',
      value,
      status: value <= LIMITS.first_question_bytes ? 'PASS' : 'FAIL',
      detail: `${chorusPhone.requests.median} responses, ${fmt(chorusPhone.js_wasm_bytes.median)} B of them JS and wasm; hydrated at ${ms(chorusPhone.hydrated_ms?.median)} ms`,
    });
  }

  // 2. embed.js, gzip -9.
  const embed = await readFile(join(opts.repo, 'public', 'embed.js')).catch(() => null);
  if (!embed) {
    problems.push('public/embed.js not found');
    budgets.push({ id: 'embed-js-gzip', status: 'ERROR', detail: 'public/embed.js not found' });
  } else {
    const value = gzip9(embed).length;
    budgets.push({
      id: 'embed-js-gzip',
      name: 'public/embed.js, gzip -9',
      limit: LIMITS.embed_js_gzip,
      unit: 'B',
      value,
      status: value <= LIMITS.embed_js_gzip ? 'PASS' : 'FAIL',
      detail: `${fmt(embed.length)} B raw, ${fmt(brotli11(embed).length)} B brotli`,
    });
  }

  // 3. First answer on the phone against the floor of the same run.
  const floorPhone = okSummary('phone', 'floor');
  if (!phone) budgets.push({ id: 'first-answer-phone', status: 'SKIP', detail: 'phone profile not measured' });
  else if (chorusPhone && floorPhone) {
    const value = ratio(chorusPhone.first_answer_ms.median, floorPhone.first_answer_ms.median);
    budgets.push({
      id: 'first-answer-phone',
      name: 'first answer control, phone: chorus ÷ floor (medians, same run)',
      limit: LIMITS.first_answer_ratio,
      unit: '×',
      value,
      status: value <= LIMITS.first_answer_ratio ? 'PASS' : 'FAIL',
      detail: `${ms(chorusPhone.first_answer_ms.median)} ms ÷ ${ms(floorPhone.first_answer_ms.median)} ms`,
    });
  } else {
    problems.push(`phone/${floorPhone ? 'chorus' : 'floor'}: not measured`);
    budgets.push({ id: 'first-answer-phone', status: 'ERROR', detail: `${floorPhone ? 'chorus' : 'floor'} not measured on the phone profile` });
  }

  // Reported, no budget: every Chorus target beside the floor and the peers.
  const report = {};
  for (const profile of Object.keys(result.results ?? {})) {
    const floor = okSummary(profile, 'floor');
    report[profile] = {};
    for (const name of CHORUS) {
      const s = okSummary(profile, name);
      if (!s) continue;
      const row = {
        first_answer_ms: s.first_answer_ms.median,
        first_answer_x_floor: ratio(s.first_answer_ms.median, floor?.first_answer_ms.median),
        clicked_ms: s.clicked_ms?.median ?? null,
        fcp_ms: s.fcp_ms?.median ?? null,
        hydrated_ms: s.hydrated_ms?.median ?? null,
        transfer_bytes: s.transfer_bytes.median,
        js_wasm_bytes: s.js_wasm_bytes.median,
        requests: s.requests.median,
        runs: `${s.ok_runs}/${s.ok_runs + s.failed_runs}`,
      };
      for (const peer of PEERS) {
        const p = okSummary(profile, peer);
        row[`transfer_x_${peer}`] = ratio(s.transfer_bytes.median, p?.transfer_bytes.median);
        row[`first_answer_x_${peer}`] = ratio(s.first_answer_ms.median, p?.first_answer_ms.median);
      }
      report[profile][name] = row;
    }
  }

  // Print.
  const out = [];
  out.push('**Budgets**', '', '| budget | limit | measured | status |', '|---|---:|---:|---|');
  for (const b of budgets) {
    if (b.status === 'SKIP' || b.status === 'ERROR') {
      out.push(`| ${b.id} | | | **${b.status}** (${b.detail}) |`);
      continue;
    }
    const show = (v) => (b.unit === 'B' ? `${fmt(v)} B (${kib(v)} KiB)` : `${v.toFixed(2)} ×`);
    out.push(`| ${b.name} | ≤ ${show(b.limit)} | ${show(b.value)}: ${b.detail} | **${b.status}** |`);
  }
  if (firstQuestion) {
    out.push('', '**What the first question downloads** (phone, the median run of `chorus`)', '');
    out.push('| piece | on the wire B (with headers) | as served (Accept-Encoding: br) B | brotli -q 11 B | raw B | URL |', '|---|---:|---:|---:|---:|---|');
    let wire = 0;
    for (const p of firstQuestion.rows) {
      wire += p.wire_bytes;
      const served = p.served_bytes == null ? '?' : `${fmt(p.served_bytes)} (${p.served_encoding})`;
      out.push(`| ${p.kind} | ${fmt(p.wire_bytes)} | ${served} | ${p.brotli11_bytes == null ? '?' : fmt(p.brotli11_bytes)} | ${p.raw_bytes == null ? '?' : fmt(p.raw_bytes)} | ${new URL(p.url).pathname} |`);
    }
    out.push(`| **total** | **${fmt(wire)}** | | | | |`);
    const html = firstQuestion.rows.find((p) => p.kind === 'HTML' && p.inline_data);
    const notes = [];
    if (html) {
      notes.push(`the strings (chosen language only) and the form come inline in the HTML: ${fmt(html.inline_data.raw_bytes)} B raw, ${fmt(html.inline_data.brotli11_bytes)} B brotli on their own; no separate strings or form JSON request`);
    }
    if (firstQuestion.built.length) notes.push(`public/pkg precompressed: ${firstQuestion.built.map((b) => `${b.file} ${fmt(b.bytes)} B`).join(', ')}`);
    out.push('', ...notes.map((n) => `- ${n}`));
  }
  for (const [profile, rows] of Object.entries(report)) {
    if (!Object.keys(rows).length) continue;
    out.push('', `**Chorus, ${profile} profile** (medians; no budget)`, '');
    out.push(
      '| target | first answer ms | × floor | × SurveyJS | × Formbricks | FCP ms | hydrated ms | transfer KiB | × SurveyJS | × Formbricks | JS+wasm KiB | requests | runs |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const [name, r] of Object.entries(rows)) {
      out.push(
        `| ${name} | ${ms(r.first_answer_ms)}${r.clicked_ms == null ? '' : ` (tap at ${ms(r.clicked_ms)})`} | ${x(r.first_answer_x_floor)} | ${x(r.first_answer_x_surveyjs)} | ${x(r.first_answer_x_formbricks)} ` +
          `| ${ms(r.fcp_ms)} | ${ms(r.hydrated_ms)} | ${kib(r.transfer_bytes)} | ${x(r.transfer_x_surveyjs)} | ${x(r.transfer_x_formbricks)} | ${kib(r.js_wasm_bytes)} | ${r.requests} | ${r.runs} |`,
      );
    }
  }
  const failed = budgets.filter((b) => b.status === 'FAIL').map((b) => b.id);
  out.push('', failed.length ? `BUDGETS FAILED: ${failed.join(', ')}` : 'All budgets measured PASS.');
  console.log(out.join('\n'));

  // Every target's medians, for a summary that wants its own table.
  const medians = {};
  for (const [profile, targets] of Object.entries(result.results ?? {})) {
    medians[profile] = {};
    for (const [name, { summary: s }] of Object.entries(targets)) {
      const m = (k) => s[k]?.median ?? null;
      medians[profile][name] = {
        first_answer_ms: m('first_answer_ms'),
        first_answer_x_floor: s.ratio_to_floor?.first_answer_ms ?? null,
        fcp_ms: m('fcp_ms'),
        hydrated_ms: m('hydrated_ms'),
        transfer_bytes: m('transfer_bytes'),
        transfer_x_floor: s.ratio_to_floor?.transfer_bytes ?? null,
        js_wasm_bytes: m('js_wasm_bytes'),
        requests: m('requests'),
        ok_runs: s.ok_runs,
        failed_runs: s.failed_runs,
      };
    }
  }
  problems.splice(0, problems.length, ...new Set(problems));
  const status = problems.length ? 'ERROR' : failed.length ? 'FAIL' : 'PASS';
  const summary = {
    kind: 'chorus-frontend-bench',
    status,
    failed_budgets: failed,
    date: result.date,
    machine: result.machine,
    config: { runs: result.config?.runs, warmup: result.config?.warmup, profiles: Object.keys(result.results ?? {}) },
    targets: result.targets,
    budgets,
    first_question: firstQuestion,
    report,
    medians,
    problems,
    results_file: relative(opts.repo, opts.results),
  };
  await mkdir(dirname(opts.out), { recursive: true });
  await writeFile(opts.out, `${JSON.stringify(summary, null, 2)}\n`);
  console.error(`wrote ${opts.out}`);
  if (problems.length) {
    console.error(`budgets.mjs: the measurement is incomplete: ${problems.join('; ')}`);
    process.exit(1);
  }
}

main().catch((err) => {
  console.error(`budgets.mjs: ${err.stack ?? err}`);
  process.exit(1);
});
