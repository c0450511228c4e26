/**
 * Peak memory of a build and every process it starts (Pagefind's indexer is a separate
 * binary, so the Node process's own peak misses it). Linux only: it samples /proc.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Parent pid and resident bytes of a process, from /proc/<pid>/stat; undefined once it is gone. */
function processInfo(pid: number): { ppid: number; rss: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces and parentheses: the fields start after its last ")".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), rss: Number(fields[21]) * 4096 };
  } catch {
    return undefined;
  }
}

/** Resident bytes of `root` and all its descendants now. */
export function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const info = processInfo(pid);
    if (!info) continue;
    rss.set(pid, info.rss);
    children.set(info.ppid, [...(children.get(info.ppid) ?? []), pid]);
  }
  let total = 0;
  const queue = [root];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Samples the tree's memory every `intervalMs` until stopped; returns the peak seen (0 off Linux). */
export function samplePeakMemory(root: number, intervalMs = 200): { stop(): number } {
  if (!existsSync('/proc/self/stat')) return { stop: () => 0 };
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(root))), intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
