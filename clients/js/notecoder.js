// notecoder JS SDK — a dependency-free ES module for browsers and Node.
//
// It speaks protocol notecoder.v1 (see protocol/PROTOCOL.md): it says hello with a token, opens documents, turns
// editor edits into versioned `change` messages with UTF-16 offsets (what JavaScript string indices are), keeps the
// current code and prompt sets from the server's result deltas, reconnects with exponential backoff and jitter, and
// resyncs every open document with its full text after a reconnect or a version mismatch.
//
// Quick use:
//   import { Client, bindTextarea } from './notecoder.js';
//   const client = new Client({ token: 'dev' });
//   const doc = client.open('enc-1/note-1', textarea.value, { setting: 'inpatient' });
//   bindTextarea(doc, textarea);
//   doc.on('codes', ({ codes }) => render(codes));
//   client.connect();

/** The WebSocket subprotocol the server speaks. */
export const SUBPROTOCOL = 'notecoder.v1';

/** The position encoding this SDK negotiates: JavaScript strings are indexed in UTF-16 code units. */
export const POSITION_ENCODING = 'utf-16';

/** SDK version sent in hello.client after the caller's own client name. */
export const VERSION = '0.1.0';

/**
 * NotecoderError is every error the SDK reports: a server `error` message (code is the protocol error code, e.g.
 * `version_mismatch`), a transport failure (`transport`), a bad argument (`bad_argument`) or a REST failure (`http`).
 */
