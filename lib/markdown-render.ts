import { Worker } from "node:worker_threads";
import { renderMarkdown } from "./markdown";

/*
 * Markdown is rendered on a worker thread, with a time limit. The parser's
 * time is not linear in every input (a paragraph of thousands of "*a" takes
 * it seconds; a list nested 10,000 deep took 146 s, then overflowed its
 * stack), and on the server's own thread that time blocked every request.
 * Here a render that passes its limit is stopped (the worker is terminated
 * and replaced) and its caller told, while the server keeps answering.
 * One worker, renders in turn: the limit counts from the start of a render,
 * not from its wait nor from the thread's start.
 */

/** A render's time limit: a real 1 MB article (the largest accepted) renders in about 1 s, 3 s on a loaded machine. */
export const renderLimitMs = 5000;

/** How long a new render thread may take to load the parser before rendering falls back to this thread. */
const startLimitMs = 60_000;

export type Rendered = { ok: true; html: string } | { ok: false; reason: string };

type Task = { id: number; markdown: string; limitMs: number; done: (result: Rendered) => void };

type RenderThread = { worker: Worker; ready: boolean; startTimer: NodeJS.Timeout };

let thread: RenderThread | undefined;
/** Set when no render thread can be started here: renders then run on this thread, without a time limit. */
let unavailable: string | undefined;
let running: (Task & { timer: NodeJS.Timeout }) | undefined;
const queue: Task[] = [];
let nextId = 0;

/**
 * The render thread's worker. In the Next server its entry is the chunk the
 * bundler makes of lib/markdown-worker.ts (it follows `new Worker(new
 * URL(…))`); run from source (tsx, vitest: no NEXT_RUNTIME) the TypeScript
 * file is loaded through tsx, a development dependency, as the scripts are.
 */
function newWorker(): Worker {
  if (process.env.NEXT_RUNTIME) return new Worker(new URL("./markdown-worker.ts", import.meta.url));
  const entry = JSON.stringify(new URL("./markdown-worker.ts", import.meta.url).href);
  return new Worker(`import("tsx/esm/api").then(({ tsImport }) => tsImport(${entry}, ${entry}));`, { eval: true, execArgv: [] });
}

function giveUp(reason: string): void {
  unavailable = reason;
  console.error(`Archives du Cloud : pas de fil de rendu (${reason}) ; le Markdown est rendu sur le fil du serveur, sans limite de temps.`);
  stopThread();
  next();
}

function stopThread(): void {
  if (!thread) return;
  clearTimeout(thread.startTimer);
  void thread.worker.terminate();
  thread = undefined;
}

function startThread(): RenderThread {
  const worker = newWorker();
  worker.unref();
  const started: RenderThread = { worker, ready: false, startTimer: setTimeout(() => giveUp("démarrage trop long"), startLimitMs) };
  started.startTimer.unref();
  worker.on("message", (message: { ready?: true; id?: number; html?: string; error?: string }) => {
    if (message.ready) {
      started.ready = true;
      clearTimeout(started.startTimer);
      return next();
    }
    if (running?.id !== message.id) return;
    finish(message.html !== undefined ? { ok: true, html: message.html } : { ok: false, reason: `mise en forme impossible (${message.error})` });
  });
  worker.on("error", (error) => {
    if (thread !== started) return;
    // Dead before it was ready: it will not start here. Dead while rendering (out of memory): that render fails, the next starts another.
    if (!started.ready) return giveUp(error.message);
    thread = undefined;
    finish({ ok: false, reason: `mise en forme impossible (${error.message})` });
  });
  return started;
}

function finish(result: Rendered): void {
  const task = running;
  if (!task) return;
  clearTimeout(task.timer);
  running = undefined;
  task.done(result);
  next();
}

function next(): void {
  if (running || !queue.length) return;
  if (unavailable) {
    for (const task of queue.splice(0)) task.done(renderHere(task.markdown));
    return;
  }
  thread ??= startThread();
  if (!thread.ready) return;
  const task = queue.shift()!;
  const timer = setTimeout(() => {
    stopThread();
    finish({ ok: false, reason: `mise en forme trop longue (plus de ${task.limitMs / 1000} s), arrêtée` });
  }, task.limitMs);
  running = { ...task, timer };
  thread.worker.postMessage({ id: task.id, markdown: task.markdown });
}

function renderHere(markdown: string): Rendered {
  try {
    return { ok: true, html: renderMarkdown(markdown) };
  } catch (error) {
    return { ok: false, reason: `mise en forme impossible (${error instanceof Error ? error.message : String(error)})` };
  }
}

/**
 * Markdown to safe HTML (lib/markdown.ts) on the render thread, or why not
 * within `limitMs` of rendering: never rejects.
 * @example await renderWithLimit("**gras**") // { ok: true, html: "<p><strong>gras</strong></p>\n" }
 */
export function renderWithLimit(markdown: string, limitMs = renderLimitMs): Promise<Rendered> {
  return new Promise((done) => {
    queue.push({ id: nextId++, markdown, limitMs, done });
    next();
  });
}
