// A tiny notecoder-like WebSocket server for the SDK's tests: the server side of RFC 6455 (handshake, masked client
// frames, fragmentation, ping/close) on node:http, plus a toy "coder" that speaks protocol notecoder.v1 well enough to
// exercise the SDK: hello/welcome, open/change with version checks and UTF-16 offsets, result deltas with stable ids,
// feedback dismiss, queries and the worklist subscription. Tests inspect every frame it received and can inject frames,
// drop connections or hold results back.

import http from 'node:http';
import crypto from 'node:crypto';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/** encodeFrame builds one unmasked server frame. */
function encodeFrame(opcode, payload) {
  const len = payload.length;
  let header;
  if (len < 126) {
    header = Buffer.from([0x80 | opcode, len]);
  } else if (len < 65536) {
    header = Buffer.alloc(4);
    header[0] = 0x80 | opcode;
    header[1] = 126;
    header.writeUInt16BE(len, 2);
  } else {
    header = Buffer.alloc(10);
    header[0] = 0x80 | opcode;
    header[1] = 127;
    header.writeBigUInt64BE(BigInt(len), 2);
  }
  return Buffer.concat([header, payload]);
}

/** Conn is one server-side WebSocket connection. */
class Conn {
  constructor(socket, server) {
    this.socket = socket;
    this.server = server;
    this.buf = Buffer.alloc(0);
    this.fragments = [];
    this.closed = false;
    this.hello = null;
    this.docs = new Map(); // doc -> {text, version, context, codes: Map key->item, prompts: Map key->item, dismissed:Set}
    this.subscribed = false;
    socket.on('data', (d) => this._onData(d));
    socket.on('close', () => {
      this.closed = true;
      server.conns.delete(this);
    });
    socket.on('error', () => {});
  }

  _onData(d) {
    this.buf = Buffer.concat([this.buf, d]);
    for (;;) {
      if (this.buf.length < 2) return;
      const b0 = this.buf[0];
      const b1 = this.buf[1];
      const fin = (b0 & 0x80) !== 0;
      const opcode = b0 & 0x0f;
      const masked = (b1 & 0x80) !== 0;
      let len = b1 & 0x7f;
      let off = 2;
      if (len === 126) {
        if (this.buf.length < 4) return;
        len = this.buf.readUInt16BE(2);
        off = 4;
      } else if (len === 127) {
        if (this.buf.length < 10) return;
        len = Number(this.buf.readBigUInt64BE(2));
        off = 10;
      }
      const maskLen = masked ? 4 : 0;
      if (this.buf.length < off + maskLen + len) return;
      const mask = masked ? this.buf.subarray(off, off + 4) : null;
      const payload = Buffer.from(this.buf.subarray(off + maskLen, off + maskLen + len));
      if (mask) for (let i = 0; i < payload.length; i++) payload[i] ^= mask[i & 3];
      this.buf = this.buf.subarray(off + maskLen + len);
      if (opcode === 0x8) {
        this._write(encodeFrame(0x8, payload.subarray(0, 2)));
        this.socket.end();
        this.closed = true;
        return;
      }
      if (opcode === 0x9) {
        this._write(encodeFrame(0xa, payload));
        continue;
      }
      if (opcode === 0xa) continue;
      if (opcode === 0x1 || opcode === 0x0) {
        this.fragments.push(payload);
        if (fin) {
          const text = Buffer.concat(this.fragments).toString('utf8');
          this.fragments = [];
          this._onText(text);
        }
      }
    }
  }

  _write(buf) {
    if (!this.closed) this.socket.write(buf);
  }

  /** send writes one JSON message. */
  send(obj) {
    this._write(encodeFrame(0x1, Buffer.from(JSON.stringify(obj), 'utf8')));
  }

  /** close sends a close frame with a code and reason, then ends the socket. */
  close(code = 1000, reason = '') {
    const r = Buffer.from(reason, 'utf8');
    const p = Buffer.alloc(2 + r.length);
    p.writeUInt16BE(code, 0);
    r.copy(p, 2);
    this._write(encodeFrame(0x8, p));
    this.socket.end();
    this.closed = true;
  }

  /** drop kills the TCP connection without a close frame (a network failure). */
  drop() {
    this.closed = true;
    this.socket.destroy();
  }

