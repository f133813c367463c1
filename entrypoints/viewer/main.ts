/**
 * 算盘's PDF viewer (viewer.html): a PDF from ?src=<address> or from a local file (or two, a 情况说明
 * and its 附表, checked together as one disclosure), its pages drawn by pdf.js with a text layer,
 * checked by the same engine and the same lib/pdf reader as the command line, its findings painted as
 * boxes over the printed figures, with the page's card, badge, keyboard navigation and side panel. The
 * heavy work is off the main thread: pdf.js parses in its worker, the layout and the audit run in
 * ./engine-worker.ts; this page only asks and paints.
 */
import '../../components/i18n';
import './viewer.css';
import { h } from '../../components/dom';
import { i18n, n, UI_LANG, UI_LOCALE } from '../../components/i18n';
import { looksLikePdf, PdfReadError, type PdfProblem } from '../../lib/pdf';
import { withHistory } from '../shared/history-link';
import { fetchPdf, fetchPdfsWithAccess, FetchFailed, NeedsAccess, pdfAddress, readLocalFile } from './load';
import { PdfView } from './view';
import { checklistProbe, placesFrom } from './checklist-places';
import type { CheckReply, EngineReply, EngineRequest } from './protocol';
import { SOURCE_JOINER } from '../../lib/model/merge';
import type { PdfPlacement } from './place';
import type { DocumentReport } from '../../lib/report';
import { assetUrls, openPdf } from './pdfjs';

const $ = <E extends HTMLElement>(id: string) => document.getElementById(id) as E;

document.documentElement.lang = UI_LANG;
document.title = i18n.t('viewer.title');
$('title').textContent = i18n.t('viewer.title');
$('open-label').textContent = i18n.t('viewer.open');
$('drop-hint').textContent = i18n.t('viewer.dropHint');
$('drop').textContent = i18n.t('viewer.drop');
$('pages').setAttribute('aria-label', i18n.t('viewer.pages'));

const view = new PdfView($('pages'));

function say(text: string, problem = false): void {
  const status = $('status');
  status.textContent = text;
  status.classList.toggle('problem', problem);
}

// ---- the engine worker -------------------------------------------------------------------------------

let worker: Worker | null = null;
let requestId = 0;

class EngineError extends Error {
  constructor(readonly problem: PdfProblem | null, message: string) {
    super(message);
  }
}

/** Started with the page: compiling its 2 MB (pdf.js and the engine) takes a while, in its own thread. */
function engineWorker(): Worker {
  worker ??= new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

function ask<R>(request: EngineRequest, transfer: Transferable[] = []): Promise<R> {
  const engine = engineWorker();
  const id = request.id;
  return new Promise((resolve, reject) => {
    const done = () => {
      engine.removeEventListener('message', onMessage);
      engine.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<EngineReply>) => {
      if (event.data.id !== id) return;
      done();
      if (event.data.ok) resolve(event.data as R);
      else reject(new EngineError(event.data.problem, event.data.message));
    };
    // The worker failed to load or threw outside its handler: every request waiting on it fails.
    const onError = (event: ErrorEvent) => {
      done();
      reject(new EngineError(null, event.message));
    };
    engine.addEventListener('message', onMessage);
    engine.addEventListener('error', onError);
    engine.postMessage(request, transfer);
  });
}

/** The checks the user switched off (none can be, so far: the same list the content script passes the engine). */
const DISABLED_CHECKS: string[] = [];

function check(inputs: readonly Input[]): Promise<CheckReply> {
  const files = inputs.map((input) => ({ data: new Uint8Array(input.bytes), source: input.source }));
  return ask<CheckReply>({ kind: 'check', id: ++requestId, files, locale: UI_LOCALE, disabledChecks: DISABLED_CHECKS, ...assetUrls() }, files.map((file) => file.data.buffer));
}

function place(report: DocumentReport): Promise<PdfPlacement> {
  return ask<{ placement: PdfPlacement }>({ kind: 'place', id: ++requestId, report }).then((reply) => reply.placement);
}

function problemText(error: unknown): string {
  const problem = error instanceof EngineError || error instanceof PdfReadError ? error.problem : null;
  switch (problem) {
    case 'encrypted':
      return i18n.t('viewer.encrypted');
    case 'scanned':
      return i18n.t('viewer.scanned');
    case 'corrupt':
      return i18n.t('viewer.corrupt');
    case 'empty':
      return i18n.t('viewer.noText');
    case 'timeout':
      return i18n.t('viewer.timeout');
    default:
      return i18n.t('viewer.failed', { reason: error instanceof Error ? error.message : String(error) });
  }
}

// ---- loading -------------------------------------------------------------------------------------------

/** Runs a step of the viewer's main-thread work and records its time (performance.measure, read by npm run bench:pdf). */
function step<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(`suanpan-viewer:${name}`, { start, end: performance.now() });
  }
}

