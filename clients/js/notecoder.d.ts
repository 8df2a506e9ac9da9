// TypeScript declarations for notecoder.js, the notecoder JS SDK (protocol notecoder.v1).
// All offsets are UTF-16 code units (JavaScript string indices), the encoding the SDK negotiates.

/** The WebSocket subprotocol the server speaks. */
export declare const SUBPROTOCOL: 'notecoder.v1';
/** The position encoding the SDK negotiates. */
export declare const POSITION_ENCODING: 'utf-16';
/** SDK version, sent in hello.client. */
export declare const VERSION: string;

/** A half-open range [start, end) of the note text. */
export interface Span {
  start: number;
  end: number;
}

/** Replace [start, end) with text; a change list applies in order, each to the text left by the one before. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

export type Setting = 'inpatient' | 'outpatient';

/** The encounter context sent with `open`; coding rules depend on it. */
export interface Context {
  setting?: Setting;
  age?: number;
  sex?: string;
  principalDx?: string;
  [key: string]: unknown;
}

export type Assertion = 'present' | 'possible' | 'historical' | 'family' | string;

/** A code the note supports for reporting. Evidence is mapped onto the current text. */
export interface CodeItem {
  id: string;
  system: string;
  code: string;
  title: string;
  assertion: Assertion;
  section?: string;
  evidence: Span[];
  confidence: number;
  why?: string;
  [key: string]: unknown;
}

/** One answer to a prompt or query. An option without `code` needs the physician's own words. */
export interface Option {
  label: string;
  code?: string;
  [key: string]: unknown;
}

export type PromptKind =
  | 'laterality'
  | 'acuity'
  | 'type'
  | 'stage'
  | 'severity'
  | 'episode'
  | 'organism'
  | 'linkage'
  | 'specificity';

export interface Impact {
  currentCC?: string;
  bestCC?: string;
  hccBefore?: string;
  hccAfter?: string;
  score?: number;
  [key: string]: unknown;
}

/** A documentation gap that keeps a code unspecific. */
export interface PromptItem {
  id: string;
  kind: PromptKind | string;
  code: string;
  message: string;
  options: Option[];
  evidence: Span[];
  impact?: Impact;
  [key: string]: unknown;
}

export interface Delta<T> {
  upsert: T[];
  remove: string[];
}

/** The server's `result` message: what changed for a version of a document. */
export interface ResultMessage {
  type: 'result';
  doc: string;
  version: number;
  codes: Delta<CodeItem>;
  prompts: Delta<PromptItem>;
  findings?: Delta<Record<string, unknown>>;
}

export interface Welcome {
  type: 'welcome';
  session: string;
  positionEncoding: string;
  codeset: string;
  server?: string;
  limits: { maxMessageBytes: number; maxDocBytes: number; maxDocs?: number; messagesPerSecond?: number };
  identity?: { tenant: string; user: string; roles: string[] };
}

export interface LintFinding {
  rule: string;
  message: string;
}

/** A CDI query (REST body and `query` push). */
export interface Query {
  id: string;
  doc: string;
  prompt?: string;
  question: string;
  options: Option[];
  status: 'open' | 'answered' | 'declined' | 'withdrawn' | 'expired' | 'closed' | string;
  createdBy: string;
  createdAt: string;
  answer?: { option: number; label: string; code?: string; text?: string; by: string; at: string };
  warnings: LintFinding[];
  [key: string]: unknown;
}

export interface WorklistItem {
  doc: string;
  user?: string;
  prompts: PromptItem[];
  impact: Impact;
  updatedAt: string;
}

export type Status = 'connecting' | 'open' | 'reconnecting' | 'closed';