  _onText(text) {
    let msg;
    try {
      msg = JSON.parse(text);
    } catch {
      this.send({ type: 'error', code: 'bad_json', message: 'not JSON' });
      return;
    }
    this.server.received.push(msg);
    this.server._notify(msg, this);
    if (!this.hello) {
      if (msg.type !== 'hello') {
        this.close(1008, 'hello_required');
        return;
      }
      if (this.server.refuseToken && msg.token === this.server.refuseToken) {
        this.send({ type: 'error', code: 'unauthorized', message: 'token refused' });
        this.close(1008, 'unauthorized');
        return;
      }
      this.hello = msg;
      this.send({
        type: 'welcome',
        session: `s-${this.server.sessions++}`,
        positionEncoding: 'utf-16',
        codeset: 'ICD-10-CM FY2026',
        limits: { maxMessageBytes: 1048576, maxDocBytes: this.server.maxDocBytes || 524288 },
        identity: { tenant: 'dev', user: 'dev', roles: ['physician', 'cdi'] },
      });
      return;
    }
    const d = msg.doc !== undefined ? this.docs.get(msg.doc) : undefined;
    switch (msg.type) {
      case 'open': {
        const st = { text: msg.text, version: msg.version, context: msg.context, codes: new Map(), prompts: new Map(), dismissed: d ? d.dismissed : new Set() };
        this.docs.set(msg.doc, st);
        this._code(msg.doc, st);
        break;
      }
      case 'change': {
        if (!d) {
          this.send({ type: 'error', code: 'doc_not_open', message: 'open it first', doc: msg.doc });
          return;
        }
        if (msg.version !== d.version + 1 || this.server.forceMismatch) {
          this.server.forceMismatch = false;
          this.send({ type: 'error', code: 'version_mismatch', message: `expected version ${d.version + 1}`, doc: msg.doc, version: d.version });
          return;
        }
        let t = d.text;
        for (const ch of msg.changes || []) {
          if (!(ch.start <= ch.end && ch.end <= t.length)) {
            this.send({ type: 'error', code: 'range_out_of_bounds', message: 'bad range', doc: msg.doc });
            return;
          }
          t = t.slice(0, ch.start) + ch.text + t.slice(ch.end);
        }
        if (typeof msg.text === 'string' && !msg.changes) t = msg.text;
        d.text = t;
        d.version = msg.version;
        this._code(msg.doc, d);
        break;
      }
      case 'feedback':
        if (d && msg.action === 'dismiss') d.dismissed.add(msg.target);
        break;
      case 'answer':
        if (msg.option === 99) this.send({ type: 'error', code: 'bad_message', message: 'no such option', ref: msg.id });
        else if (msg.id) this.send({ type: 'ok', ref: msg.id });
        break;
      case 'subscribe':
        this.subscribed = msg.topic === 'worklist';
        if (this.subscribed) this.send({ type: 'worklist', items: [] });
        break;
      default:
        break;
    }
  }

  // _code is the toy coder: osteoarthritis of the knee -> M17.9 with a laterality prompt, or M17.11 / M17.12 when
  // "right"/"left" precedes knee; "heart failure"/"CHF" -> I50.9. Evidence offsets are UTF-16 (JS string indices).
  _code(docId, st) {
    if (this.server.holdResults) {
      this.server.held.push(() => this._code(docId, st));
      return;
    }
    const text = st.text;
    const codes = new Map();
    const prompts = new Map();
    const oa = /osteoarthritis of the (?:(right|left) )?knee/i.exec(text);
    if (oa) {
      const ev = [{ start: oa.index, end: oa.index + oa[0].length }];
      const side = oa[1] && oa[1].toLowerCase();
      const code = side === 'right' ? 'M17.11' : side === 'left' ? 'M17.12' : 'M17.9';
      codes.set('oa', { id: 'c-oa', system: 'ICD-10-CM', code, title: 'Osteoarthritis of knee', assertion: 'present', evidence: ev, confidence: 0.9 });
      if (!side && !st.dismissed.has('p-oa')) {
        prompts.set('oa', {
          id: 'p-oa',
          kind: 'laterality',
          code: 'M17.9',
          message: 'Osteoarthritis of knee: specify the side',
          options: [
            { label: 'right', code: 'M17.11' },
            { label: 'left', code: 'M17.12' },
            { label: 'bilateral', code: 'M17.0' },
            { label: 'Clinically undetermined' },
          ],
          evidence: ev,
        });
      }
    }
    const hf = /heart failure|CHF/.exec(text);
    if (hf) {
      codes.set('hf', { id: 'c-hf', system: 'ICD-10-CM', code: 'I50.9', title: 'Heart failure, unspecified', assertion: 'present', evidence: [{ start: hf.index, end: hf.index + hf[0].length }], confidence: 0.8 });
    }
    const pn = /(probable |possible )?pneumonia/i.exec(text);
    if (pn && (!pn[1] || (st.context && st.context.setting === 'inpatient'))) {
      codes.set('pn', { id: 'c-pn', system: 'ICD-10-CM', code: 'J18.9', title: 'Pneumonia, unspecified organism', assertion: pn[1] ? 'possible' : 'present', evidence: [{ start: pn.index, end: pn.index + pn[0].length }], confidence: 0.7 });
    }
    const delta = (prev, next) => {
      const upsert = [];
      const remove = [];
      for (const [k, v] of prev) if (!next.has(k)) remove.push(v.id);
      for (const [k, v] of next) if (!prev.has(k) || JSON.stringify(prev.get(k)) !== JSON.stringify(v)) upsert.push(v);
      return { upsert, remove };
    };
    const res = { type: 'result', doc: docId, version: st.version, codes: delta(st.codes, codes), prompts: delta(st.prompts, prompts) };
    if (!st.sentReset) {
      res.reset = true;
      st.sentReset = true;
    }
    st.codes = codes;
    st.prompts = prompts;
    this.send(res);
  }
}

