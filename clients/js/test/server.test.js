// The SDK against the real server (`notecoder serve --dev`, built from this checkout): UTF-16 offsets, versions,
// resync, reconnect, incremental results equal to a fresh open, and the CDI query round trip over REST + socket.
// Run with: node --experimental-websocket --test (Node 20). Needs the go tool (or NOTECODER_BIN).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client, NotecoderError } from '../notecoder.js';
import { startServer, goAvailable } from './realserver.js';
import { nextEvent } from './fakeserver.js';

// Each test has its own bound, so a hang fails that test; the runner's --test-timeout bounds a whole file,
// which on a loaded 2-core machine may include building the server.
const PER_TEST = { timeout: 60000 };

const WS = globalThis.WebSocket;
if (!WS) throw new Error('these tests need a WebSocket client: run node with --experimental-websocket (Node 20)');
if (!goAvailable()) throw new Error('these tests build the server: install Go or set NOTECODER_BIN');

let server;
const clients = [];

// Building the server on a cold cache takes a while on a small machine: the hook may take up to 10 minutes.
before(async () => {
  server = await startServer();
}, { timeout: 600000 });

after(async () => {
  for (const c of clients) c.close();
  if (server) await server.stop();
});

async function connected(opts = {}) {
  const c = new Client({ url: server.wsURL, token: 'dev', client: 'sdk-test/1', WebSocket: WS, backoff: { initialMs: 10, maxMs: 100 }, ...opts });
  clients.push(c);
  await c.connect();
  return c;
}

let seq = 0;
const docId = (name) => `sdk-test/${process.pid}/${name}-${++seq}`;
const codesOf = (doc) => doc.codes.map((c) => c.code).sort();

test('welcome negotiates utf-16 and carries limits and the dev identity', PER_TEST, async () => {
  const c = await connected();
  const w = c.welcome;
  assert.equal(w.positionEncoding, 'utf-16');
  assert.ok(w.limits.maxDocBytes >= 524288 && w.limits.maxMessageBytes > 0, JSON.stringify(w.limits));
  assert.ok(w.identity.roles.includes('physician') && w.identity.roles.includes('cdi'), JSON.stringify(w.identity));
  assert.match(w.codeset, /ICD-10-CM/);
});

test('evidence offsets are UTF-16 indices into the text, also after astral characters', PER_TEST, async () => {
  const c = await connected();
  const text = 'Pt \u{1F600}\u{1F600} ok. ASSESSMENT: CHF, stable.';
  const doc = c.open(docId('utf16'), text);
  await doc.synced();
  const hf = doc.codes.find((x) => x.code.startsWith('I50'));
  assert.ok(hf, `codes ${codesOf(doc)}`);
  const spans = hf.evidence.map((s) => text.slice(s.start, s.end));
  assert.ok(spans.some((s) => s === 'CHF'), `evidence ${JSON.stringify(spans)}`);
});

test('typing one key at a time ends with exactly the codes of a fresh open of the same text', PER_TEST, async () => {
  const c = await connected();
  const note = 'ASSESSMENT:\nAcute on chronic systolic CHF.\nType 2 diabetes with diabetic CKD stage 3a.\nProbable pneumonia.';
  const typed = c.open(docId('typed'), '', { setting: 'inpatient' });
  let versions = 0;
  typed.on('result', () => versions++);
  for (let i = 1; i <= note.length; i++) typed.setText(note.slice(0, i), { cursor: i });
  await typed.synced();
  assert.equal(typed.version, note.length + 1);
  assert.ok(versions >= 1);
  const fresh = c.open(docId('fresh'), note, { setting: 'inpatient' });
  await fresh.synced();
  assert.ok(fresh.codes.length > 0, 'the note yields codes');
  assert.deepEqual(codesOf(typed), codesOf(fresh));
  assert.deepEqual(
    typed.codes.map((x) => JSON.stringify(x.evidence)).sort(),
    fresh.codes.map((x) => JSON.stringify(x.evidence)).sort(),
  );
});

