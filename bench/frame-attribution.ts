/**
 * Whose work made a long animation frame long: the page's, or the extension's?
 *
 * Chromium's long-animation-frame entries name the scripts that ran in a frame, but never a
 * content script (it runs in an isolated world). So the page load is traced with V8's
 * sampling profiler on: every sample carries the stack it was taken in, and the stack's
 * frames carry their script's URL. The extension's time in a frame is the time of the
 * samples whose stack holds a frame of a `chrome-extension://` script (DOM calls made from
 * our code included), plus the compiling of our script, which the trace reports with its URL.
 *
 * A frame is the extension's doing when it would not have been long without that time.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  // Trace event arguments are loosely typed by the protocol.
  args?: { name?: string; data?: Record<string, unknown> };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string };
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing', 'v8', 'disabled-by-default-v8.cpu_profiler'];

/** Starts tracing; the returned function stops it and hands back every event. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES } } as never);
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    return events;
  };
}

/** The extension's busy time on the page's main thread, by trace time (microseconds). */
export class ExtensionTime {
  /** [time, duration] of each sample (or compile) that was the extension's, in µs. */
  private spans: [number, number][] = [];
  /** Trace time of the page's time origin (performance.now() = 0), in µs. */
  readonly originUs: number;

  /**
   * `mark`: a performance mark the content script makes in the page, and its startTime as the
   * page reported it; it ties the page's clock to the trace's, and tells which process is the page's.
   */
  constructor(events: TraceEvent[], mark: { name: string; startTime: number }, urlPrefix = 'chrome-extension://') {
    const markEvent = events.find((e) => e.name === mark.name && e.cat.includes('blink.user_timing'));
    if (!markEvent) throw new Error(`no ${mark.name} mark in the trace`);
    this.originUs = markEvent.ts - mark.startTime * 1000;
    const pid = markEvent.pid;
    const main = new Set(events.filter((e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => e.tid));
    const ours = (url: unknown) => typeof url === 'string' && url.startsWith(urlPrefix);
    // Compiling the content script (before any of its functions runs, so in no sample of it).
    for (const e of events) {
      if (e.pid === pid && main.has(e.tid) && e.ph === 'X' && e.name === 'v8.compile' && ours(e.args?.data?.url)) this.spans.push([e.ts, e.dur ?? 0]);
    }
    // Samples of V8's profiler: one profile per thread, its nodes and samples in chunks.
    const profiles = new Map<string, { start: number; tid: number; nodes: Map<number, ProfileNode>; samples: number[]; deltas: number[] }>();
    for (const e of events) {
      if (e.pid !== pid || e.id === undefined) continue;
      const data = e.args?.data as
        | { startTime?: number; cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] }
        | undefined;
      if (e.name === 'Profile') profiles.set(e.id, { start: data?.startTime ?? e.ts, tid: e.tid, nodes: new Map(), samples: [], deltas: [] });
      else if (e.name === 'ProfileChunk') {
        const p = profiles.get(e.id);
        if (!p || !data) continue;
        for (const n of data.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
        p.samples.push(...(data.cpuProfile?.samples ?? []));
        p.deltas.push(...(data.timeDeltas ?? []));
      }
    }
    for (const p of profiles.values()) {
      if (!main.has(p.tid)) continue;
      // Whether a node's stack holds one of our frames, memoised per node.
      const isOurs = new Map<number, boolean>();
      const check = (id: number | undefined): boolean => {
        if (id === undefined) return false;
        let v = isOurs.get(id);
        if (v === undefined) {
          const n = p.nodes.get(id);
          v = !!n && (ours(n.callFrame.url) || check(n.parent));
          isOurs.set(id, v);
        }
        return v;
      };
      let t = p.start;
      for (let i = 0; i < p.samples.length; i++) {
        t += p.deltas[i] ?? 0;
        // A sample stands for the time until the next one.
        const dt = p.deltas[i + 1] ?? 0;
        if (check(p.samples[i])) this.spans.push([t, dt]);
      }
    }
  }

  /** The extension's time (ms) within [startMs, startMs + durationMs] of the page's clock. */
  within(startMs: number, durationMs: number): number {
    const t0 = this.originUs + startMs * 1000;
    const t1 = t0 + durationMs * 1000;
    let us = 0;
    for (const [t, d] of this.spans) us += Math.max(0, Math.min(t + d, t1) - Math.max(t, t0));
    return us / 1000;
  }
}
