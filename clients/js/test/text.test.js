// Pure helpers of the SDK: diffing, applying and mapping changes, the CodeMirror adapter, option edits, backoff.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  diffText,
  applyChanges,
  validateChange,
  mapSpan,
  fromCodeMirrorChanges,
  optionEdit,
  backoffDelay,
  utf8Length,
  NotecoderError,
} from '../notecoder.js';

test('diffText produces the minimal change, anchored at the caret', () => {
  const cases = [
    { name: 'equal', a: 'abc', b: 'abc', want: null },
    { name: 'append', a: 'CHF', b: 'CHF exacerbation', want: { start: 3, end: 3, text: ' exacerbation' } },
    { name: 'prepend', a: 'knee', b: 'right knee', want: { start: 0, end: 0, text: 'right ' } },
    { name: 'middle insert', a: 'of the knee', b: 'of the left knee', want: { start: 7, end: 7, text: 'left ' } },
    { name: 'delete', a: 'abcdef', b: 'abef', want: { start: 2, end: 4, text: '' } },
    { name: 'replace', a: 'acute CHF', b: 'chronic CHF', want: { start: 0, end: 5, text: 'chronic' } },
    { name: 'clear', a: 'abc', b: '', want: { start: 0, end: 3, text: '' } },
    { name: 'from empty', a: '', b: 'abc', want: { start: 0, end: 0, text: 'abc' } },
    { name: 'ambiguous no caret', a: 'aa', b: 'aaa', want: { start: 2, end: 2, text: 'a' } },
    { name: 'ambiguous caret at 1', a: 'aa', b: 'aaa', cursor: 1, want: { start: 0, end: 0, text: 'a' } },
    { name: 'backspace with caret', a: 'abbc', b: 'abc', cursor: 2, want: { start: 2, end: 3, text: '' } },
    { name: 'paste over selection', a: 'left knee', b: 'right knee', cursor: 5, want: { start: 0, end: 4, text: 'right' } },
    // 😀 is \uD83D\uDE00; 😃 is \uD83D\uDE03 — same high surrogate: the change must not split the pair.
    { name: 'emoji same high surrogate', a: 'x\u{1F600}y', b: 'x\u{1F603}y', want: { start: 1, end: 3, text: '\u{1F603}' } },
    // 😀 (D83D DE00) vs 🙀 (D83D DE40)... and 𐐀 vs 😀 share a low surrogate? use U+10400 (D801 DC00) and U+1F400 (D83D DC00).
    { name: 'emoji same low surrogate', a: 'x\u{10400}y', b: 'x\u{1F400}y', want: { start: 1, end: 3, text: '\u{1F400}' } },
    { name: 'insert emoji', a: 'ab', b: 'a\u{1F600}b', want: { start: 1, end: 1, text: '\u{1F600}' } },
    { name: 'crlf untouched', a: 'a\r\nb', b: 'a\r\nbc', want: { start: 4, end: 4, text: 'c' } },
  ];
  for (const c of cases) {
    const got = diffText(c.a, c.b, c.cursor);
    assert.deepEqual(got, c.want, c.name);
    if (got) assert.equal(applyChanges(c.a, [got]), c.b, `${c.name}: applying the diff gives the new text`);
  }
});

test('diffText round-trips random edits', () => {
  // Deterministic pseudo-random generator so a failure is reproducible.
  let seed = 42;
  const rnd = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const alphabet = ['a', 'b', ' ', '\n', 'é', '\u{1F600}'];
  for (let i = 0; i < 500; i++) {
    let a = '';
    for (let j = rnd(12); j > 0; j--) a += alphabet[rnd(alphabet.length)];
    let b = a;
    const cps = [...b];
    const at = rnd(cps.length + 1);
    const del = rnd(3);
    let ins = '';
    for (let j = rnd(3); j > 0; j--) ins += alphabet[rnd(alphabet.length)];
    cps.splice(at, del, ...[...ins]);
    b = cps.join('');
    const ch = diffText(a, b);
    if (a === b) {
      assert.equal(ch, null);
      continue;
    }
    assert.equal(applyChanges(a, [ch]), b, JSON.stringify({ a, b, ch }));
    validateChange(a, ch); // never splits a surrogate pair
  }
});

test('applyChanges applies in order and rejects bad ranges without effect', () => {
  assert.equal(
    applyChanges('ASSESSMENT:\nCHF', [
      { start: 15, end: 15, text: ' exacerbation' },
      { start: 12, end: 12, text: 'acute ' },
    ]),
    'ASSESSMENT:\nacute CHF exacerbation',
  );
  const bad = [
    { name: 'start > end', ch: { start: 3, end: 2, text: '' } },
    { name: 'past end', ch: { start: 0, end: 99, text: '' } },
    { name: 'negative', ch: { start: -1, end: 0, text: '' } },
    { name: 'float', ch: { start: 0.5, end: 1, text: '' } },
    { name: 'no text', ch: { start: 0, end: 0 } },
    { name: 'split surrogate', ch: { start: 2, end: 2, text: 'x' }, text: 'a\u{1F600}b' },
  ];
  for (const b of bad) {
    assert.throws(
      () => applyChanges(b.text || 'abcdef', [b.ch]),
      (e) => e instanceof NotecoderError && e.code === 'bad_argument',
      b.name,
    );
  }
});