/** Every error the SDK reports. `code` is a protocol error code or 'transport' | 'bad_argument' | 'http' | 'closed' | 'unauthorized'. */
export declare class NotecoderError extends Error {
  constructor(code: string, message: string, detail?: Record<string, unknown>);
  code: string;
  /** Document id, for server errors about a document. */
  doc?: string;
  /** The version the server holds (version_mismatch). */
  version?: number;
  /** HTTP status, for code 'http'. */
  status?: number;
  /** REST error code ('lint', 'forbidden', ...), for code 'http'. */
  errorCode?: string;
  /** Lint findings of a refused (422) query, for code 'http'. */
  findings?: LintFinding[];
  body?: unknown;
}

export interface DocEvents {
  codes: { doc: Document; codes: CodeItem[] };
  prompts: { doc: Document; prompts: PromptItem[] };
  result: { doc: Document; version: number; result: ResultMessage };
  latency: { doc: Document; version: number; ms: number };
  text: { doc: Document; text: string; changes: TextChange[]; origin: string };
  query: { doc: Document; query: Query };
  error: { doc: Document; error: NotecoderError };
}

export interface ClientEvents extends Omit<DocEvents, 'error' | 'query'> {
  status: { status: Status; attempt?: number; delayMs?: number; code?: number; reason?: string; welcome?: Welcome };
  welcome: { welcome: Welcome };
  error: { error: NotecoderError; doc?: Document };
  query: { query: Query };
  worklist: { message: { type: 'worklist'; items: WorklistItem[] } };
  message: { message: { type: string; [key: string]: unknown } };
}

declare class Emitter<E> {
  /** Registers a handler; returns a function that removes it. */
  on<K extends keyof E>(type: K, fn: (ev: E[K]) => void): () => void;
  off<K extends keyof E>(type: K, fn: (ev: E[K]) => void): void;
  once<K extends keyof E>(type: K, fn: (ev: E[K]) => void): () => void;
}

/** One open note: text, version, context, and the server's current codes and prompts for it. */
export declare class Document extends Emitter<DocEvents> {
  readonly client: Client;
  readonly id: string;
  readonly text: string;
  readonly version: number;
  readonly context: Context | undefined;
  /** Newest version acknowledged by a result (0 before the first). */
  readonly acknowledgedVersion: number;
  readonly codes: CodeItem[];
  /** Current prompts, dismissed ones excluded. */
  readonly prompts: PromptItem[];
  /** Resolves once `version` (default: current) is acknowledged by a result. */
  synced(version?: number): Promise<Document>;
  /** Applies changes locally and sends them as one `change` with the next version. Throws NotecoderError('bad_argument') on a bad range. */
  edit(changes: TextChange[], origin?: string): void;
  /** Sends the minimal change from the current text to newText. */
  setText(newText: string, opts?: { cursor?: number; origin?: string }): void;
  /** Merges context and re-opens the document with it. */
  setContext(context: Context): void;
  /** Sends `open` with the full text and a new version (resync). */
  reopen(): void;
  /** Writes the option into the note (see optionEdit), sends it, and sends feedback accept. Null when the option has no code. */
  applyOption(prompt: PromptItem | string, option: Option | number): TextChange | null;
  /** Hides the prompt for good and sends feedback dismiss. */
  dismiss(prompt: PromptItem | string, reason?: string): void;
  feedback(target: string, action: 'accept' | 'reject' | 'dismiss', reason?: string): void;
  /** Sends `close` and forgets the document. */
  close(): void;
}

export interface ClientOptions {
  /** Default: ws(s)://<page host>/v1/ws in a browser, ws://127.0.0.1:8080/v1/ws elsewhere. */
  url?: string;
  /** Bearer token; any string works against `notecoder serve --dev`. */
  token: string;
  /** Plugin name/version, sent in hello. */
  client?: string;
  /** WebSocket constructor; default globalThis.WebSocket. */
  WebSocket?: new (url: string, protocols?: string | string[]) => WebSocket;
  /** fetch for the REST helpers; default globalThis.fetch. */
  fetch?: typeof fetch;
  /** Reconnect after a dropped connection (default true). */
  reconnect?: boolean;
  /** Default {initialMs: 250, maxMs: 10000, factor: 2, jitter: 0.5}. */
  backoff?: BackoffOptions;
  /** Close a connection that sends no welcome within this time (default 10000). */
  helloTimeoutMs?: number;
}