test('a version gap is answered by version_mismatch and the SDK resyncs with the full text', PER_TEST, async () => {
  const c = await connected();
  const doc = c.open(docId('mismatch'), 'CHF');
  await doc.synced();
  const err = nextEvent(c, 'error', (e) => e.doc === doc);
  doc._sentVersion = doc._version += 5; // simulate a lost message: the next change skips versions
  doc.setText('CHF and COPD');
  assert.equal((await err).error.code, 'version_mismatch');
  await doc.synced();
  assert.ok(codesOf(doc).some((x) => x.startsWith('J44')), `codes ${codesOf(doc)}`);
});

test('after the connection drops the SDK reconnects and the document is coded again from its full text', PER_TEST, async () => {
  const c = await connected();
  const doc = c.open(docId('reconnect'), 'ASSESSMENT: CHF.');
  await doc.synced();
  const before = codesOf(doc);
  const reopened = nextEvent(c, 'status', (e) => e.status === 'open');
  c._ws.close(4000, 'test drop'); // what a network failure looks like to the client
  await nextEvent(c, 'status', (e) => e.status === 'reconnecting');
  doc.setText('ASSESSMENT: CHF. COPD.'); // typed while offline
  await reopened;
  await doc.synced();
  assert.deepEqual(codesOf(doc).filter((x) => before.includes(x)), before);
  assert.ok(codesOf(doc).some((x) => x.startsWith('J44')), `codes ${codesOf(doc)}`);
});

test('a bad offset is refused without changing the document', PER_TEST, async () => {
  const c = await connected();
  const doc = c.open(docId('range'), 'CHF');
  await doc.synced();
  c._send({ type: 'change', doc: doc.id, version: doc.version + 1, changes: [{ start: 2, end: 99, text: 'x' }] });
  const err = await nextEvent(c, 'error', (e) => e.doc === doc);
  assert.equal(err.error.code, 'range_out_of_bounds');
  await doc.synced(); // the SDK resynced
  assert.deepEqual(codesOf(doc), ['I50.9']);
});

test('a CDI query created over REST reaches the socket that has the document open, and the answer is recorded', PER_TEST, async () => {
  const md = await connected();
  const doc = md.open(docId('query'), 'ASSESSMENT: Osteoarthritis of the knee.');
  await doc.synced();
  const cdi = await connected();

  await assert.rejects(
    cdi.createQuery({ doc: doc.id, question: 'Document laterality for a higher DRG payment?', options: [{ label: 'right', code: 'M17.11' }, { label: 'left', code: 'M17.12' }] }),
    (e) => e instanceof NotecoderError && e.status === 422 && e.findings.length > 0,
  );

  const pushed = nextEvent(md, 'query', (e) => e.query.doc === doc.id);
  const q = await cdi.createQuery({
    doc: doc.id,
    question: 'Please clarify the laterality of the osteoarthritis of the knee documented in the assessment.',
    options: [{ label: 'right', code: 'M17.11' }, { label: 'left', code: 'M17.12' }],
  });
  assert.equal(q.status, 'open');
  assert.deepEqual(q.options.slice(-2).map((o) => o.label), ['Other (please specify)', 'Clinically undetermined']);
  const { query } = await pushed;
  assert.equal(query.id, q.id);

  const updated = nextEvent(md, 'query', (e) => e.query.id === q.id && e.query.status === 'answered');
  const ok = await md.answerQuery(q.id, 0, 'per exam today'); // resolves once durable
  assert.equal(ok.type, 'ok');
  await updated;
  await assert.rejects(md.answerQuery(q.id, 1), (e) => e instanceof NotecoderError, 'an answered query cannot be answered again');
  const stored = await cdi.request('GET', `/v1/queries/${encodeURIComponent(q.id)}`);
  assert.equal(stored.status, 'answered');
  assert.equal(stored.answer.option, 0);
  assert.equal(stored.answer.code, 'M17.11');
});
