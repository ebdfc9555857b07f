/**
 * The interactive docs at /docs: one self-contained page (inline style and script, allowed by a per-response
 * CSP nonce) that reads /openapi.json from this server, lists the rules, shows a rule's facts schema and
 * evaluates it. Nothing is loaded from another host, so it works offline; the CSP forbids it anyway.
 */

const style = `
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,sans-serif;color:#1d2430;background:#f6f7f9}
header{padding:12px 20px;background:#1d2430;color:#fff;display:flex;gap:16px;align-items:center;flex-wrap:wrap}
header h1{font-size:18px;margin:0}header a{color:#9cc3ff}header label{margin-left:auto}
main{display:grid;grid-template-columns:320px 1fr;gap:0;min-height:calc(100vh - 52px)}
nav{border-right:1px solid #d8dce3;background:#fff;overflow:auto;max-height:calc(100vh - 52px);padding:8px}
nav input{width:100%;padding:6px;margin-bottom:8px}nav h3{font-size:12px;margin:12px 4px 4px;color:#5a6577}
nav button{display:block;width:100%;text-align:left;border:0;background:none;padding:4px 6px;cursor:pointer;border-radius:4px}
nav button:hover,nav button[aria-current=true]{background:#e8effc}
section{padding:16px 24px;overflow:auto}pre{background:#fff;border:1px solid #d8dce3;padding:8px;overflow:auto;max-height:360px}
textarea{width:100%;min-height:200px;font:13px/1.4 ui-monospace,monospace}
button.primary{background:#2456c7;color:#fff;border:0;padding:8px 16px;border-radius:4px;cursor:pointer}
table{border-collapse:collapse}td,th{border-bottom:1px solid #d8dce3;padding:3px 8px;text-align:left}
.status{font-weight:600}.ok{color:#17803d}.err{color:#b42318}code{font:12px ui-monospace,monospace}
`;

const script = `
'use strict';
const $ = (id) => document.getElementById(id);
const el = (tag, text, attrs) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  return node;
};
let doc = null;
const tokenInput = $('token');
tokenInput.value = sessionStorage.getItem('kefu-token') || '';
tokenInput.addEventListener('change', () => sessionStorage.setItem('kefu-token', tokenInput.value));

function resolve(schema) {
  let s = schema;
  for (let i = 0; s && s.$ref && i < 20; i += 1) {
    s = s.$ref.slice(2).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~')).reduce((o, k) => o && o[k], doc);
  }
  return s || {};
}

/** A starting value for a schema: defaults, else the first option, else a plausible blank. */
function sample(schema, depth) {
  const s = resolve(schema);
  if (depth > 8) return null;
  if ('default' in s) return s.default;
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum)) return s.enum[0];
  const options = s.anyOf || s.oneOf;
  if (Array.isArray(options)) return sample(options.find((o) => resolve(o).type !== 'null') || options[0], depth + 1);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  if (type === 'object' || s.properties) {
    const out = {};
    for (const key of s.required || []) out[key] = sample((s.properties || {})[key] || {}, depth + 1);
    return out;
  }
  if (type === 'array') return [];
  if (type === 'boolean') return false;
  if (type === 'integer' || type === 'number') {
    if (typeof s.minimum === 'number') return s.minimum;
    if (typeof s.exclusiveMinimum === 'number') return s.exclusiveMinimum + 1;
    return 0;
  }
  if (type === 'string') {
    if (s.format === 'date-time') return new Date().toISOString().replace(/\\.\\d+Z$/, 'Z');
    if (s.format === 'date') return new Date().toISOString().slice(0, 10);
    return '';
  }
  return null;
}

function ruleOperations() {
  const out = [];
  for (const [path, item] of Object.entries(doc.paths || {})) {
    const op = item.post;
    if (op && op['x-kefu-rule']) out.push({ path, op, id: op['x-kefu-rule'] });
  }
  return out;
}

function showRule(entry, button) {
  for (const b of document.querySelectorAll('nav button')) b.setAttribute('aria-current', 'false');
  button.setAttribute('aria-current', 'true');
  const body = entry.op.requestBody.content['application/json'].schema;
  const facts = resolve(body.properties.facts);
  $('rule-title').textContent = entry.op.summary;
  $('rule-description').textContent = entry.op.description;
  $('rule-path').textContent = 'POST ' + entry.path;
  $('facts-schema').textContent = JSON.stringify(facts, null, 2);
  $('facts').value = JSON.stringify(sample(facts, 0), null, 2);
  $('result').textContent = '';
  $('result-status').textContent = '';
  $('rule').hidden = false;
  $('rule').dataset.path = entry.path;
}

async function evaluateRule() {
  const status = $('result-status');
  status.dataset.status = '';
  let facts;
  try {
    facts = JSON.parse($('facts').value);
  } catch (e) {
    status.textContent = 'The facts are not valid JSON: ' + e.message;
    status.className = 'status err';
    return;
  }
  const body = { facts };
  if ($('as-of').value.trim()) body.asOf = $('as-of').value.trim();
  const headers = { 'Content-Type': 'application/json' };
  if (tokenInput.value) headers.Authorization = 'Bearer ' + tokenInput.value;
  const res = await fetch($('rule').dataset.path, { method: 'POST', headers, body: JSON.stringify(body) });
  const text = await res.text();
  status.textContent = res.status + ' ' + (res.headers.get('content-type') || '');
  status.dataset.status = String(res.status);
  status.className = 'status ' + (res.ok ? 'ok' : 'err');
  try {
    $('result').textContent = JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    $('result').textContent = text;
  }
}

function renderNav(filter) {
  const nav = $('rules');
  nav.replaceChildren();
  const needle = filter.trim().toLowerCase();
  let policy = '';
  for (const entry of ruleOperations()) {
    if (needle && !entry.op.summary.toLowerCase().includes(needle)) continue;
    const code = entry.op.tags[0];
    if (code !== policy) {
      policy = code;
      const tag = (doc.tags || []).find((t) => t.name === code);
      nav.append(el('h3', code + (tag && tag.description ? ' ' + tag.description : '')));
    }
    const button = el('button', entry.op.summary, { type: 'button', 'data-rule': entry.id });
    button.addEventListener('click', () => showRule(entry, button));
    nav.append(button);
  }
}

function renderReference() {
  const ops = $('operations');
  for (const [path, item] of Object.entries(doc.paths || {})) {
    for (const [method, op] of Object.entries(item)) {
      if (op['x-kefu-rule']) continue;
      const row = el('tr');
      row.append(el('td', method.toUpperCase()), el('td'), el('td', op.summary || ''));
      row.children[1].append(el('code', path));
      ops.append(row);
    }
  }
  const problems = $('problems');
  for (const p of doc['x-kefu-problems'] || []) {
    const row = el('tr', undefined, { id: 'problem-' + p.code });
    row.append(el('td'), el('td', String(p.status)), el('td', p.title));
    row.children[0].append(el('code', p.code));
    problems.append(row);
  }
}

async function start() {
  const res = await fetch('/openapi.json');
  doc = await res.json();
  $('version').textContent = doc.info.title + ' ' + doc.info.version;
  // Judge "now" unless told otherwise, so a skeleton with an open obligation still gets a status.
  $('as-of').value = new Date().toISOString().replace(/\\.\\d+Z$/, 'Z');
  renderNav('');
  renderReference();
  $('filter').addEventListener('input', (e) => renderNav(e.target.value));
  $('evaluate').addEventListener('click', () => evaluateRule().catch((e) => {
    $('result-status').textContent = 'Request failed: ' + e.message;
  }));
  document.body.dataset.ready = 'true';
}
start().catch((e) => { $('version').textContent = 'Could not load /openapi.json: ' + e.message; });
`;

