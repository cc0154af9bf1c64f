import { parentPort } from "node:worker_threads";
import { renderMarkdown } from "./markdown";

/*
 * The thread Markdown is rendered on (lib/markdown-render.ts): a body that
 * takes the parser seconds, or overflows its stack, costs this thread, never
 * the server's, and is stopped at its time limit.
 */
parentPort?.on("message", ({ id, markdown }: { id: number; markdown: string }) => {
  try {
    parentPort!.postMessage({ id, html: renderMarkdown(markdown) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
// Loaded: from now on a render's time is the parser's, not the thread's start.
parentPort?.postMessage({ ready: true });