export interface BackoffOptions {
  initialMs?: number;
  maxMs?: number;
  factor?: number;
  jitter?: number;
}

/** One connection to a notecoder server, shared by all documents of an editor. */
export declare class Client extends Emitter<ClientEvents> {
  constructor(opts: ClientOptions);
  readonly url: string;
  readonly token: string;
  readonly status: Status;
  readonly welcome: Welcome | null;
  readonly queries: Query[];
  readonly documents: Document[];
  /** Connects (and stays connected until close()); resolves with welcome. */
  connect(): Promise<Welcome>;
  close(): void;
  /** Registers a document and sends `open` (now or once connected). Re-opening an id resets its text. */
  open(id: string, text?: string, context?: Context): Document;
  document(id: string): Document | undefined;
  /** Answers a CDI query on the socket; resolves once the server confirms it is durable (`ok`). */
  answerQuery(queryId: string, optionIndex: number, text?: string): Promise<{ type: 'ok'; ref: string }>;
  /** Asks for live worklist pushes (roles cdi, admin); renewed after reconnects. */
  subscribeWorklist(): void;
  /** REST call with this client's token; rejects with NotecoderError('http', ..., {status, findings}) on non-2xx. */
  request<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  /** POST /v1/queries (role cdi). A leading query rejects with status 422 and `findings`. */
  createQuery(query: { doc: string; prompt?: string; question: string; options: Option[] }): Promise<Query>;
  /** GET /v1/worklist (roles cdi, admin). */
  fetchWorklist(): Promise<{ items: WorklistItem[] }>;
}

/** The minimal change turning oldText into newText (null when equal); cursor = caret in newText after the edit. */
export declare function diffText(oldText: string, newText: string, cursor?: number): TextChange | null;
/** Throws NotecoderError('bad_argument') when the change does not fit text. */
export declare function validateChange(text: string, change: TextChange): void;
/** Applies changes in order; throws without partial effect on a bad one. */
export declare function applyChanges(text: string, changes: TextChange[]): string;
export declare function mapOffset(pos: number, change: TextChange, assoc?: number): number;
/** Maps a span through changes applied in order. */
export declare function mapSpan<S extends Span>(span: S, changes: TextChange[]): S;

/** The part of CodeMirror 6's ChangeSet the adapter uses. */
export interface CodeMirrorChangeSet {
  iterChanges(
    f: (fromA: number, toA: number, fromB: number, toB: number, inserted: { toString(): string }) => void,
    individual?: boolean,
  ): void;
}
/** CodeMirror 6 transaction/update changes -> protocol changes (in order). */
export declare function fromCodeMirrorChanges(changes: CodeMirrorChangeSet): TextChange[];

/** The edit that writes a prompt option into the note, or null (no code, no evidence, already said). */
export declare function optionEdit(text: string, prompt: Pick<PromptItem, 'kind' | 'evidence'>, option: Option): TextChange | null;
/** UTF-8 byte length of a string (what the server's maxDocBytes counts). */
export declare function utf8Length(s: string): number;
/** Reconnect delay before attempt n (0-based). */
export declare function backoffDelay(attempt: number, opts?: BackoffOptions, random?: () => number): number;

/** Keeps a textarea/input and a Document in step; returns an unbind function. */
export declare function bindTextarea(doc: Document, el: HTMLTextAreaElement | HTMLInputElement): () => void;
/** Plain text of a contenteditable element as the SDK sends it. */
export declare function contentEditableText(el: HTMLElement): string;
/** Keeps a contenteditable element and a Document in step; returns an unbind function. */
export declare function bindContentEditable(doc: Document, el: HTMLElement, opts?: { textOf?: (el: HTMLElement) => string }): () => void;