export class NotecoderError extends Error {
  /**
   * @param {string} code protocol error code or SDK error kind
   * @param {string} message human-readable text (never note text)
   * @param {object} [detail] extra fields: doc, version, status, findings...
   */
  constructor(code, message, detail = {}) {
    super(message || code);
    this.name = 'NotecoderError';
    this.code = code;
    Object.assign(this, detail);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Pure text helpers

function isHighSurrogate(c) {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c) {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * diffText returns the single minimal change {start, end, text} (UTF-16 offsets into oldText) that turns oldText into
 * newText, or null when they are equal. When the caret position after the edit is known (a textarea's selectionEnd),
 * pass it as cursor: among equally small changes the one ending at the caret is chosen ("aa" -> "aaa" typed at the
 * start is an insert at 0, not at 2). A change never splits a surrogate pair.
 * @param {string} oldText
 * @param {string} newText
 * @param {number} [cursor] caret offset in newText after the edit
 * @returns {{start:number,end:number,text:string}|null}
 */
export function diffText(oldText, newText, cursor) {
  if (oldText === newText) return null;
  const minLen = Math.min(oldText.length, newText.length);
  let suffix = 0;
  let prefix = 0;
  if (typeof cursor === 'number' && cursor >= 0 && cursor <= newText.length) {
    // Anchor the change's end at the caret: the common suffix may not reach left of the caret.
    const maxSuffix = Math.min(minLen, newText.length - cursor);
    while (
      suffix < maxSuffix &&
      oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)
    ) {
      suffix++;
    }
    const maxPrefix = minLen - suffix;
    while (prefix < maxPrefix && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  } else {
    while (prefix < minLen && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
    const maxSuffix = minLen - prefix;
    while (
      suffix < maxSuffix &&
      oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)
    ) {
      suffix++;
    }
  }
  // Never split a surrogate pair: widen the change by one code unit on the side that would split it.
  if (prefix > 0 && isHighSurrogate(oldText.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLowSurrogate(oldText.charCodeAt(oldText.length - suffix))) suffix--;
  return { start: prefix, end: oldText.length - suffix, text: newText.slice(prefix, newText.length - suffix) };
}

/**
 * validateChange checks one change against a text of the given length the way the server does (start <= end <=
 * length, integer offsets, string text, no split surrogate pair) and throws NotecoderError('bad_argument') otherwise.
 * @param {string} text the text the change applies to
 * @param {{start:number,end:number,text:string}} ch
 */
export function validateChange(text, ch) {
  if (!ch || typeof ch !== 'object') throw new NotecoderError('bad_argument', 'change must be an object');
  const { start, end } = ch;
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new NotecoderError('bad_argument', 'change start and end must be integers');
  }
  if (typeof ch.text !== 'string') throw new NotecoderError('bad_argument', 'change text must be a string');
  if (start < 0 || start > end || end > text.length) {
    throw new NotecoderError('bad_argument', `change range ${start}..${end} is outside 0..${text.length}`);
  }
  for (const off of [start, end]) {
    if (off > 0 && off < text.length && isHighSurrogate(text.charCodeAt(off - 1)) && isLowSurrogate(text.charCodeAt(off))) {
      throw new NotecoderError('bad_argument', `offset ${off} splits a surrogate pair`);
    }
  }
}

/**
 * applyChanges applies changes in order, each to the text left by the one before (the protocol's rule), and returns
 * the new text. It validates every change first against the evolving text and throws without partial effect.
 * @param {string} text
 * @param {Array<{start:number,end:number,text:string}>} changes
 * @returns {string}
 */
export function applyChanges(text, changes) {
  let out = text;
  for (const ch of changes) {
    validateChange(out, ch);
    out = out.slice(0, ch.start) + ch.text + out.slice(ch.end);
  }
  return out;
}

/**
 * mapOffset maps an offset in a text through one change applied to that text. assoc -1 keeps an offset inside the
 * replaced range at the change's start; +1 moves it past the inserted text (use -1 for span starts, +1 for ends).
 * @param {number} pos
 * @param {{start:number,end:number,text:string}} ch
 * @param {number} [assoc]
 */
export function mapOffset(pos, ch, assoc = -1) {
  if (pos < ch.start) return pos;
  if (pos > ch.end || (pos === ch.end && ch.end > ch.start)) return pos + ch.text.length - (ch.end - ch.start);
  // pos inside the replaced range, or exactly at an insertion point.
  if (pos === ch.start && ch.start === ch.end) return assoc > 0 ? pos + ch.text.length : pos;
  return assoc > 0 ? ch.start + ch.text.length : ch.start;
}

/**
 * mapSpan maps an evidence span {start, end} through changes applied in order, so highlights stay on the same words
 * while the note is edited between a change and its result. A span whose words were deleted collapses (start === end).
 * @param {{start:number,end:number}} span
 * @param {Array<{start:number,end:number,text:string}>} changes
 */
export function mapSpan(span, changes) {
  let { start, end } = span;
  for (const ch of changes) {
    start = mapOffset(start, ch, 1);
    end = mapOffset(end, ch, -1);
    if (end < start) end = start;
  }
  return { ...span, start, end };
}

/**
 * fromCodeMirrorChanges turns a CodeMirror 6 ChangeSet (transaction.changes or update.changes) into protocol changes,
 * in order, each relative to the text left by the one before. It only calls changes.iterChanges, so CodeMirror is not a
 * dependency. CodeMirror offsets are UTF-16 code units over "\n"-joined lines, which is what the protocol uses.
 * @param {{iterChanges: function(function(number,number,number,number,{toString():string}):void, boolean=):void}} changes
 * @returns {Array<{start:number,end:number,text:string}>}
 */
export function fromCodeMirrorChanges(changes) {
  const out = [];
  changes.iterChanges((fromA, toA, fromB, _toB, inserted) => {
    // Changes come in ascending order over the old document; fromB already includes the effect of earlier ones.
    out.push({ start: fromB, end: fromB + (toA - fromA), text: inserted.toString() });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Applying a prompt option as a text edit

const PREPOSITIONS = new Set(['of', 'in', 'on', 'to', 'at']);
const ARTICLES = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'both']);
const PHRASE_AFTER = /^\s+(of|in|on|at)\s+((?:the|his|her|their|both)\s+)?([A-Za-z][A-Za-z-]*)/;
const CONNECTIVE = /^(with|without|due to|caused by|secondary to|in|of|from)\b/i;
const CONNECTIVE_INSIDE = /(?:^|\s)(?:with|without|due to|caused by|secondary to|in)\s/i;
const UNCODED_LABEL = /^(other|clinically undetermined|unable to determine|undetermined)\b/i;

function words(text, from, to) {
  const out = [];
  const re = /[A-Za-z0-9][A-Za-z0-9'-]*/g;
  re.lastIndex = 0;
  const s = text.slice(from, to);
  let m;
  while ((m = re.exec(s))) out.push({ start: from + m.index, end: from + m.index + m[0].length, w: m[0].toLowerCase() });
  return out;
}

function atSentenceStart(text, pos) {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i < 0) return true;
  return /[\n.:;!?•\-*]/.test(text[i]) || /^\d$/.test(text[i]) && /\d[.)]\s*$/.test(text.slice(Math.max(0, i - 3), pos));
}

function looksLikeCapitalizedWord(text, pos) {
  const a = text[pos];
  const b = text[pos + 1];
  return a !== undefined && b !== undefined && a >= 'A' && a <= 'Z' && b >= 'a' && b <= 'z';
}

function prefixEdit(text, pos, label) {
  // Insert "label " before pos; at a sentence start, move the capital letter to the label.
  if (atSentenceStart(text, pos) && looksLikeCapitalizedWord(text, pos)) {
    const lab = label[0].toUpperCase() + label.slice(1);
    return { start: pos, end: pos + 1, text: `${lab} ${text[pos].toLowerCase()}` };
  }
  return { start: pos, end: pos, text: `${label} ` };
}

// evidencePhrase is the phrase a prompt is about: its first valid evidence span, extended over the following spans of
// the same clause ("Osteoarthritis" + "knee" in "Osteoarthritis of the knee" -> the whole phrase).
function evidencePhrase(text, evidence) {
  const spans = (evidence || [])
    .filter((s) => s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start && s.end <= text.length)
    .sort((a, b) => a.start - b.start);
  if (spans.length === 0) return null;
  let { start, end } = spans[0];
  for (const s of spans.slice(1)) {
    if (s.start <= end) {
      end = Math.max(end, s.end);
      continue;
    }
    const gap = text.slice(end, s.start);
    if (gap.length > 60 || /[.;:\n!?]/.test(gap)) break;
    end = s.end;
  }
  return { start, end };
}

/**
 * optionEdit computes the text edit that documents a prompt option's clinical words in the note, or null when the
 * option has no code (e.g. "Other (please specify)", "Clinically undetermined": those need the physician's own words)
 * or the prompt has no evidence in the text. The edit is placed at the prompt's first evidence span:
 * - laterality: before the body site ("Osteoarthritis of the knee" -> "Osteoarthritis of the right knee"),
 *   otherwise before the phrase ("knee pain" -> "right knee pain");
 * - stage: after the phrase ("CKD" -> "CKD stage 3b");
 * - organism: after the phrase ("pneumonia" -> "pneumonia due to E. coli");
 * - episode, linkage, specificity: after the phrase, comma-separated ("..., initial encounter");
 * - acuity, type, severity and anything else: before the phrase ("CHF" -> "acute on chronic systolic CHF");
 * - whatever the kind, a label starting with a connective goes after the phrase ("respiratory failure with hypoxia").
 * Words of the label the phrase already says are not repeated ("heart failure" + "diastolic heart failure").
 * @param {string} text the note text the prompt's evidence offsets refer to
 * @param {{kind:string, evidence?:Array<{start:number,end:number}>}} prompt
 * @param {{label:string, code?:string}} option
 * @returns {{start:number,end:number,text:string}|null}
 */
export function optionEdit(text, prompt, option) {
  if (!prompt || !option || typeof option.label !== 'string') return null;
  if (!option.code || UNCODED_LABEL.test(option.label.trim())) return null;
  const ev = evidencePhrase(text, prompt.evidence);
  if (!ev) return null;
  const phrase = words(text, ev.start, ev.end);
  if (phrase.length === 0) return null;
  // Drop label words the evidence already ends with ("diastolic heart failure" over "heart failure").
  let label = option.label.trim().replace(/\s+/g, ' ');
  const tail = phrase.map((p) => p.w).join(' ');
  const lower = label.toLowerCase();
  if (lower.endsWith(' ' + tail)) label = label.slice(0, label.length - tail.length - 1);
  else if (lower === tail) return null; // the note already says it
  if (label.length === 0) return null;
  if (text.slice(ev.start, ev.end).toLowerCase().includes(label.toLowerCase())) return null;

  const kind = prompt.kind;
  // A sub-stage replaces the stage already written ("CKD stage 3" + "stage 3b" -> "CKD stage 3b").
  if (/^stage\s/i.test(label)) {
    const m = /\bstage\s+[^\s,.;:]+/i.exec(text.slice(ev.start, ev.end));
    if (m) return { start: ev.start + m.index, end: ev.start + m.index + m[0].length, text: label };
  }
  // Labels are written for the coder to read (see cdi/gaps InsertOption): the part before ", " or before a
  // connective qualifies the condition and goes before it; the rest ("with psychotic features", "subsequent
  // encounter") goes after it.
  let before = label;
  let after = '';
  const comma = label.indexOf(', ');
  if (comma >= 0) {
    before = label.slice(0, comma);
    after = label.slice(comma + 2);
  }
  const conn = CONNECTIVE_INSIDE.exec(before);
  if (conn && conn.index === 0) {
    before = '';
    after = label;
  } else if (conn && !after) {
    after = before.slice(conn.index + 1);
    before = before.slice(0, conn.index);
  }
  if (!after && (kind === 'episode' || kind === 'linkage' || kind === 'specificity')) {
    after = before;
    before = '';
  }
  if (!after && kind === 'stage') {
    after = /^(stage|grade|class)\b/i.test(before) || !/^[0-9ivx]/i.test(before) ? before : `stage ${before}`;
    before = '';
  }
  if (!after && kind === 'organism') {
    after = `due to ${before}`;
    before = '';
  }
  if (kind === 'laterality' && before && !after) {
    // The body site is the noun after a preposition, inside the evidence or right after it.
    const prepIdx = phrase.findIndex((p, i) => i > 0 && PREPOSITIONS.has(p.w));
    if (prepIdx > 0 && prepIdx < phrase.length - 1) {
      let site = prepIdx + 1;
      while (site < phrase.length - 1 && ARTICLES.has(phrase[site].w)) site++;
      return { start: phrase[site].start, end: phrase[site].start, text: `${before} ` };
    }
    const m = PHRASE_AFTER.exec(text.slice(ev.end, ev.end + 80));
    if (m) {
      const siteStart = ev.end + m[0].length - m[3].length;
      return { start: siteStart, end: siteStart, text: `${before} ` };
    }
  }
  return composeEdit(text, ev, before, after, kind === 'stage' && !before ? ' ' : undefined);
}

// composeEdit writes before ahead of the phrase (taking over a sentence-initial capital) and after behind it, as one
// change that is as small as the placement allows.
function composeEdit(text, ev, before, after, sepOverride) {
  const sep = sepOverride || (CONNECTIVE.test(after) ? ' ' : ', ');
  if (!before) return { start: ev.end, end: ev.end, text: `${sep}${after}` };
  const pre = prefixEdit(text, ev.start, before);
  if (!after) return pre;
  const mid = text.slice(pre.end, ev.end);
  return { start: pre.start, end: ev.end, text: `${pre.text}${mid}${sep}${after}` };
}

/** utf8Length is the UTF-8 byte length of a JS string (lone surrogates count as U+FFFD, 3 bytes). */
export function utf8Length(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (isHighSurrogate(c) && i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1))) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * backoffDelay is the reconnect delay in ms before attempt n (0-based): exponential growth capped at maxMs, with
 * "equal jitter" (a random part of jitter * delay is taken off) so that many clients dropped at once do not return
 * in lockstep.
 * @param {number} attempt
 * @param {{initialMs?:number,maxMs?:number,factor?:number,jitter?:number}} [opts]
 * @param {function():number} [random] returns [0, 1)
 */
export function backoffDelay(attempt, opts = {}, random = Math.random) {
  const { initialMs = 250, maxMs = 10000, factor = 2, jitter = 0.5 } = opts;
  const base = Math.min(maxMs, initialMs * Math.pow(factor, Math.max(0, attempt)));
  return Math.round(base * (1 - jitter * random()));
}

// ---------------------------------------------------------------------------------------------------------------
// Events

class Emitter {
  constructor() {
    this._handlers = new Map();
  }

  /**
   * on registers fn for events of the given type and returns a function that removes it.
   * @param {string} type
   * @param {function(object):void} fn
   */
  on(type, fn) {
    if (typeof fn !== 'function') throw new NotecoderError('bad_argument', 'handler must be a function');
    let set = this._handlers.get(type);
    if (!set) this._handlers.set(type, (set = new Set()));
    set.add(fn);
    return () => this.off(type, fn);
  }

  /** off removes a handler registered with on. */
  off(type, fn) {
    const set = this._handlers.get(type);
    if (set) set.delete(fn);
  }

  /** once registers fn for the next event of the type only. */
  once(type, fn) {
    const off = this.on(type, (ev) => {
      off();
      fn(ev);
    });
    return off;
  }

  _emit(type, ev) {
    const set = this._handlers.get(type);
    if (!set || set.size === 0) return false;
    for (const fn of [...set]) {
      try {
        fn(ev);
      } catch (err) {
        // A failing handler must not break the SDK's state machine; report it asynchronously.
        setTimeout(() => {
          throw err;
        }, 0);
      }
    }
    return true;
  }
}

const now = () => (typeof performance !== 'undefined' && performance.now ? performance.now() : Date.now());

function cloneItem(item) {
  const copy = { ...item };
  if (Array.isArray(item.evidence)) copy.evidence = item.evidence.map((s) => ({ ...s }));
  if (Array.isArray(item.options)) copy.options = item.options.map((o) => ({ ...o }));
  return copy;
}

// ---------------------------------------------------------------------------------------------------------------
// Document

/**
 * Document is one open note: its text, its version, its context and the current codes and prompts the server holds
 * for it. Create it with client.open(); edit it with setText / edit / applyOption. Evidence offsets of codes and
 * prompts always refer to the current text (spans are mapped through edits not yet coded).
 *
 * Events: `codes` {doc, codes}, `prompts` {doc, prompts}, `result` {doc, version, result}, `latency` {doc, version, ms},
 * `text` {doc, text, changes, origin}, `query` {doc, query}, `error` {doc, error}.
 */
export class Document extends Emitter {
  constructor(client, id, text, context) {
    super();
    /** @type {Client} */
    this.client = client;
    /** The document id the server knows it by (e.g. "enc-88/note-1"). */
    this.id = id;
    this._text = text;
    this._context = context ? { ...context } : undefined;
    this._version = 0;
    this._openVersion = 0; // version of the last `open` sent on the current connection (0: none)
    this._sentVersion = 0; // newest version sent in any open/change, on any connection
    this._lastResult = 0; // newest result version applied
    this._resetPending = false; // the next result starts from an empty set (after an open)
    this._sentAt = new Map(); // version -> time sent, for latency
    this._history = []; // [{version, changes}] not yet acknowledged by a result, for mapping evidence spans
    this._codes = new Map();
    this._prompts = new Map();
    this._dismissedIds = new Set(); // prompt ids dismissed since the last open (ids restart with each open)
    this._dismissedKeys = new Set(); // kind|code of every prompt dismissed in this document's life
    this._closed = false;
    this._tooLarge = false;
    this._retryTimer = null;
  }

  /** The current note text (what the editor shows). */
  get text() {
    return this._text;
  }

  /** The current version: it goes up by one with every edit and every (re)open. */
  get version() {
    return this._version;
  }

  /** The clinical context sent with open ({setting, age, sex}). */
  get context() {
    return this._context ? { ...this._context } : undefined;
  }

  /** The newest version the server has acknowledged with a result (0 before the first). */
  get acknowledgedVersion() {
    return this._lastResult;
  }

  /** The current codes, in the server's order, with evidence mapped to the current text. */
  get codes() {
    return [...this._codes.values()];
  }

  /** The current prompts (dismissed ones excluded), with evidence mapped to the current text. */
  get prompts() {
    return [...this._prompts.values()];
  }

  /**
   * synced resolves once the server has acknowledged `version` (default: the current version) with a result, i.e.
   * once codes and prompts reflect the text as it is now. Useful before signing a note or in tests.
   * @param {number} [version]
   * @returns {Promise<Document>}
   */
  synced(version = this._version) {
    if (this._lastResult >= version) return Promise.resolve(this);
    return new Promise((resolve) => {
      const off = this.on('result', () => {
        if (this._lastResult >= version) {
          off();
          resolve(this);
        }
      });
    });
  }

  /**
   * edit applies changes (each relative to the text left by the one before) to the local text and sends them as one
   * `change` message with the next version. Throws NotecoderError('bad_argument') and changes nothing when a change is
   * out of range. An empty list is a no-op.
   * @param {Array<{start:number,end:number,text:string}>} changes
   * @param {string} [origin] who made the edit ('textarea', 'option', ...), passed to `text` listeners
   */
  edit(changes, origin = 'api') {
    if (this._closed) throw new NotecoderError('bad_argument', 'document is closed');
    if (!Array.isArray(changes)) throw new NotecoderError('bad_argument', 'changes must be an array');
    const list = changes.filter((c) => c && !(c.start === c.end && c.text === ''));
    if (list.length === 0) return;
    const copy = list.map((c) => ({ start: c.start, end: c.end, text: c.text }));
    this._text = applyChanges(this._text, copy); // throws before any state changes
    this._version++;
    this._history.push({ version: this._version, changes: copy });
    this._mapItems(copy);
    if (this._checkSize()) {
      // Over the server's maxDocBytes: keep editing locally, send nothing until it fits again (then re-open).
    } else if (this._tooLarge) {
      this._tooLarge = false;
      this.reopen();
    } else if (this._openVersion > 0 && this.client._isOpen()) {
      this._sentAt.set(this._version, now());
      this._sentVersion = this._version;
      this.client._send({ type: 'change', doc: this.id, version: this._version, changes: copy });
    } else {
      this.client._needsOpen(this);
    }
    this._emit('text', { doc: this, text: this._text, changes: copy, origin });
  }

  /**
   * setText replaces the local text with newText by sending the minimal change between them (nothing when equal).
   * @param {string} newText
   * @param {{cursor?:number, origin?:string}} [opts] cursor: caret offset in newText after the edit
   */
  setText(newText, opts = {}) {
    if (typeof newText !== 'string') throw new NotecoderError('bad_argument', 'text must be a string');
    const ch = diffText(this._text, newText, opts.cursor);
    if (ch) this.edit([ch], opts.origin || 'api');
  }

  /**
   * setContext changes the clinical context (e.g. {setting: 'inpatient'}) and re-opens the document with it, since
   * coding rules depend on the setting.
   * @param {{setting?:'inpatient'|'outpatient', age?:number, sex?:string}} context
   */
  setContext(context) {
    this._context = { ...(this._context || {}), ...context };
    this.reopen();
  }

  /**
   * reopen sends `open` with the full text and a new version (resync). The SDK calls it itself after a reconnect and
   * after version_mismatch / doc_not_open / range_out_of_bounds errors.
   */
  reopen() {
    if (this._closed) return;
    if (this._version <= this._sentVersion) this._version++;
    this._history = [];
    if (this.client._isOpen()) this._sendOpen();
    else this.client._needsOpen(this);
  }

  // _checkSize reports whether the text is over the server's maxDocBytes (UTF-8), emitting doc_too_large once when it
  // becomes so. It counts bytes only when the text could be near the limit.
  _checkSize() {
    const w = this.client._welcome;
    const max = w && w.limits && w.limits.maxDocBytes;
    if (!max || this._text.length * 3 <= max) return false;
    if (utf8Length(this._text) <= max) return false;
    if (!this._tooLarge) {
      this._tooLarge = true;
      const error = new NotecoderError('doc_too_large', `the note is over the server's limit of ${max} bytes`, { doc: this.id });
      this._emit('error', { doc: this, error });
      this.client._emit('error', { error, doc: this });
    }
    return true;
  }

  _sendOpen() {
    if (this._checkSize()) return;
    const msg = { type: 'open', doc: this.id, version: this._version, text: this._text };
    if (this._context) msg.context = { ...this._context };
    this._openVersion = this._version;
    this._sentVersion = this._version;
    this._resetPending = true; // the server starts a fresh delta stream (and fresh ids) for every open
    this._dismissedIds.clear();
    this._history = [];
    this._sentAt.clear();
    this._sentAt.set(this._version, now());
    this.client._send(msg);
  }

  /**
   * applyOption documents a prompt option in the note: it computes the edit with optionEdit, applies and sends it,
   * and tells the server the option was accepted (feedback accept). Returns the edit, or null when the option needs
   * the physician's own words (no code) — then nothing is sent.
   * @param {object|string} prompt a prompt object or its id
   * @param {object|number} option an option object of the prompt or its index
   */
  applyOption(prompt, option) {
    const p = typeof prompt === 'string' ? this._prompts.get(prompt) : prompt;
    if (!p) throw new NotecoderError('bad_argument', 'unknown prompt');
    const opt = typeof option === 'number' ? (p.options || [])[option] : option;
    if (!opt) throw new NotecoderError('bad_argument', 'unknown option');
    const current = this._prompts.get(p.id) || p;
    const edit = optionEdit(this._text, current, opt);
    if (!edit) return null;
    this.edit([edit], 'option');
    const fb = { type: 'feedback', doc: this.id, target: p.id, action: 'accept' };
    if (opt.code) fb.code = opt.code;
    this.client._send(fb);
    return edit;
  }

  /**
   * dismiss hides a prompt for good: it is removed at once, never shown again for this document (even if the server
   * sends it again), and the server is told (feedback dismiss) so it stops sending it.
   * @param {object|string} prompt
   * @param {string} [reason]
   */
  dismiss(prompt, reason) {
    const id = typeof prompt === 'string' ? prompt : prompt && prompt.id;
    if (!id) throw new NotecoderError('bad_argument', 'prompt id required');
    this._dismissedIds.add(id);
    const p = this._prompts.get(id) || (typeof prompt === 'object' ? prompt : null);
    if (p && p.kind && p.code) this._dismissedKeys.add(`${p.kind}|${p.code}`);
    this.feedback(id, 'dismiss', reason);
    if (this._prompts.delete(id)) this._emit('prompts', { doc: this, prompts: this.prompts });
  }

  /**
   * feedback tells the server what the user thought of a code or prompt.
   * @param {string} target id of a code or prompt
   * @param {'accept'|'reject'|'dismiss'} action
   * @param {string} [reason]
   */
  feedback(target, action, reason) {
    if (!['accept', 'reject', 'dismiss'].includes(action)) {
      throw new NotecoderError('bad_argument', `feedback action must be accept, reject or dismiss`);
    }
    const msg = { type: 'feedback', doc: this.id, target, action };
    if (reason) msg.reason = reason;
    this.client._send(msg);
  }

  /** close tells the server the note is closed and forgets it. */
  close() {
    if (this._closed) return;
    this._closed = true;
    clearTimeout(this._retryTimer);
    if (this.client._isOpen() && this._openVersion > 0) this.client._send({ type: 'close', doc: this.id });
    this.client._docs.delete(this.id);
  }

  _mapItems(changes) {
    for (const map of [this._codes, this._prompts]) {
      for (const item of map.values()) {
        if (Array.isArray(item.evidence)) item.evidence = item.evidence.map((s) => mapSpan(s, changes));
      }
    }
  }

  _connectionLost() {
    this._openVersion = 0;
    this._sentAt.clear();
  }

  _onResult(msg) {
    const v = msg.version;
    if (!Number.isInteger(v)) return;
    if (v < this._openVersion || v < this._lastResult || v > this._version) return; // stale or foreign
    const prevCodes = this._codes.size;
    const prevPrompts = this._prompts.size;
    let codesChanged = false;
    let promptsChanged = false;
    // The first result after an open carries reset:true (full spec) and is relative to the empty set; a server that
    // speaks only the core contract omits it, so the first result at or after the open's version counts as the reset.
    if (msg.reset === true || this._resetPending) {
      codesChanged = prevCodes > 0;
      promptsChanged = prevPrompts > 0;
      this._codes.clear();
      this._prompts.clear();
      this._resetPending = false;
    }
    // Edits made after the result's version: map its spans onto the current text.
    const pending = [];
    this._history = this._history.filter((h) => h.version > v);
    for (const h of this._history) pending.push(...h.changes);
    const fix = (item) => {
      const c = cloneItem(item);
      if (pending.length && Array.isArray(c.evidence)) c.evidence = c.evidence.map((s) => mapSpan(s, pending));
      return c;
    };
    const codes = msg.codes || {};
    for (const id of codes.remove || []) codesChanged = this._codes.delete(id) || codesChanged;
    for (const c of codes.upsert || []) {
      if (!c || !c.id) continue;
      this._codes.set(c.id, fix(c));
      codesChanged = true;
    }
    const prompts = msg.prompts || {};
    for (const id of prompts.remove || []) promptsChanged = this._prompts.delete(id) || promptsChanged;
    for (const p of prompts.upsert || []) {
      if (!p || !p.id || this._dismissedIds.has(p.id) || this._dismissedKeys.has(`${p.kind}|${p.code}`)) continue;
      this._prompts.set(p.id, fix(p));
      promptsChanged = true;
    }
    this._lastResult = v;

    let ms;
    let sentVersion = 0;
    for (const [sv, t] of this._sentAt) {
      if (sv <= v) {
        if (sv > sentVersion) {
          sentVersion = sv;
          ms = now() - t;
        }
        this._sentAt.delete(sv);
      }
    }
    this._emit('result', { doc: this, version: v, result: msg });
    if (codesChanged) this._emit('codes', { doc: this, codes: this.codes });
    if (promptsChanged) this._emit('prompts', { doc: this, prompts: this.prompts });
    if (ms !== undefined) this._emit('latency', { doc: this, version: sentVersion, ms });
    return { codesChanged, promptsChanged, ms, sentVersion };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Client

function defaultURL() {
  if (typeof location !== 'undefined' && location.host) {
    return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/v1/ws`;
  }
  return 'ws://127.0.0.1:8080/v1/ws';
}

function httpBase(wsURL) {
  const u = new URL(wsURL);
  u.protocol = u.protocol === 'wss:' ? 'https:' : 'http:';
  u.pathname = '';
  u.search = '';
  u.hash = '';
  return u.toString().replace(/\/$/, '');
}

/**
 * Client is one connection to a notecoder server, shared by every document of an editor.
 *
 * Events: `status` {status, attempt?, delayMs?} with status 'connecting' | 'open' | 'reconnecting' | 'closed';
 * `welcome` {welcome}; `error` {error: NotecoderError, doc?}; `query` {query}; `worklist` {message};
 * `message` {message} for every server message; and every document event (`codes`, `prompts`, `result`,
 * `latency`, `text`) re-emitted with its `doc`.
 */
export class Client extends Emitter {
  /**
   * @param {object} [opts]
   * @param {string} [opts.url] WebSocket URL (default: ws(s)://<page host>/v1/ws in a browser)
   * @param {string} opts.token bearer token (any string against `notecoder serve --dev`)
   * @param {string} [opts.client] name/version of the plugin, sent in hello
   * @param {function} [opts.WebSocket] WebSocket constructor (default globalThis.WebSocket)
   * @param {function} [opts.fetch] fetch implementation for the REST helpers (default globalThis.fetch)
   * @param {boolean} [opts.reconnect=true] reconnect after a dropped connection
   * @param {{initialMs?:number,maxMs?:number,factor?:number,jitter?:number}} [opts.backoff]
   * @param {number} [opts.helloTimeoutMs=10000] give up on a connection that sends no welcome in time
   */
  constructor(opts = {}) {
    super();
    this.url = opts.url || defaultURL();
    this.token = opts.token;
    this.clientName = opts.client ? `${opts.client} notecoder-js/${VERSION}` : `notecoder-js/${VERSION}`;
    this._WS = opts.WebSocket || (typeof globalThis !== 'undefined' ? globalThis.WebSocket : undefined);
    this._fetch = opts.fetch || (typeof globalThis !== 'undefined' && globalThis.fetch ? globalThis.fetch.bind(globalThis) : undefined);
    this.reconnect = opts.reconnect !== false;
    this.backoff = { initialMs: 250, maxMs: 10000, factor: 2, jitter: 0.5, ...(opts.backoff || {}) };
    this.helloTimeoutMs = opts.helloTimeoutMs || 10000;
    this._random = opts.random || Math.random;
    this._docs = new Map();
    this._queries = new Map();
    this._pending = new Map(); // request id -> {resolve, reject}, for messages the server confirms with ok
    this._seq = 0;
    this._ws = null;
    this._status = 'closed';
    this._welcome = null;
    this._attempt = 0;
    this._timer = null;
    this._helloTimer = null;
    this._stopped = true;
    this._worklist = false;
    this._connectWaiters = [];
  }

  /** The connection state: 'connecting' | 'open' | 'reconnecting' | 'closed'. */
  get status() {
    return this._status;
  }

  /** The server's welcome message of the current connection (session, codeset, limits), or null. */
  get welcome() {
    return this._welcome;
  }

  /** Every query received on this connection, newest state of each, by id. */
  get queries() {
    return [...this._queries.values()];
  }

  /** The open documents. */
  get documents() {
    return [...this._docs.values()];
  }

  /**
   * connect opens the connection (and keeps it open, reconnecting with backoff, until close()). The promise resolves
   * with the welcome message once the server accepted the hello, and rejects only when the client gives up: an
   * `unauthorized` error, close() before welcome, or a failed first attempt with reconnect disabled.
   * @returns {Promise<object>}
   */
  connect() {
    if (!this._WS) {
      return Promise.reject(new NotecoderError('bad_argument', 'no WebSocket implementation: pass opts.WebSocket'));
    }
    if (typeof this.token !== 'string' || this.token === '') {
      return Promise.reject(new NotecoderError('bad_argument', 'a token is required (any string with serve --dev)'));
    }
    const p = new Promise((resolve, reject) => {
      if (this._status === 'open' && this._welcome) resolve(this._welcome);
      else this._connectWaiters.push({ resolve, reject });
    });
    if (this._stopped) {
      this._stopped = false;
      this._attempt = 0;
      this._dial();
    }
    return p;
  }

  /** close ends the connection for good (no reconnect) and sets status 'closed'. Documents stay in memory. */
  close() {
    this._stopped = true;
    clearTimeout(this._timer);
    clearTimeout(this._helloTimer);
    const ws = this._ws;
    this._ws = null;
    if (ws) {
      try {
        ws.close(1000, 'client closed');
      } catch {
        /* already closed */
      }
    }
    for (const d of this._docs.values()) d._connectionLost();
    this._failPending(new NotecoderError('transport', 'connection closed before the server confirmed'));
    this._settleWaiters(new NotecoderError('closed', 'client closed before the server said welcome'));
    this._setStatus('closed');
  }

  /**
   * open registers a document and sends `open` with its full text (now, or as soon as the connection is up).
   * Opening an id that is already open re-opens it with the new text and context.
   * @param {string} id
   * @param {string} [text]
   * @param {{setting?:'inpatient'|'outpatient', age?:number, sex?:string}} [context]
   * @returns {Document}
   */
  open(id, text = '', context = undefined) {
    if (typeof id !== 'string' || id === '') throw new NotecoderError('bad_argument', 'document id required');
    if (typeof text !== 'string') throw new NotecoderError('bad_argument', 'text must be a string');
    let doc = this._docs.get(id);
    if (doc) {
      doc._text = text;
      if (context) doc._context = { ...context };
    } else {
      doc = new Document(this, id, text, context);
      this._docs.set(id, doc);
      for (const type of ['codes', 'prompts', 'result', 'latency', 'text']) {
        doc.on(type, (ev) => this._emit(type, ev));
      }
    }
    doc.reopen();
    return doc;
  }

  /** document returns the open document with that id, or undefined. */
  document(id) {
    return this._docs.get(id);
  }

  /**
   * answerQuery answers a CDI query received in a `query` event on this socket. The promise resolves once the server
   * confirms the answer is durable (`ok`), and rejects with the server's error (e.g. `conflict` when the query is no
   * longer open) or with 'transport' when the connection is down.
   * @param {string} queryId
   * @param {number} optionIndex index into query.options
   * @param {string} [text] optional free text (for "Other (please specify)")
   */
  answerQuery(queryId, optionIndex, text) {
    if (typeof queryId !== 'string' || !Number.isInteger(optionIndex) || optionIndex < 0) {
      throw new NotecoderError('bad_argument', 'answerQuery needs a query id and an option index');
    }
    const msg = { type: 'answer', query: queryId, option: optionIndex };
    if (text) msg.text = text;
    return this._request(msg);
  }

  // _request sends msg tagged with an id and resolves when the server confirms it with `ok` (ref = id), or rejects
  // with the server's error for it, or with 'transport' when the connection is down or drops before the reply.
  _request(msg) {
    return new Promise((resolve, reject) => {
      if (!this._isOpen()) {
        reject(new NotecoderError('transport', 'not connected'));
        return;
      }
      const id = `r-${++this._seq}`;
      this._pending.set(id, { resolve, reject });
      if (!this._send({ ...msg, id })) {
        this._pending.delete(id);
        reject(new NotecoderError('transport', 'send failed'));
      }
    });
  }

  _failPending(err) {
    const p = this._pending;
    this._pending = new Map();
    for (const w of p.values()) w.reject(err);
  }

  /**
   * subscribeWorklist asks the server to push the CDI worklist to this socket (roles cdi, admin); items arrive as
   * `worklist` events. The subscription is renewed after each reconnect.
   */
  subscribeWorklist() {
    this._worklist = true;
    if (this._isOpen()) this._send({ type: 'subscribe', topic: 'worklist' });
  }

  /**
   * request calls the REST API with this client's token: request('POST', '/v1/queries', body). It resolves with the
   * parsed JSON body on 2xx and rejects with NotecoderError('http', ..., {status, body}) otherwise (a 422 carries the
   * lint findings in body).
   * @param {string} method
   * @param {string} path
   * @param {object} [body]
   */
  async request(method, path, body) {
    if (!this._fetch) throw new NotecoderError('bad_argument', 'no fetch implementation: pass opts.fetch');
    const res = await this._fetch(httpBase(this.url) + path, {
      method,
      headers: { Authorization: `Bearer ${this.token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const raw = await res.text();
    let parsed = null;
    try {
      parsed = raw ? JSON.parse(raw) : null;
    } catch {
      parsed = { raw };
    }
    if (!res.ok) {
      // REST errors are {"error":{"code","message","findings"?}}; a 422 lint refusal carries the findings.
      const e = parsed && typeof parsed.error === 'object' && parsed.error ? parsed.error : {};
      const msg = typeof e.message === 'string' && e.message ? e.message : `HTTP ${res.status}`;
      throw new NotecoderError('http', msg, {
        status: res.status,
        errorCode: e.code,
        findings: Array.isArray(e.findings) ? e.findings : [],
        body: parsed,
      });
    }
    return parsed;
  }

  /** createQuery POSTs a CDI query (role cdi): {doc, prompt, question, options:[{label, code}]}. */
  createQuery(query) {
    return this.request('POST', '/v1/queries', query);
  }

  /** fetchWorklist GETs the CDI worklist over REST (roles cdi, admin). */
  fetchWorklist() {
    return this.request('GET', '/v1/worklist');
  }

  // -- internals ----------------------------------------------------------------------------------------------

  _isOpen() {
    return this._status === 'open' && this._ws !== null;
  }

  _needsOpen(_doc) {
    // Nothing to do: every document is re-opened with its full text when the connection (re)opens.
  }

  _send(msg) {
    if (!this._isOpen()) return false;
    try {
      this._ws.send(JSON.stringify(msg));
      return true;
    } catch (err) {
      this._emit('error', { error: new NotecoderError('transport', String(err && err.message ? err.message : err)) });
      return false;
    }
  }

  _setStatus(status, extra = {}) {
    if (this._status === status && status !== 'reconnecting') return;
    this._status = status;
    this._emit('status', { status, ...extra });
  }

  _settleWaiters(err, welcome) {
    const ws = this._connectWaiters;
    this._connectWaiters = [];
    for (const w of ws) {
      if (err) w.reject(err);
      else w.resolve(welcome);
    }
  }

  _dial() {
    if (this._stopped) return;
    if (this._attempt === 0) this._setStatus('connecting'); // later attempts stay 'reconnecting'
    let ws;
    try {
      ws = new this._WS(this.url, SUBPROTOCOL);
    } catch (err) {
      this._emit('error', { error: new NotecoderError('transport', String(err && err.message ? err.message : err)) });
      this._scheduleReconnect();
      return;
    }
    this._ws = ws;
    this._welcome = null;
    let gotWelcome = false;
    let unauthorized = false;
    ws.onopen = () => {
      if (this._ws !== ws) return;
      ws.send(JSON.stringify({ type: 'hello', token: this.token, client: this.clientName, positionEncoding: POSITION_ENCODING }));
      this._helloTimer = setTimeout(() => {
        if (this._ws === ws && !gotWelcome) {
          this._emit('error', { error: new NotecoderError('transport', 'no welcome from the server in time') });
          try {
            ws.close(1000, 'no welcome');
          } catch {
            /* ignore */
          }
        }
      }, this.helloTimeoutMs);
    };
    ws.onmessage = (ev) => {
      if (this._ws !== ws) return;
      let msg;
      try {
        msg = JSON.parse(typeof ev.data === 'string' ? ev.data : String(ev.data));
      } catch {
        this._emit('error', { error: new NotecoderError('bad_json', 'server sent a frame that is not JSON') });
        return;
      }
      if (!msg || typeof msg !== 'object') return;
      if (msg.type === 'welcome') {
        gotWelcome = true;
        clearTimeout(this._helloTimer);
        this._onWelcome(msg);
      } else if (msg.type === 'error' && msg.code === 'unauthorized') {
        unauthorized = true;
        this._onMessage(msg);
      } else {
        this._onMessage(msg);
      }
    };
    ws.onerror = () => {
      // The close event that follows carries what we need; browsers give no detail here.
    };
    ws.onclose = (ev) => {
      if (this._ws !== ws) return;
      clearTimeout(this._helloTimer);
      this._ws = null;
      this._welcome = null;
      for (const d of this._docs.values()) d._connectionLost();
      this._failPending(new NotecoderError('transport', 'connection closed before the server confirmed'));
      if (this._stopped) {
        this._setStatus('closed');
        return;
      }
      if (unauthorized || (ev && ev.code === 1008 && !gotWelcome)) {
        // The token was refused: retrying with the same token cannot help.
        this._stopped = true;
        this._settleWaiters(new NotecoderError('unauthorized', (ev && ev.reason) || 'the server refused the token'));
        this._setStatus('closed', { code: ev && ev.code, reason: ev && ev.reason });
        return;
      }
      if (!this.reconnect) {
        this._stopped = true;
        this._settleWaiters(new NotecoderError('transport', `connection closed (${ev && ev.code})`));
        this._setStatus('closed', { code: ev && ev.code, reason: ev && ev.reason });
        return;
      }
      this._scheduleReconnect(ev);
    };
  }

  _scheduleReconnect(ev) {
    if (this._stopped) return;
    const delayMs = backoffDelay(this._attempt, this.backoff, this._random);
    this._attempt++;
    this._status = 'reconnecting';
    this._emit('status', { status: 'reconnecting', attempt: this._attempt, delayMs, code: ev && ev.code });
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this._dial(), delayMs);
  }

  _onWelcome(msg) {
    this._welcome = msg;
    this._attempt = 0;
    this._setStatus('open', { welcome: msg });
    this._emit('welcome', { welcome: msg });
    // Resync: every document is re-opened with its full text, under a new version when the current one was
    // already sent on an earlier connection.
    for (const d of this._docs.values()) {
      if (d._closed) continue;
      if (d._version <= d._sentVersion) d._version++;
      d._sendOpen();
    }
    if (this._worklist) this._send({ type: 'subscribe', topic: 'worklist' });
    this._settleWaiters(null, msg);
  }

  _onMessage(msg) {
    this._emit('message', { message: msg });
    const doc = typeof msg.doc === 'string' ? this._docs.get(msg.doc) : undefined;
    switch (msg.type) {
      case 'result':
        if (doc) doc._onResult(msg);
        break;
      case 'error': {
        const error = new NotecoderError(msg.code || 'internal', msg.message || msg.code, { doc: msg.doc, version: msg.version });
        const w = typeof msg.ref === 'string' ? this._pending.get(msg.ref) : undefined;
        if (w) {
          this._pending.delete(msg.ref);
          w.reject(error);
        }
        this._emit('error', { error, doc });
        if (doc) {
          doc._emit('error', { doc, error });
          if (['version_mismatch', 'doc_not_open', 'range_out_of_bounds'].includes(msg.code)) doc.reopen();
          else if (msg.code === 'rate_limited') {
            // The refused change left the server behind: resync once the server says we may send again.
            clearTimeout(doc._retryTimer);
            doc._retryTimer = setTimeout(() => doc.reopen(), Math.max(50, Number(msg.retryAfterMs) || 1000));
          }
        }
        break;
      }
      case 'query': {
        const q = msg.query;
        if (q && q.id) {
          this._queries.set(q.id, q);
          this._emit('query', { query: q });
          const qd = typeof q.doc === 'string' ? this._docs.get(q.doc) : undefined;
          if (qd) qd._emit('query', { doc: qd, query: q });
        }
        break;
      }
      case 'ok': {
        const w = typeof msg.ref === 'string' ? this._pending.get(msg.ref) : undefined;
        if (w) {
          this._pending.delete(msg.ref);
          w.resolve(msg);
        }
        break;
      }
      case 'worklist':
        this._emit('worklist', { message: msg });
        break;
      default:
        break;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Editor bindings

/**
 * bindTextarea keeps a Document and a <textarea> (or <input>) in step: every input event becomes one minimal change
 * (anchored at the caret), and edits made through the Document (applyOption) are written back into the element with
 * the caret kept in place. Returns a function that unbinds.
 * @param {Document} doc
 * @param {HTMLTextAreaElement|HTMLInputElement} el
 */
export function bindTextarea(doc, el) {
  if (el.value !== doc.text) doc.setText(el.value, { origin: 'textarea' });
  const onInput = () => {
    doc.setText(el.value, { cursor: el.selectionEnd, origin: 'textarea' });
  };
  const offText = doc.on('text', ({ changes, origin }) => {
    if (origin === 'textarea') return;
    let selStart = el.selectionStart;
    let selEnd = el.selectionEnd;
    for (const ch of changes) {
      selStart = mapOffset(selStart, ch, 1);
      selEnd = mapOffset(selEnd, ch, 1);
    }
    el.value = doc.text;
    try {
      el.setSelectionRange(selStart, selEnd);
    } catch {
      /* element not focusable */
    }
  });
  el.addEventListener('input', onInput);
  return () => {
    el.removeEventListener('input', onInput);
    offText();
  };
}

/**
 * contentEditableText is the plain text of a contenteditable element as the SDK sends it: innerText with "\n" line
 * breaks and no trailing newline a browser adds for the caret.
 * @param {HTMLElement} el
 */
export function contentEditableText(el) {
  const t = (el.innerText !== undefined ? el.innerText : el.textContent) || '';
  return t.replace(/\r\n?/g, '\n').replace(/\n$/, '');
}

/**
 * bindContentEditable sends the edits of a contenteditable element: after each input event its plain text
 * (contentEditableText, or opts.textOf) is diffed against the Document's text into one change. Edits made through the
 * Document replace the element's text (plain text only). Returns a function that unbinds.
 * @param {Document} doc
 * @param {HTMLElement} el
 * @param {{textOf?: function(HTMLElement):string}} [opts]
 */
export function bindContentEditable(doc, el, opts = {}) {
  const textOf = opts.textOf || contentEditableText;
  const sync = () => doc.setText(textOf(el), { origin: 'contenteditable' });
  sync();
  const offText = doc.on('text', ({ origin }) => {
    if (origin !== 'contenteditable') el.textContent = doc.text;
  });
  el.addEventListener('input', sync);
  return () => {
    el.removeEventListener('input', sync);
    offText();
  };
}