/** FakeServer listens on 127.0.0.1 at a free port. */
export class FakeServer {
  constructor() {
    this.conns = new Set();
    this.received = [];
    this.sessions = 1;
    this.waiters = [];
    this.refuseToken = null;
    this.forceMismatch = false;
    this.holdResults = false;
    this.held = [];
    this.queries = [];
    this.http = http.createServer((req, res) => this._http(req, res));
    this.http.on('upgrade', (req, socket) => {
      const key = req.headers['sec-websocket-key'];
      const protos = String(req.headers['sec-websocket-protocol'] || '').split(',').map((s) => s.trim());
      if (!key || req.url !== '/v1/ws' || !protos.includes('notecoder.v1')) {
        socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
        return;
      }
      const accept = crypto.createHash('sha1').update(key + GUID).digest('base64');
      socket.write(
        'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
          `Sec-WebSocket-Accept: ${accept}\r\nSec-WebSocket-Protocol: notecoder.v1\r\n\r\n`,
      );
      socket.setNoDelay(true);
      this.conns.add(new Conn(socket, this));
    });
  }

  // _http serves the demo page (when staticRoot is set: clients/web at /, clients/js at /sdk/) and a toy CDI REST API:
  // GET /v1/worklist, POST /v1/queries (422 on payment words), with the query pushed to sockets holding the doc.
  async _http(req, res) {
    const send = (status, body, type = 'application/json') => {
      res.writeHead(status, { 'Content-Type': type });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/v1/worklist') {
      const items = [];
      for (const c of this.conns) {
        for (const [doc, st] of c.docs) if (st.prompts.size) items.push({ doc, prompts: [...st.prompts.values()], impact: { score: 1 } });
      }
      return send(200, { items });
    }
    if (url.pathname === '/v1/queries' && req.method === 'POST') {
      let raw = '';
      for await (const chunk of req) raw += chunk;
      const body = JSON.parse(raw);
      if (/\b(DRG|MCC|CC|reimbursement|payment|HCC|revenue)\b/i.test(body.question)) {
        return send(422, { error: { code: 'lint', message: 'leading query', findings: [{ rule: 'payment', message: 'mentions payment' }] } });
      }
      const q = { id: `q-${this.queries.length + 1}`, status: 'open', createdBy: 'dev', createdAt: new Date().toISOString(), warnings: [], ...body };
      q.options = [...body.options, { label: 'Other (please specify)' }, { label: 'Clinically undetermined' }];
      this.queries.push(q);
      for (const c of this.conns) if (c.docs.has(q.doc)) c.send({ type: 'query', query: q });
      return send(201, q);
    }
    if (this.staticRoot) {
      const fs = await import('node:fs/promises');
      const path = await import('node:path');
      let file = url.pathname === '/' ? '/index.html' : url.pathname;
      const base = file.startsWith('/sdk/') ? path.join(this.staticRoot, '../js') : this.staticRoot;
      if (file.startsWith('/sdk/')) file = file.slice(4);
      const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
      try {
        const data = await fs.readFile(path.join(base, path.normalize(file)));
        return send(200, data.toString('utf8'), types[path.extname(file)] || 'application/octet-stream');
      } catch {
        return send(404, 'not found', 'text/plain');
      }
    }
    return send(404, 'not found', 'text/plain');
  }

  /** listen starts the server and resolves with its ws:// URL. */
  listen() {
    return new Promise((resolve) => {
      this.http.listen(0, '127.0.0.1', () => {
        this.url = `ws://127.0.0.1:${this.http.address().port}/v1/ws`;
        resolve(this.url);
      });
    });
  }

  /** stop closes every connection and the listener. */
  stop() {
    for (const c of this.conns) c.drop();
    return new Promise((resolve) => this.http.close(() => resolve()));
  }

  /** release sends the results held back while holdResults was true. */
  release() {
    this.holdResults = false;
    const h = this.held;
    this.held = [];
    for (const f of h) f();
  }

  _notify(msg, conn) {
    for (const w of [...this.waiters]) {
      if (w.pred(msg, conn)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve({ msg, conn });
      }
    }
  }

  /**
   * waitFor resolves with {msg, conn} for the first received message matching pred, counting messages already
   * received after index `from` (default: only future ones).
   */
  waitFor(pred, from = this.received.length) {
    for (let i = from; i < this.received.length; i++) {
      if (pred(this.received[i])) return Promise.resolve({ msg: this.received[i], conn: [...this.conns].at(-1) });
    }
    return new Promise((resolve) => this.waiters.push({ pred, resolve }));
  }
}

/** nextEvent resolves with the next event of a type from an SDK emitter that satisfies pred. */
export function nextEvent(emitter, type, pred = () => true) {
  return new Promise((resolve) => {
    const off = emitter.on(type, (ev) => {
      if (pred(ev)) {
        off();
        resolve(ev);
      }
    });
  });
}