test('mapSpan keeps evidence on the same words through edits', () => {
  const text = 'Osteoarthritis of the knee';
  const span = { start: 0, end: 26 };
  const cases = [
    { name: 'insert before', ch: { start: 0, end: 0, text: 'Dx: ' }, want: { start: 4, end: 30 } },
    { name: 'insert inside', ch: { start: 22, end: 22, text: 'right ' }, want: { start: 0, end: 32 } },
    { name: 'insert after', ch: { start: 26, end: 26, text: '.' }, want: { start: 0, end: 26 } },
    { name: 'delete all', ch: { start: 0, end: 26, text: '' }, want: { start: 0, end: 0 } },
    { name: 'delete prefix overlap', ch: { start: 0, end: 5, text: 'X' }, want: { start: 1, end: 22 } },
  ];
  for (const c of cases) {
    assert.deepEqual(mapSpan(span, [c.ch]), c.want, c.name);
    applyChanges(text, [c.ch]);
  }
});

// fakeChangeSet mimics CodeMirror 6's ChangeSet.iterChanges for changes given in old-document coordinates
// (non-overlapping, ascending), as CodeMirror reports them.
function fakeChangeSet(specs) {
  return {
    iterChanges(f) {
      let delta = 0;
      for (const s of specs) {
        const fromB = s.from + delta;
        const toB = fromB + s.insert.length;
        f(s.from, s.to, fromB, toB, { toString: () => s.insert });
        delta += s.insert.length - (s.to - s.from);
      }
    },
  };
}

test('fromCodeMirrorChanges turns a multi-range transaction into sequential changes', () => {
  const cases = [
    { name: 'single insert', doc: 'CHF', specs: [{ from: 0, to: 0, insert: 'acute ' }], want: 'acute CHF' },
    {
      name: 'two ranges (multi-cursor)',
      doc: 'knee and hip',
      specs: [
        { from: 0, to: 0, insert: 'left ' },
        { from: 9, to: 12, insert: 'shoulder' },
      ],
      want: 'left knee and shoulder',
    },
    {
      name: 'delete and replace',
      doc: 'abc def ghi',
      specs: [
        { from: 0, to: 4, insert: '' },
        { from: 8, to: 11, insert: 'GHI\nJ' },
      ],
      want: 'def GHI\nJ',
    },
  ];
  for (const c of cases) {
    const changes = fromCodeMirrorChanges(fakeChangeSet(c.specs));
    assert.equal(changes.length, c.specs.length, c.name);
    assert.equal(applyChanges(c.doc, changes), c.want, c.name);
  }
});