/** A task of its own for what follows (a message to self: no 4 ms timer clamp). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Bumped by each new document: an older load that finishes late is dropped. */
let generation = 0;

/** A document to check: its bytes, its address or file name (the report's source), the name to show. */
interface Input {
  bytes: Uint8Array;
  source: string;
  name: string;
}

const nameOf = (url: URL) => decodeURIComponent(url.pathname.split('/').pop() || url.host);

/** The status line's words for two files: checked together, or why only the first was. */
function pairWords(result: CheckReply, inputs: readonly Input[]): string {
  if (inputs.length < 2) return '';
  if (result.apart) {
    const reason = { kind: i18n.t('viewer.apartKind'), year: i18n.t('viewer.apartYear'), unit: i18n.t('viewer.apartUnit'), undetected: i18n.t('viewer.apartUndetected') }[result.apart];
    return `${i18n.t('viewer.apart', { reason, name: inputs[0]!.name })} `;
  }
  const names = (result.files ?? []).map((file) => inputs.find((input) => input.source === file.source)?.name ?? file.source);
  return `${i18n.t('viewer.pairDone', { names: names.join(i18n.t('ui.findings.listSeparator')) })} `;
}

/** When two files were not one disclosure: a button to check the other one alone instead. */
function offerOther(other: Input): void {
  const access = $('access');
  const button = h('button', { type: 'button' }, i18n.t('viewer.checkOther'));
  button.addEventListener('click', () => void show([other]));
  access.replaceChildren(button);
  access.hidden = false;
}

/**
 * Checks the document (or the two files of one disclosure), then shows it: while the engine worker
 * reads and checks, this page does nothing but wait (no page is drawn: pdf.js's drawing, its font faces
 * above all, takes long tasks); the marks go on the page boxes, and pdf.js draws the pages near the
 * viewport.
 */
