// The Client and Document against a fake notecoder server speaking real WebSocket frames.
// Run with: node --experimental-websocket --test (Node 20; Node >= 22 has WebSocket built in).
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { Client, bindTextarea, NotecoderError } from '../notecoder.js';
import { FakeServer, nextEvent } from './fakeserver.js';

// Each test has its own bound, so a hang fails that test; the runner's --test-timeout bounds a whole file,
// which on a loaded 2-core machine may include building the server.
const PER_TEST = { timeout: 60000 };

const WS = globalThis.WebSocket;
if (!WS) throw new Error('these tests need a WebSocket client: run node with --experimental-websocket (Node 20)');

let server;
let clients;

beforeEach(async () => {
  server = new FakeServer();
  await server.listen();
  clients = [];
});

afterEach(async () => {
  for (const c of clients) c.close();
  await server.stop();
});

function newClient(opts = {}) {
  const c = new Client({
    url: server.url,
    token: 'dev',
    client: 'test/1',
    WebSocket: WS,
    backoff: { initialMs: 5, maxMs: 20 },
    ...opts,
  });
  clients.push(c);
  return c;
}

const byType = (type, extra = () => true) => (m) => m.type === type && extra(m);

test('hello carries the token, client name and utf-16; connect resolves with welcome', PER_TEST, async () => {
  const c = newClient();
  const statuses = [];
  c.on('status', (e) => statuses.push(e.status));
  const welcome = await c.connect();
  assert.equal(welcome.type, 'welcome');
  assert.equal(c.status, 'open');
  assert.deepEqual(statuses, ['connecting', 'open']);
  const hello = server.received.find((m) => m.type === 'hello');
  assert.equal(hello.token, 'dev');
  assert.equal(hello.positionEncoding, 'utf-16');
  assert.match(hello.client, /^test\/1 notecoder-js\//);
});

test('connect rejects without a token or a WebSocket, and on a refused token without retrying', PER_TEST, async () => {
  await assert.rejects(new Client({ url: server.url, WebSocket: WS }).connect(), (e) => e.code === 'bad_argument');
  const saved = globalThis.WebSocket;
  globalThis.WebSocket = undefined;
  try {
    await assert.rejects(new Client({ url: server.url, token: 'x' }).connect(), (e) => e instanceof NotecoderError);
  } finally {
    globalThis.WebSocket = saved;
  }
  server.refuseToken = 'bad';
  const c = newClient({ token: 'bad' });
  const errors = [];
  c.on('error', (e) => errors.push(e.error.code));
  await assert.rejects(c.connect(), (e) => e.code === 'unauthorized');
  assert.equal(c.status, 'closed');
  assert.deepEqual(errors, ['unauthorized']);
  assert.equal(server.received.filter((m) => m.type === 'hello').length, 1, 'no reconnect loop with a refused token');
});

test('open, edits with consecutive versions, results applied as remove-then-upsert, latency reported', PER_TEST, async () => {
  const c = newClient();
  await c.connect();
  const doc = c.open('enc-1/note-1', 'Assessment: ', { setting: 'outpatient' });
  const open = (await server.waitFor(byType('open'), 0)).msg;
  assert.deepEqual(open, { type: 'open', doc: 'enc-1/note-1', version: 1, text: 'Assessment: ', context: { setting: 'outpatient' } });
  await nextEvent(doc, 'result', (e) => e.version === 1);

  const gotCodes = nextEvent(doc, 'codes');
  const gotPrompts = nextEvent(doc, 'prompts');
  const latency = nextEvent(doc, 'latency', (e) => e.version === 2);
  doc.setText('Assessment: Osteoarthritis of the knee');
  const change = (await server.waitFor(byType('change', (m) => m.version === 2), 0)).msg;
  assert.deepEqual(change.changes, [{ start: 12, end: 12, text: 'Osteoarthritis of the knee' }]);
  assert.deepEqual((await gotCodes).codes.map((x) => x.code), ['M17.9']);
  const prompts = (await gotPrompts).prompts;
  assert.equal(prompts.length, 1);
  assert.equal(prompts[0].kind, 'laterality');
  assert.deepEqual(prompts[0].evidence, [{ start: 12, end: 38 }]);
  const lat = await latency;
  assert.ok(lat.ms >= 0 && Number.isFinite(lat.ms));

  // The option edit: the note says "right", the server re-codes to M17.11 and withdraws the prompt.
  const specific = nextEvent(doc, 'codes', (e) => e.codes.some((x) => x.code === 'M17.11'));
  const promptsGone = nextEvent(doc, 'prompts', (e) => e.prompts.length === 0);
  const edit = doc.applyOption(prompts[0], prompts[0].options[0]);
  assert.deepEqual(edit, { start: 34, end: 34, text: 'right ' });
  assert.equal(doc.text, 'Assessment: Osteoarthritis of the right knee');
  await specific;
  await promptsGone;
  const fb = (await server.waitFor(byType('feedback'), 0)).msg;
  assert.deepEqual(fb, { type: 'feedback', doc: 'enc-1/note-1', target: 'p-oa', action: 'accept', code: 'M17.11' });
  assert.equal(doc.version, 3);
  assert.equal(doc.acknowledgedVersion, 3);
  assert.equal(doc.applyOption(prompts[0], prompts[0].options[3]), null, 'an uncoded option needs free text');
});

test('stale results are ignored and evidence is mapped through edits not yet coded', PER_TEST, async () => {
  const c = newClient();
  await c.connect();
  const doc = c.open('d', 'Osteoarthritis of the knee');
  await nextEvent(doc, 'result', (e) => e.version === 1);
  server.holdResults = true;
  doc.setText('Dx: Osteoarthritis of the knee'); // v2, result held
  doc.setText('Dx: Osteoarthritis of the knee. CHF'); // v3, result held
  await server.waitFor(byType('change', (m) => m.version === 3), 0);
  // The code's evidence already follows the text, before any result.
  assert.deepEqual(doc.codes[0].evidence, [{ start: 4, end: 30 }]);
  const conn = [...server.conns][0];
  // An old result (version 1) arriving late changes nothing.
  conn.send({ type: 'result', doc: 'd', version: 1, codes: { upsert: [], remove: ['c-oa'] }, prompts: { upsert: [], remove: [] } });
  // A result for v2 (coded before "CHF" was typed) is mapped onto the v3 text.
  conn.send({
    type: 'result',
    doc: 'd',
    version: 2,
    codes: { upsert: [{ id: 'c-oa', code: 'M17.9', evidence: [{ start: 4, end: 30 }] }], remove: [] },
    prompts: { upsert: [], remove: [] },
  });
  await nextEvent(doc, 'result', (e) => e.version === 2);
  assert.deepEqual(doc.codes.map((x) => x.code), ['M17.9']);
  assert.deepEqual(doc.codes[0].evidence, [{ start: 4, end: 30 }]);
  conn.send({ type: 'result', doc: 'd', version: 1, codes: { upsert: [], remove: ['c-oa'] }, prompts: { upsert: [], remove: [] } });
  server.release();
  await nextEvent(doc, 'result', (e) => e.version === 3);
  assert.deepEqual(doc.codes.map((x) => x.code).sort(), ['I50.9', 'M17.9']);
  assert.equal(doc.acknowledgedVersion, 3);
});

test('a dismissed prompt never returns, and the server is told', PER_TEST, async () => {
  const c = newClient();
  await c.connect();
  const doc = c.open('d', 'Osteoarthritis of the knee');
  const { prompts } = await nextEvent(doc, 'prompts', (e) => e.prompts.length === 1);
  const gone = nextEvent(doc, 'prompts', (e) => e.prompts.length === 0);
  doc.dismiss(prompts[0], 'not relevant');
  await gone;
  const fb = (await server.waitFor(byType('feedback'), 0)).msg;
  assert.deepEqual(fb, { type: 'feedback', doc: 'd', target: 'p-oa', action: 'dismiss', reason: 'not relevant' });
  // Even if a server sent it again, it stays gone.
  const conn = [...server.conns][0];
  conn.send({ type: 'result', doc: 'd', version: 1, codes: { upsert: [], remove: [] }, prompts: { upsert: [prompts[0]], remove: [] } });
  doc.setText('Osteoarthritis of the knee.');
  await nextEvent(doc, 'result', (e) => e.version === 2);
  assert.equal(doc.prompts.length, 0);
  assert.throws(() => doc.feedback('p-oa', 'like'), (e) => e.code === 'bad_argument');
});

test('version_mismatch resyncs the document with an open of its full text', PER_TEST, async () => {
  const c = newClient();
  await c.connect();
  const doc = c.open('d', 'CHF');
  await nextEvent(doc, 'result', (e) => e.version === 1);
  server.forceMismatch = true;
  const err = nextEvent(c, 'error');
  doc.setText('CHF, stable');
  assert.equal((await err).error.code, 'version_mismatch');
  const reopen = (await server.waitFor(byType('open', (m) => m.version === 3), 0)).msg;
  assert.equal(reopen.text, 'CHF, stable');
  await nextEvent(doc, 'result', (e) => e.version === 3);
  assert.deepEqual(doc.codes.map((x) => x.code), ['I50.9']);
  doc.setText('CHF, stable.');
  const ch = (await server.waitFor(byType('change', (m) => m.version === 4), 0)).msg;
  assert.deepEqual(ch.changes, [{ start: 11, end: 11, text: '.' }]);
});

test('reconnects with backoff after a dropped connection and re-opens every document with its full text', PER_TEST, async () => {
  const c = newClient();
  await c.connect();
  const a = c.open('a', 'Osteoarthritis of the knee', { setting: 'inpatient' });
  const b = c.open('b', 'CHF');
  c.subscribeWorklist();
  await a.synced();
  await b.synced();
  const statuses = [];
  c.on('status', (e) => statuses.push(e.status));
  const mark = server.received.length;
  [...server.conns][0].drop();
  await nextEvent(c, 'status', (e) => e.status === 'reconnecting');
  // Edits made while disconnected are kept (v2, never sent) and sent with the resync under that version.
  a.setText('Osteoarthritis of the left knee');
  await nextEvent(c, 'status', (e) => e.status === 'open');
  const opens = [];
  for (const id of ['a', 'b']) opens.push((await server.waitFor(byType('open', (m) => m.doc === id), mark)).msg);
  assert.deepEqual(opens[0], { type: 'open', doc: 'a', version: 2, text: 'Osteoarthritis of the left knee', context: { setting: 'inpatient' } });
  assert.equal(opens[1].version, 2);
  assert.equal(opens[1].text, 'CHF');
  await server.waitFor(byType('subscribe', (m) => m.topic === 'worklist'), mark);
  await nextEvent(a, 'codes', (e) => e.codes.some((x) => x.code === 'M17.12'));
  assert.deepEqual(a.codes.map((x) => x.code), ['M17.12'], 'the set is rebuilt from the new connection, not merged with the old');
  assert.deepEqual(a.prompts, []);
  assert.equal(statuses[0], 'reconnecting');
  assert.equal(statuses.at(-1), 'open');
});

test('setContext re-opens with the new setting', PER_TEST, async () => {
  const c = newClient();
  await c.connect();
  const doc = c.open('d', 'CHF', { setting: 'outpatient', age: 70 });
  await nextEvent(doc, 'result');
  doc.setContext({ setting: 'inpatient' });
  const m = (await server.waitFor(byType('open', (x) => x.version === 2), 0)).msg;
  assert.deepEqual(m.context, { setting: 'inpatient', age: 70 });
  assert.equal(m.text, 'CHF');
  await nextEvent(doc, 'result', (e) => e.version === 2);
  assert.deepEqual(doc.codes.map((x) => x.code), ['I50.9']);
});

test('queries arrive as events and answers go out on the socket', PER_TEST, async () => {
  const c = newClient();
  await c.connect();
  const doc = c.open('d', 'Osteoarthritis of the knee');
  await nextEvent(doc, 'result');
  const q = { id: 'q-1', doc: 'd', question: 'Which knee?', options: [{ label: 'right', code: 'M17.11' }, { label: 'left' }], status: 'open' };
  let clientEvents = 0;
  c.on('query', () => clientEvents++);
  const onClient = nextEvent(c, 'query');
  const onDoc = nextEvent(doc, 'query');
  [...server.conns][0].send({ type: 'query', query: q });
  assert.deepEqual((await onClient).query, q);
  assert.deepEqual((await onDoc).query, q);
  assert.deepEqual(c.queries, [q]);
  assert.equal(clientEvents, 1, 'one client event per query push');
  const ok = await c.answerQuery('q-1', 0, 'per exam');
  const ans = (await server.waitFor(byType('answer'), 0)).msg;
  assert.deepEqual(ans, { type: 'answer', query: 'q-1', option: 0, text: 'per exam', id: ok.ref });
  await assert.rejects(c.answerQuery('q-1', 99), (e) => e.code === 'bad_message');
  assert.throws(() => c.answerQuery('q-1', -1), (e) => e.code === 'bad_argument');
});

test('a textarea binding sends each input as one change and shows option edits with the caret kept', PER_TEST, async () => {
  const c = newClient();
  await c.connect();
  const ta = fakeTextarea('');
  const doc = c.open('d', '');
  bindTextarea(doc, ta);
  ta.type('Osteoarthritis of the knee');
  const { prompts } = await nextEvent(doc, 'prompts', (e) => e.prompts.length === 1);
  const changes = server.received.filter((m) => m.type === 'change');
  assert.equal(changes.length, 'Osteoarthritis of the knee'.length, 'one change per keystroke');
  assert.deepEqual(changes[3].changes, [{ start: 3, end: 3, text: 'e' }]);
  assert.deepEqual(changes.map((m) => m.version), changes.map((_, i) => i + 2));
  ta.setSelectionRange(26, 26);
  doc.applyOption(prompts[0], prompts[0].options[0]);
  assert.equal(ta.value, 'Osteoarthritis of the right knee');
  assert.equal(ta.selectionStart, 32, 'the caret stays after "knee"');
  await nextEvent(doc, 'codes', (e) => e.codes.some((x) => x.code === 'M17.11'));
});

// fakeTextarea is the part of HTMLTextAreaElement the binding uses, with a typing helper that fires input events.
function fakeTextarea(value) {
  const el = new EventTarget();
  el.value = value;
  el.selectionStart = value.length;
  el.selectionEnd = value.length;
  el.setSelectionRange = (s, e) => {
    el.selectionStart = s;
    el.selectionEnd = e;
  };
  el.type = (s) => {
    for (const ch of s) {
      const at = el.selectionEnd;
      el.value = el.value.slice(0, at) + ch + el.value.slice(at);
      el.selectionStart = el.selectionEnd = at + ch.length;
      el.dispatchEvent(new Event('input'));
    }
  };
  return el;
}

test('a note over maxDocBytes is kept locally and not sent until it fits again', PER_TEST, async () => {
  server.maxDocBytes = 20;
  const c = newClient();
  await c.connect();
  const doc = c.open('d', 'CHF');
  await doc.synced();
  const mark = server.received.length;
  const err = nextEvent(doc, 'error');
  doc.setText('CHF \u{1F600}\u{1F600}\u{1F600}\u{1F600}'); // 4 + 16 bytes: fits exactly
  doc.setText('CHF \u{1F600}\u{1F600}\u{1F600}\u{1F600}!'); // 21 bytes
  assert.equal((await err).error.code, 'doc_too_large');
  doc.setText('CHF \u{1F600}\u{1F600}\u{1F600}\u{1F600}!!'); // still too large: no second error, nothing sent
  doc.setText('CHF, stable'); // fits: re-opened with the full text
  const open = (await server.waitFor(byType('open'), mark)).msg;
  assert.equal(open.text, 'CHF, stable');
  assert.equal(open.version, doc.version);
  const sent = server.received.slice(mark).filter((m) => m.type === 'change').map((m) => m.version);
  assert.deepEqual(sent, [2], 'only the edit that fit was sent as a change');
  await doc.synced();
  assert.deepEqual(doc.codes.map((x) => x.code), ['I50.9']);
});

test('rate_limited resyncs the document after retryAfterMs', PER_TEST, async () => {
  const c = newClient();
  await c.connect();
  const doc = c.open('d', 'CHF');
  await doc.synced();
  const mark = server.received.length;
  [...server.conns][0].send({ type: 'error', code: 'rate_limited', message: 'slow down', doc: 'd', retryAfterMs: 5 });
  const open = (await server.waitFor(byType('open'), mark)).msg;
  assert.equal(open.version, 2);
  assert.equal(open.text, 'CHF');
});
