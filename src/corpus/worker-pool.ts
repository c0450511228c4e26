/**
 * A fixed set of worker threads that take tasks from one queue, one task per worker at a
 * time: the article pass (article-pass.ts) renders and lints on every core with it. Node's
 * own worker_threads: a pool this small needs no library. A task that throws rejects its own
 * promise; a worker that dies rejects every task still waiting, so a build never hangs.
 */
import { Worker } from 'node:worker_threads';

interface Pending<R> {
  resolve: (result: R) => void;
  reject: (error: Error) => void;
}

export interface Pool<T, R> {
  run(task: T): Promise<R>;
  close(): Promise<void>;
}

/** Messages a worker posts: `{ id, result }` or `{ id, error }` (the error's stack as text). */
type Reply<R> = { id: number; result: R } | { id: number; error: string };

export function createPool<T, R>(script: string | URL, size: number): Pool<T, R> {
  const queue: { id: number; task: T }[] = [];
  const pending = new Map<number, Pending<R>>();
  const idle: Worker[] = [];
  let next = 0;
  let failure: Error | undefined;

  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) idle.pop()?.postMessage(queue.shift());
  };
  const workers = Array.from({ length: Math.max(1, size) }, () => {
    const worker = new Worker(script);
    worker.on('message', (reply: Reply<R>) => {
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.result);
      idle.push(worker);
      dispatch();
    });
    worker.on('error', (error: Error) => {
      failure = error;
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    });
    idle.push(worker);
    return worker;
  });

  return {
    run(task) {
      if (failure) return Promise.reject(failure);
      const id = next++;
      return new Promise<R>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        queue.push({ id, task });
        dispatch();
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
