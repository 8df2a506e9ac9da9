// The notecoder demo plugin page: a plain <textarea> wired to the server through the JS SDK, exactly as an EHR plugin
// would do it. No build step, no dependencies: the SDK is served by notecoder itself at ./sdk/notecoder.js.
//
// URL parameters: ?token=... (else localStorage "notecoder.token", else "dev" — any token works with serve --dev),
// ?doc=... (document id, default a fresh id per tab), ?view=cdi (CDI workspace only, no editor),
// ?setting=inpatient|outpatient, ?ws=ws://host/v1/ws (another server).
import { Client, bindTextarea, NotecoderError } from './sdk/notecoder.js';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);

function pickToken() {
  const fromURL = params.get('token');
  try {
    if (fromURL) localStorage.setItem('notecoder.token', fromURL);
    return fromURL || localStorage.getItem('notecoder.token') || 'dev';
  } catch {
    return fromURL || 'dev'; // storage disabled
  }
}

const token = pickToken();
const view = params.get('view') === 'cdi' ? 'cdi' : 'physician';
const docId = params.get('doc') || `demo/${Math.random().toString(36).slice(2, 10)}`;
const initialSetting = params.get('setting') === 'inpatient' ? 'inpatient' : 'outpatient';

const client = new Client({ token, client: 'notecoder-demo/1', ...(params.get('ws') ? { url: params.get('ws') } : {}) });

// ---- status and latency ----------------------------------------------------------------------------------------

const STATUS_TEXT = { connecting: 'Connecting…', open: 'Live', reconnecting: 'Reconnecting…', closed: 'Offline' };

client.on('status', ({ status }) => {
  $('status').dataset.status = status;
  $('status-text').textContent = STATUS_TEXT[status] || status;
});

const latencies = [];
client.on('latency', ({ ms }) => {
  latencies.push(ms);
  if (latencies.length > 50) latencies.shift();
  const sorted = [...latencies].sort((a, b) => a - b);
  const p50 = sorted[Math.floor((sorted.length - 1) / 2)];
  $('latency').textContent = `${fmtMs(ms)} (median ${fmtMs(p50)})`;
});