test('optionEdit inserts the option where a physician would write it', () => {
  const lat = (evidence) => ({ kind: 'laterality', evidence });
  const right = { label: 'right', code: 'M17.11' };
  const cases = [
    {
      name: 'laterality before the body site',
      text: 'Osteoarthritis of the knee',
      prompt: lat([{ start: 0, end: 26 }]),
      option: right,
      want: 'Osteoarthritis of the right knee',
    },
    {
      name: 'laterality, evidence in two spans (head word and site)',
      text: 'Osteoarthritis of the knee',
      prompt: lat([{ start: 22, end: 26 }, { start: 0, end: 14 }]),
      option: right,
      want: 'Osteoarthritis of the right knee',
    },
    {
      name: 'spans in different sentences are not joined',
      text: 'CHF. Knee pain',
      prompt: { kind: 'type', evidence: [{ start: 0, end: 3 }, { start: 5, end: 9 }] },
      option: { label: 'chronic diastolic', code: 'I50.32' },
      want: 'chronic diastolic CHF. Knee pain',
    },
    {
      name: 'laterality, site after the evidence',
      text: 'Assessment: osteoarthritis of the knee, stable.',
      prompt: lat([{ start: 12, end: 26 }]),
      option: { label: 'left', code: 'M17.12' },
      want: 'Assessment: osteoarthritis of the left knee, stable.',
    },
    {
      name: 'laterality, site first',
      text: 'Plan: knee osteoarthritis',
      prompt: lat([{ start: 6, end: 25 }]),
      option: { label: 'bilateral', code: 'M17.0' },
      want: 'Plan: bilateral knee osteoarthritis',
    },
    {
      name: 'laterality at sentence start moves the capital',
      text: 'Knee osteoarthritis.',
      prompt: lat([{ start: 0, end: 19 }]),
      option: right,
      want: 'Right knee osteoarthritis.',
    },
    {
      name: 'acuity/type before an acronym keeps it upper-case',
      text: 'A/P: CHF',
      prompt: { kind: 'type', evidence: [{ start: 5, end: 8 }] },
      option: { label: 'acute on chronic systolic', code: 'I50.23' },
      want: 'A/P: acute on chronic systolic CHF',
    },
    {
      name: 'type at line start',
      text: 'ASSESSMENT:\nHeart failure',
      prompt: { kind: 'type', evidence: [{ start: 12, end: 25 }] },
      option: { label: 'chronic diastolic heart failure', code: 'I50.32' },
      want: 'ASSESSMENT:\nChronic diastolic heart failure',
    },
    {
      name: 'stage after',
      text: 'CKD, on lisinopril',
      prompt: { kind: 'stage', evidence: [{ start: 0, end: 3 }] },
      option: { label: '3b', code: 'N18.32' },
      want: 'CKD stage 3b, on lisinopril',
    },
    {
      name: 'episode after with comma',
      text: 'Fracture of the left radius',
      prompt: { kind: 'episode', evidence: [{ start: 0, end: 27 }] },
      option: { label: 'initial encounter', code: 'S52.92XA' },
      want: 'Fracture of the left radius, initial encounter',
    },
    {
      name: 'connective label after the phrase, whatever the kind',
      text: 'Acute respiratory failure. On BiPAP.',
      prompt: { kind: 'type', evidence: [{ start: 0, end: 25 }] },
      option: { label: 'with hypoxia', code: 'J96.01' },
      want: 'Acute respiratory failure with hypoxia. On BiPAP.',
    },
    {
      name: 'linkage with a connective',
      text: 'Type 2 diabetes, A1c 10.2',
      prompt: { kind: 'linkage', evidence: [{ start: 0, end: 15 }] },
      option: { label: 'with hyperglycemia', code: 'E11.65' },
      want: 'Type 2 diabetes with hyperglycemia, A1c 10.2',
    },
    {
      name: 'sub-stage replaces the written stage',
      text: 'CKD stage 3, stable',
      prompt: { kind: 'stage', evidence: [{ start: 0, end: 11 }] },
      option: { label: 'stage 3b', code: 'N18.32' },
      want: 'CKD stage 3b, stable',
    },
    {
      name: 'label with a comma goes around the phrase',
      text: 'Fracture of the radius.',
      prompt: { kind: 'laterality', evidence: [{ start: 0, end: 8 }, { start: 16, end: 22 }] },
      option: { label: 'right, subsequent encounter', code: 'S52.91XD' },
      want: 'Right fracture of the radius, subsequent encounter.',
    },
    {
      name: 'label with an inner connective is split',
      text: 'Dx: major depressive disorder',
      prompt: { kind: 'severity', evidence: [{ start: 4, end: 29 }] },
      option: { label: 'severe with psychotic features single episode', code: 'F32.3' },
      want: 'Dx: severe major depressive disorder with psychotic features single episode',
    },
    {
      name: 'organism after',
      text: 'pneumonia',
      prompt: { kind: 'organism', evidence: [{ start: 0, end: 9 }] },
      option: { label: 'Streptococcus pneumoniae', code: 'J13' },
      want: 'pneumonia due to Streptococcus pneumoniae',
    },
  ];
  for (const c of cases) {
    const edit = optionEdit(c.text, c.prompt, c.option);
    assert.ok(edit, c.name);
    assert.equal(applyChanges(c.text, [edit]), c.want, c.name);
  }
  const none = [
    { name: 'uncoded option', text: 'x knee', prompt: lat([{ start: 0, end: 6 }]), option: { label: 'Clinically undetermined' } },
    { name: 'other', text: 'x knee', prompt: lat([{ start: 0, end: 6 }]), option: { label: 'Other (please specify)', code: '' } },
    { name: 'no evidence', text: 'x knee', prompt: lat([]), option: right },
    { name: 'evidence past the end', text: 'x', prompt: lat([{ start: 0, end: 9 }]), option: right },
    { name: 'already says it', text: 'right knee', prompt: lat([{ start: 0, end: 10 }]), option: right },
  ];
  for (const c of none) assert.equal(optionEdit(c.text, c.prompt, c.option), null, c.name);
});

test('backoffDelay grows exponentially, is capped and jittered', () => {
  const opts = { initialMs: 100, maxMs: 1000, factor: 2, jitter: 0.5 };
  const cases = [
    { attempt: 0, r: 0, want: 100 },
    { attempt: 1, r: 0, want: 200 },
    { attempt: 3, r: 0, want: 800 },
    { attempt: 4, r: 0, want: 1000 },
    { attempt: 30, r: 0, want: 1000 },
    { attempt: 1, r: 0.5, want: 150 },
    { attempt: 4, r: 0.998, want: 501 },
  ];
  for (const c of cases) assert.equal(backoffDelay(c.attempt, opts, () => c.r), c.want, JSON.stringify(c));
});

test('utf8Length counts UTF-8 bytes like the server', () => {
  const cases = [
    ['', 0],
    ['abc', 3],
    ['é', 2],
    ['€', 3],
    ['\u{1F600}', 4],
    ['a\uD800b', 5], // a lone surrogate is encoded as U+FFFD
  ];
  for (const [s, n] of cases) {
    assert.equal(utf8Length(s), n, JSON.stringify(s));
    if (!/[\uD800-\uDFFF]/.test(s)) assert.equal(utf8Length(s), Buffer.byteLength(s, 'utf8'));
  }
});