async function show(given: readonly Input[], note = ''): Promise<void> {
  // Callers pass one or two.
  const mine = ++generation;
  const current = () => mine === generation;
  const inputs = given.slice(0, 2);
  const before = note;
  $('access').hidden = true;
  delete document.documentElement.dataset.suanpanViewer;
  view.reset(inputs.map((input) => input.source).join(SOURCE_JOINER), inputs.map((input) => input.name).join(SOURCE_JOINER));
  if (inputs.length === 0 || !inputs.every((input) => looksLikePdf(input.bytes))) {
    say(before + i18n.t('viewer.notPdf'), true);
    view.failed(i18n.t('viewer.notPdf'));
    return;
  }
  say(before + (inputs.length > 1 ? i18n.t('viewer.checkingPair') : i18n.t('viewer.checking')));
  performance.mark('suanpan-viewer-start');
  let result: CheckReply;
  try {
    result = await step('send', () => check(inputs));
  } catch (error) {
    if (!current()) return;
    say(before + problemText(error), true);
    view.failed(problemText(error));
    return;
  }
  if (!current()) return;
  // The files shown, in the order of their pages (a pair: the 情况说明 first; apart: the first alone).
  const shown = result.files ? result.files.map((file) => inputs.find((input) => input.source === file.source)!) : inputs;
  const source = shown.map((input) => input.source).join(SOURCE_JOINER);
  view.rename(source, shown.map((input) => input.name).join(SOURCE_JOINER));
  if (result.apart) offerOther(inputs[1]!);
  performance.mark('suanpan-viewer-checked');
  document.documentElement.dataset.suanpanReadMs = String(Math.round(result.readMs));
  document.documentElement.dataset.suanpanCheckMs = String(Math.round(result.checkMs));
  // Each step in a task of its own, so none of them makes a long one.
  step('lay out', () => view.layOut(result.pages, shown.length > 1 ? shown.map((input) => input.name) : []));
  await nextTask();
  if (!current()) return;
  const truncated = result.truncated ? ` ${i18n.t('viewer.truncated', { total: n(result.numPages), read: n(result.pages.length) })}` : '';
  const paired = before + pairWords(result, inputs);
  if (!result.report.detected) {
    say(paired + i18n.t('viewer.notDisclosure') + truncated, true);
    view.notDetected(result.title);
  } else {
    step('paint', () => view.showReport(result.report, result.placement, result.title));
    const counts = { error: 0, warning: 0, info: 0 };
    for (const finding of result.report.findings) counts[finding.severity]++;
    say(paired + (result.report.findings.length === 0 ? i18n.t('viewer.doneClean') : i18n.t('viewer.done', { error: n(counts.error), warning: n(counts.warning), info: n(counts.info), placed: n(result.placement.marks.length) })) + truncated);
    await nextTask();
    if (!current()) return;
    step('speak', () => view.speak());
    await nextTask();
    if (!current()) return;
    step('state', () => view.sendState());
    performance.mark('suanpan-viewer-painted');
    document.documentElement.dataset.suanpanViewer = 'done';
  }
  await nextTask();
  if (!current()) return;
  // Only now is the document opened for drawing, in pdf.js's own worker (not while the engine worker
  // checks: on two cores the two slowed each other down; nor in the task that receives the report: it
  // starts a worker), and the pages drawn. The view owns them (a next document's reset destroys them).
  step('open for drawing', () => view.setDocuments(shown.map((input) => openPdf(input.bytes))));
  await nextTask();
  if (!current()) return;
  view.startDrawing();
  if (!result.report.detected) return;
  // Where the checklist's items without findings lead (the panel's "定位"): placed by the same worker.
  const probe = checklistProbe(result.report);
  if (probe) {
    const placement = await place(probe.probe).catch(() => null);
    if (!current()) return;
    if (placement) view.setPlaces(placesFrom(placement, probe.items));
  }
  // The history, as on an HTML page: the report and the prose go to the background, which answers with
  // the findings across years of the same unit (none the first time).
  const withPast = await withHistory({ title: result.title, blocks: result.texts.map((text) => ({ text })) }, result.report, undefined, undefined, source);
  if (withPast && current()) await view.addHistory(withPast, place);
}

/** The documents at these addresses (one, or the two files of one disclosure), each fetched once. */
async function open(srcs: readonly string[]): Promise<void> {
  const urls = srcs.map(pdfAddress);
  if (urls.length === 0 || urls.some((url) => url === null)) {
    say(i18n.t('viewer.badSource'), true);
    return;
  }
  const wanted = (urls as URL[]).slice(0, 2);
  const note = urls.length > 2 ? `${i18n.t('viewer.tooMany')} ` : '';
  const got: Array<Input | null> = wanted.map(() => null);
  const needs: Array<{ index: number; need: NeedsAccess }> = [];
  for (const [index, url] of wanted.entries()) {
    say(note + i18n.t('viewer.fetching', { source: url.href }));
    try {
      got[index] = { bytes: await fetchPdf(url), source: url.href, name: nameOf(url) };
    } catch (error) {
      if (error instanceof NeedsAccess) needs.push({ index, need: error });
      else return say(note + i18n.t('viewer.fetchFailed', { source: url.href, reason: error instanceof Error ? error.message : String(error) }), true);
    }
  }
  if (needs.length > 0) return askForAccess(wanted, got, needs, note);
  await show(got as Input[], note);
}