function fmtMs(ms) {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

client.on('error', ({ error }) => {
  // version_mismatch and friends are handled by the SDK (resync); show only what a user can act on.
  if (error.code === 'unauthorized') flash('The server refused the token. Add ?token=... to the address.', 'error');
  else if (['doc_too_large', 'rate_limited', 'internal'].includes(error.code)) flash(error.message, 'error');
});

function flash(text, kind = 'info') {
  let el = $('flash');
  if (!el) {
    el = document.createElement('p');
    el.id = 'flash';
    el.setAttribute('role', 'alert');
    document.querySelector('.topbar').after(el);
  }
  el.className = `flash flash-${kind}`;
  el.textContent = text;
}

// ---- keyed list rendering (keeps focus and avoids flicker) ------------------------------------------------------

function renderList(ul, items, key, create, update) {
  const existing = new Map();
  for (const li of ul.children) existing.set(li.dataset.key, li);
  let prev = null;
  for (const item of items) {
    const k = key(item);
    let li = existing.get(k);
    if (li) existing.delete(k);
    else {
      li = create(item);
      li.dataset.key = k;
    }
    update(li, item);
    const want = prev ? prev.nextSibling : ul.firstChild;
    if (want !== li) ul.insertBefore(li, want);
    prev = li;
  }
  for (const li of existing.values()) {
    if (li.contains(document.activeElement)) $('note').focus({ preventScroll: true });
    li.remove();
  }
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

// ---- the physician's editor ------------------------------------------------------------------------------------

const note = $('note');
const backdrop = $('backdrop');
let doc = null;
let activeEvidence = null; // {kind, id} highlighted strongly while its list item is hovered or focused

if (view === 'physician') {
  $(`setting-${initialSetting}`).checked = true;
  $('doc-id').textContent = docId;
  $('q-doc').value = docId;
  doc = client.open(docId, note.value, { setting: initialSetting });
  bindTextarea(doc, note);
  doc.on('text', renderBackdrop);
  doc.on('codes', renderCodes);
  doc.on('prompts', renderPrompts);
  note.addEventListener('scroll', syncScroll);
  new ResizeObserver(syncScroll).observe(note);
  for (const r of document.querySelectorAll('input[name="setting"]')) {
    r.addEventListener('change', () => {
      if (r.checked) doc.setContext({ setting: r.value });
    });
  }
  renderCodes();
  renderPrompts();
  renderBackdrop();
} else {
  enterCDIView();
}

function enterCDIView() {
  document.body.classList.add('view-cdi');
  $('editor-pane').hidden = true;
  $('side').hidden = true;
  $('setting-switch').hidden = true;
  $('latency').closest('.latency').hidden = true;
  if (params.get('doc')) $('q-doc').value = params.get('doc');
}

function syncScroll() {
  backdrop.scrollTop = note.scrollTop;
  backdrop.scrollLeft = note.scrollLeft;
}

function renderBackdrop() {
  if (!doc) return;
  const text = doc.text;
  // Boundaries of every evidence span; each segment between two boundaries gets the classes of the spans covering it.
  const spans = [];
  for (const c of doc.codes) for (const s of c.evidence || []) spans.push({ ...s, cls: 'ev-code', id: c.id });
  for (const p of doc.prompts) for (const s of p.evidence || []) spans.push({ ...s, cls: 'ev-prompt', id: p.id });
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    if (s.end > s.start && s.end <= text.length) {
      cuts.add(s.start);
      cuts.add(s.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const seg = text.slice(a, b);
    const covering = spans.filter((s) => s.start <= a && s.end >= b && s.end > s.start);
    if (covering.length === 0) {
      frag.append(seg);
      continue;
    }
    const classes = new Set(covering.map((s) => s.cls));
    if (activeEvidence && covering.some((s) => s.id === activeEvidence)) classes.add('ev-active');
    frag.append(el('mark', { class: [...classes].join(' ') }, seg));
  }
  frag.append('\n'); // a trailing newline in a textarea still takes a line
  backdrop.replaceChildren(frag);
  syncScroll();
}

function setActiveEvidence(id) {
  activeEvidence = id;
  renderBackdrop();
}

function selectEvidence(item) {
  const s = (item.evidence || [])[0];
  if (!s) return;
  note.focus();
  note.setSelectionRange(s.start, s.end);
}

const ASSERTION_TEXT = { possible: 'uncertain', historical: 'history', family: 'family history' };

function renderCodes() {
  const codes = doc ? doc.codes : [];
  $('codes-count').textContent = String(codes.length);
  $('codes-empty').hidden = codes.length > 0;
  renderList(
    $('codes'),
    codes,
    (c) => c.id,
    (c) => {
      const li = el('li', { class: 'code-item' });
      li.append(
        el('button', {
          type: 'button',
          class: 'code-main',
          onclick: () => selectEvidence(doc.codes.find((x) => x.id === li.dataset.key) || c),
          onmouseenter: () => setActiveEvidence(li.dataset.key),
          onmouseleave: () => setActiveEvidence(null),
          onfocus: () => setActiveEvidence(li.dataset.key),
          onblur: () => setActiveEvidence(null),
        },
        el('span', { class: 'code' }),
        el('span', { class: 'title' }),
        el('span', { class: 'badge' })),
      );
      return li;
    },
    (li, c) => {
      li.dataset.code = c.code;
      li.querySelector('.code').textContent = c.code;
      li.querySelector('.title').textContent = c.title || '';
      const badge = li.querySelector('.badge');
      const a = ASSERTION_TEXT[c.assertion];
      badge.textContent = a || '';
      badge.hidden = !a;
      li.querySelector('.code-main').setAttribute(
        'aria-label',
        `${c.code} ${c.title || ''}${a ? `, ${a}` : ''}. Show evidence in the note.`,
      );
    },
  );
  renderBackdrop();
}

function renderPrompts() {
  const prompts = doc ? doc.prompts : [];
  $('prompts-count').textContent = String(prompts.length);
  $('prompts-empty').hidden = prompts.length > 0;
  renderList(
    $('prompts'),
    prompts,
    (p) => p.id,
    (p) => {
      const li = el('li', { class: 'prompt-item' });
      const msgId = `pm-${p.id}`;
      li.append(
        el('p', { class: 'prompt-msg', id: msgId }),
        el('div', { class: 'prompt-options', role: 'group', 'aria-labelledby': msgId }),
        el('button', {
          type: 'button',
          class: 'dismiss',
          onclick: () => {
            doc.dismiss(li.dataset.key, 'dismissed in editor');
          },
        }, 'Dismiss'),
      );
      li.addEventListener('mouseenter', () => setActiveEvidence(li.dataset.key));
      li.addEventListener('mouseleave', () => setActiveEvidence(null));
      return li;
    },
    (li, p) => {
      li.dataset.promptKind = p.kind;
      li.dataset.promptCode = p.code || '';
      li.querySelector('.prompt-msg').textContent = p.message;
      li.querySelector('.dismiss').setAttribute('aria-label', `Dismiss prompt: ${p.message}`);
      const sig = JSON.stringify(p.options || []);
      const box = li.querySelector('.prompt-options');
      if (box.dataset.sig === sig) return;
      box.dataset.sig = sig;
      box.replaceChildren(
        ...(p.options || []).map((o, i) =>
          el('button', {
            type: 'button',
            class: o.code ? 'option' : 'option option-uncoded',
            dataset: o.code ? { optionCode: o.code } : {},
            title: o.code ? `Document "${o.label}" in the note (${o.code})` : undefined,
            onclick: () => answerPrompt(li.dataset.key, i),
          }, o.label),
        ),
      );
    },
  );
  renderBackdrop();
}

function answerPrompt(promptId, index) {
  const p = doc.prompts.find((x) => x.id === promptId);
  if (!p) return;
  const o = p.options[index];
  if (!o) return;
  if (!o.code && !/^other\b/i.test(o.label)) {
    // "Clinically undetermined", "Not clinically significant": an answer, not words for the note.
    doc.dismiss(p, o.label);
    return;
  }
  const edit = doc.applyOption(p, o);
  if (!edit) {
    // "Other (please specify)": put the caret after the evidence so the physician can write it.
    const s = (p.evidence || [])[0];
    note.focus();
    if (s) note.setSelectionRange(s.end, s.end);
    return;
  }
  // Keep keyboard users in the note where the words were written.
  note.focus({ preventScroll: false });
  note.setSelectionRange(edit.start + edit.text.length, edit.start + edit.text.length);
}

// ---- queries arriving at the physician --------------------------------------------------------------------------

client.on('query', ({ query }) => {
  if (view !== 'physician' || query.doc !== docId) return;
  renderQueries();
});

function renderQueries() {
  const qs = client.queries.filter((q) => q.doc === docId);
  $('queries-panel').hidden = qs.length === 0;
  renderList(
    $('queries'),
    qs,
    (q) => q.id,
    (q) => el('li', { class: 'query-item', dataset: { queryId: q.id } }),
    (li, q) => {
      const sig = JSON.stringify([q.status, q.question, q.options, q.answer]);
      if (li.dataset.sig === sig) return;
      li.dataset.sig = sig;
      li.dataset.status = q.status;
      const qid = `qq-${q.id}`;
      const children = [el('p', { class: 'query-q', id: qid }, q.question)];
      if (q.status === 'open') {
        const other = el('input', { class: 'query-other', 'aria-label': 'Your words (for Other)', placeholder: 'Other: your words' });
        children.push(
          el('div', { class: 'query-options', role: 'group', 'aria-labelledby': qid },
            ...q.options.map((o, i) =>
              el('button', {
                type: 'button',
                class: 'option',
                dataset: { answerIndex: String(i), ...(o.code ? { answerCode: o.code } : {}) },
                onclick: () => answerQuery(q, i, other.value.trim()),
              }, o.label),
            )),
          other,
        );
      } else {
        const a = q.answer ? `Answered: ${q.answer.label}${q.answer.text ? ` — ${q.answer.text}` : ''}` : `Status: ${q.status}`;
        children.push(el('p', { class: 'query-status' }, a));
      }
      li.replaceChildren(...children);
    },
  );
}

function answerQuery(q, index, text) {
  const o = q.options[index];
  if (/^other/i.test(o.label) && !text) {
    const input = document.querySelector(`[data-query-id="${CSS.escape(q.id)}"] .query-other`);
    if (input) {
      input.focus();
      input.setAttribute('aria-invalid', 'true');
    }
    return;
  }
  client.answerQuery(q.id, index, text || undefined).catch((err) => {
    flash(`The answer was not recorded: ${err.message}`, 'error');
    const local = client.queries.find((x) => x.id === q.id);
    if (local) {
      local.status = 'open';
      delete local.answer;
      renderQueries();
    }
  });
  // The answer is documentation: write it into the note when it matches an open prompt.
  if (o.code && q.prompt) {
    const p = doc.prompts.find((x) => x.id === q.prompt) || doc.prompts.find((x) => (x.options || []).some((y) => y.code === o.code));
    const po = p && p.options.find((y) => y.code === o.code);
    if (po) doc.applyOption(p, po);
  }
  const local = client.queries.find((x) => x.id === q.id);
  if (local) {
    local.status = 'answered';
    local.answer = { option: index, label: o.label, text };
  }
  renderQueries();
}

// ---- CDI workspace ----------------------------------------------------------------------------------------------

let cdiStarted = false;

// One role per page: the physician page shows the editor; the CDI workspace (?view=cdi, or a token whose only roles
// are cdi/admin) shows the worklist and the query form. A token with both roles (serve --dev) gets a link to the other.
client.on('welcome', ({ welcome }) => {
  const roles = (welcome.identity && welcome.identity.roles) || [];
  const cdi = roles.includes('cdi') || roles.includes('admin');
  const physician = roles.includes('physician') || roles.length === 0;
  if (!cdi) {
    $('cdi').hidden = true;
    if (view === 'cdi') flash('This token has no CDI role: the CDI workspace is not available.', 'error');
    return;
  }
  if (view === 'physician' && physician) {
    if (!$('cdi-link')) {
      const u = new URL(location.href);
      u.searchParams.set('view', 'cdi');
      u.searchParams.set('doc', docId);
      $('status').before(el('a', { id: 'cdi-link', class: 'cdi-link', href: u.toString(), target: '_blank', rel: 'noopener' }, 'CDI workspace'));
    }
    return;
  }
  if (view === 'physician' && doc) {
    doc.close();
    doc = null;
    enterCDIView();
  }
  $('cdi').hidden = false;
  if (!cdiStarted) {
    cdiStarted = true;
    client.subscribeWorklist();
    client.fetchWorklist().then((w) => renderWorklist(w && w.items), () => {});
  }
});

client.on('worklist', ({ message }) => renderWorklist(message.items));

function renderWorklist(items = []) {
  items = Array.isArray(items) ? items : [];
  $('worklist-count').textContent = String(items.length);
  $('worklist-empty').hidden = items.length > 0;
  renderList(
    $('worklist'),
    items,
    (it) => it.doc,
    () => el('li', { class: 'work-item' }),
    (li, it) => {
      const sig = JSON.stringify([it.prompts, it.impact, it.user]);
      if (li.dataset.sig === sig) return;
      li.dataset.sig = sig;
      li.dataset.doc = it.doc;
      const score = it.impact && typeof it.impact.score === 'number' ? it.impact.score : null;
      li.replaceChildren(
        el('p', { class: 'work-doc' }, el('span', { class: 'mono' }, it.doc),
          it.user ? el('span', { class: 'muted' }, ` · ${it.user}`) : null,
          score !== null ? el('span', { class: 'impact' }, `impact ${score.toFixed(2)}`) : null),
        el('ul', { class: 'work-prompts' },
          ...(it.prompts || []).map((p) =>
            el('li', { dataset: { worklistKind: p.kind } },
              el('span', {}, p.message),
              el('button', {
                type: 'button',
                class: 'secondary small draft',
                onclick: () => draftQuery(it.doc, p),
                'aria-label': `Draft a query for ${it.doc}: ${p.message}`,
              }, 'Draft query')),
          )),
      );
    },
  );
}

function draftQuery(docName, p) {
  $('q-doc').value = docName;
  $('q-prompt').value = p.id || '';
  $('q-question').value = questionFor(p);
  const opts = (p.options || []).filter((o) => o.code); // the server appends Other / Clinically undetermined
  setOptionRows(opts.length ? opts : [{ label: '' }, { label: '' }]);
  $('q-result').replaceChildren();
  $('q-question').focus();
}

// A non-leading question: it names the clinical question from the prompt, never the codes' money.
function questionFor(p) {
  const m = (p.message || '').replace(/\s+/g, ' ').trim();
  return `Based on the clinical indicators in this note, please clarify: ${m.replace(/[.?]$/, '')}.`;
}

function setOptionRows(options) {
  const ol = $('q-options');
  ol.replaceChildren();
  for (const o of options) addOptionRow(o);
}

let optionSeq = 0;
function addOptionRow(o = { label: '' }) {
  const row = $('option-row').content.firstElementChild.cloneNode(true);
  const n = ++optionSeq;
  const [labLabel, codeLabel] = row.querySelectorAll('label');
  const lab = row.querySelector('.opt-label');
  const code = row.querySelector('.opt-code');
  lab.id = `opt-label-${n}`;
  code.id = `opt-code-${n}`;
  labLabel.htmlFor = lab.id;
  codeLabel.htmlFor = code.id;
  lab.value = o.label || '';
  code.value = o.code || '';
  row.querySelector('.remove-option').setAttribute('aria-label', `Remove option ${o.label || n}`);
  row.querySelector('.remove-option').addEventListener('click', () => {
    row.remove();
    $('q-add-option').focus();
  });
  $('q-options').append(row);
  return row;
}

$('q-add-option').addEventListener('click', () => addOptionRow().querySelector('.opt-label').focus());
setOptionRows([{ label: '' }, { label: '' }]);

$('query-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const out = $('q-result');
  const body = {
    doc: $('q-doc').value.trim(),
    question: $('q-question').value.trim(),
    options: [...document.querySelectorAll('#q-options .option-row')]
      .map((r) => ({ label: r.querySelector('.opt-label').value.trim(), code: r.querySelector('.opt-code').value.trim() }))
      .filter((o) => o.label)
      .map((o) => (o.code ? o : { label: o.label })),
  };
  const prompt = $('q-prompt').value.trim();
  if (prompt) body.prompt = prompt;
  if (!body.doc || !body.question) {
    out.replaceChildren(el('p', { class: 'error', role: 'alert' }, 'A document and a question are required.'));
    (body.doc ? $('q-question') : $('q-doc')).focus();
    return;
  }
  $('q-send').disabled = true;
  try {
    const q = await client.createQuery(body);
    const warn = Array.isArray(q.warnings) && q.warnings.length
      ? el('ul', { class: 'warnings' }, ...q.warnings.map((w) => el('li', {}, `${w.rule}: ${w.message}`)))
      : null;
    out.replaceChildren(el('p', { class: 'ok', dataset: { queryId: q.id } }, `Query ${q.id} sent (${q.status}).`), warn);
  } catch (err) {
    if (err instanceof NotecoderError && err.status === 422) {
      out.replaceChildren(
        el('div', { class: 'error', role: 'alert' },
          el('p', {}, 'This query was refused as leading:'),
          el('ul', { class: 'findings' }, ...(err.findings || []).map((f) => el('li', { dataset: { rule: f.rule } }, f.message)))),
      );
    } else {
      out.replaceChildren(el('p', { class: 'error', role: 'alert' }, `Could not send the query: ${err.message}`));
    }
  } finally {
    $('q-send').disabled = false;
  }
});

// ---- go ---------------------------------------------------------------------------------------------------------

client.connect().catch((err) => {
  flash(err.code === 'unauthorized' ? 'The server refused the token. Add ?token=... to the address.' : `Cannot connect: ${err.message}`, 'error');
});

// Exposed for debugging in the console and for the browser tests.
window.notecoder = { client, get doc() { return doc; } };