export function docsPage(nonce: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kefu API</title>
<link rel="icon" href="data:,">
<style nonce="${nonce}">${style}</style>
</head>
<body>
<header>
  <h1>Kefu API</h1><span id="version"></span>
  <a href="/openapi.json">openapi.json</a>
  <label>Bearer token <input id="token" type="password" autocomplete="off" placeholder="if the server needs one"></label>
</header>
<main>
  <nav aria-label="Rules"><input id="filter" type="search" placeholder="Filter rules" aria-label="Filter rules"><div id="rules"></div></nav>
  <section>
    <div id="rule" hidden>
      <h2 id="rule-title"></h2>
      <p id="rule-description"></p>
      <p><code id="rule-path"></code></p>
      <h3>Facts schema</h3>
      <pre id="facts-schema"></pre>
      <h3>Try it</h3>
      <label for="facts">Facts (JSON)</label>
      <textarea id="facts" spellcheck="false"></textarea>
      <p><label>asOf (optional ISO instant) <input id="as-of" size="32" placeholder="2026-11-27T18:00:00+08:00"></label></p>
      <p><button id="evaluate" class="primary" type="button">Evaluate</button> <span id="result-status" class="status"></span></p>
      <pre id="result" aria-live="polite"></pre>
    </div>
    <h2>Operations</h2>
    <table><thead><tr><th>Method</th><th>Path</th><th>Summary</th></tr></thead><tbody id="operations"></tbody></table>
    <h2>Problem codes</h2>
    <p>Every error is <code>application/problem+json</code> (RFC 9457) with <code>code</code> and <code>issues</code>.</p>
    <table><thead><tr><th>Code</th><th>Status</th><th>Title</th></tr></thead><tbody id="problems"></tbody></table>
  </section>
</main>
<script nonce="${nonce}">${script}</script>
</body>
</html>`;
}

/** The page's CSP: only this server, only this response's inline code. */
export function docsCsp(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
