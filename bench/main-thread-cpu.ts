/**
 * Main-thread CPU time of a page's renderer while some work runs, read from a Chromium trace:
 * the sum of the thread time (`tdur`) of the renderer main thread's top-level tasks.
 *
 * Wall-clock time also counts the time the thread waited for a CPU. On the shared 2-core
 * machine these benchmarks run on, that is often half of a cold pass: V8's background compile
 * and GC threads, the browser's other processes and the hypervisor take the CPU away. Thread
 * time leaves that out, so it moves far less from run to run; the benchmarks report both.
 */
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

export async function mainThreadCpu<T>(cdp: CDPSession, run: () => Promise<T>): Promise<{ value: T; cpuMs: number }> {
  const events: TraceEvent[] = [];
  // The protocol types trace events as string maps; they carry numbers.
  const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline'] } } as never);
  let value: T;
  try {
    value = await run();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  // The page's renderer main thread: the busiest thread named CrRendererMain.
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => e.tid));
  const busy = new Map<number, number>();
  for (const e of events) if (mains.has(e.tid) && e.ph === 'X') busy.set(e.tid, (busy.get(e.tid) ?? 0) + (e.dur ?? 0));
  const tid = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  // Top-level events only (nested ones are inside their parent's thread time).
  const tasks = events.filter((e) => e.tid === tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let cpuUs = 0;
  let end = -1;
  for (const e of tasks) {
    if (e.ts < end) continue;
    cpuUs += e.tdur ?? 0;
    end = e.ts + (e.dur ?? 0);
  }
  return { value, cpuMs: cpuUs / 1000 };
}