/** A button that asks for the sites of the documents not yet read (one click), reads them, and shows them all. */
function askForAccess(urls: readonly URL[], got: Array<Input | null>, needs: ReadonlyArray<{ index: number; need: NeedsAccess }>, note: string): void {
  const access = $('access');
  const button = h('button', { type: 'button' }, i18n.t('viewer.allow'));
  const missing = needs.map(({ index }) => urls[index]!);
  button.addEventListener('click', () => {
    // permissions.request is the first call of the click's task (a user gesture).
    fetchPdfsWithAccess(missing, needs.map(({ need }) => need.pattern)).then(
      (all) => {
        if (!all) return say(i18n.t('viewer.denied'), true);
        access.hidden = true;
        needs.forEach(({ index }, i) => {
          got[index] = { bytes: all[i]!, source: urls[index]!.href, name: nameOf(urls[index]!) };
        });
        return show(got as Input[], note);
      },
      (error: unknown) => say(i18n.t('viewer.fetchFailed', { source: missing.map((url) => url.href).join(SOURCE_JOINER), reason: error instanceof FetchFailed || error instanceof Error ? error.message : String(error) }), true),
    );
  });
  access.replaceChildren(i18n.t('viewer.needAccess', { host: [...new Set(needs.map(({ need }) => need.host))].join(i18n.t('ui.findings.listSeparator')) }), button);
  access.hidden = false;
  say('');
}

/** Local files: one, or the two files of one disclosure (the PDFs among them, in the order given). */
async function openFiles(list: readonly File[]): Promise<void> {
  // No longer done with the document shown (the files are read before show() starts).
  delete document.documentElement.dataset.suanpanViewer;
  const pdfs = list.filter((file) => file.type === 'application/pdf' || /\.pdf$/i.test(file.name));
  const files = pdfs.length > 0 ? pdfs : list.slice(0, 1);
  try {
    const inputs: Input[] = [];
    for (const file of files.slice(0, 2)) inputs.push({ bytes: await readLocalFile(file), source: file.name, name: file.name });
    await show(inputs, files.length > 2 ? `${i18n.t('viewer.tooMany')} ` : '');
  } catch (error) {
    say(problemText(error), true);
  }
}

// ---- ways in -------------------------------------------------------------------------------------------

const input = $<HTMLInputElement>('file');
input.addEventListener('change', () => {
  const files = [...(input.files ?? [])];
  if (files.length > 0) void openFiles(files);
});

const drop = $('drop');
let dragDepth = 0;
const hasFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes('Files');
document.addEventListener('dragenter', (event) => {
  if (!hasFiles(event)) return;
  dragDepth++;
  drop.hidden = false;
});
document.addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (dragDepth === 0) drop.hidden = true;
});
document.addEventListener('dragover', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
});
document.addEventListener('drop', (event) => {
  event.preventDefault();
  dragDepth = 0;
  drop.hidden = true;
  const files = [...(event.dataTransfer?.files ?? [])];
  if (files.length > 0) void openFiles(files);
});

view.listen();
engineWorker();

if (__SUANPAN_TEST__) {
  // Test builds only (npm run bench:pdf): the floor the viewer is measured against — pdf.js's own text
  // extraction of every page of the same bytes, with the same pdf.js build and worker, in the same page.
  (window as unknown as { __suanpanTextFloor?: (base64: string) => Promise<{ ms: number; pages: number; characters: number }> }).__suanpanTextFloor = async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const started = performance.now();
    const task = openPdf(bytes);
    const doc = await task.promise;
    let characters = 0;
    for (let number = 1; number <= doc.numPages; number++) {
      const content = await (await doc.getPage(number)).getTextContent();
      for (const item of content.items) if ('str' in item) characters += item.str.length;
    }
    const ms = performance.now() - started;
    await task.destroy();
    return { ms, pages: doc.numPages, characters };
  };
}
// One address, or two (?src=…&src=…: a 情况说明 and its 附表, from the page's "一起检查").
const srcs = new URLSearchParams(location.search).getAll('src');
if (srcs.length > 0) void open(srcs);
else say(i18n.t('viewer.empty'));
