type Timing = { ttfb: number; total: number };

/** Time to the response headers (first byte) and to the end of the body. */
async function timeRequest(url: string): Promise<Timing> {
  const started = performance.now();
  const response = await fetch(url);
  const ttfb = performance.now() - started;
  await response.arrayBuffer();
  if (response.status >= 500) throw new Error(`${url} a répondu ${response.status}`);
  return { ttfb, total: performance.now() - started };
}

/** The addresses requested one after the other, as one reader would: what the benchmarks' percentiles are taken over. */
export async function series(urls: string[]): Promise<{ ttfb: number[]; total: number[] }> {
  const times = { ttfb: [] as number[], total: [] as number[] };
  for (const url of urls) {
    const { ttfb, total } = await timeRequest(url);
    times.ttfb.push(ttfb);
    times.total.push(total);
  }
  return times;
}
