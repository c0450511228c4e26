/**
 * Opt-in report on the sources the articles cite (`npm run check:external-links`, after a
 * build): fetches every external http(s) URL in the articles' notes and prints its status and
 * the notes that cite it, and for a dead one whether its note offers an archived copy (the
 * Wayback Machine's, marked with Robust Links' data-versionurl). The archived copies
 * themselves are not fetched: one request per source is enough for a publisher. Sources move and vanish without notice, so this is a report for an
 * editor, never a gate: it exits 0 whatever the links do, and non-zero only if it crashes.
 */
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { attributeValues, isArticlePage, listPages, readPage, siteOrigin } from './built-site.ts';

/** Per URL, HEAD and the GET fallback together: a slow server is reported, not waited for. */
const URL_TIMEOUT_MS = 10_000;
/** Few requests at a time, so no publisher sees a burst from one reader. */
const CONCURRENCY = 4;
/** The whole run; URLs not reached by then are listed as not checked. */
const TOTAL_TIMEOUT_MS = 120_000;
/** Names the checker, so a publisher who sees the requests knows what they are. */
const USER_AGENT = 'india-japan-exercises source check';

/** An external URL and the notes that cite it, e.g. "/articles/jimex/ note 3". */
export interface Citation {
  url: string;
  citedBy: string[];
  /** The archived copy the note offers for it, if any. */
  archived?: string | undefined;
}

interface Outcome extends Citation {
  ok: boolean;
  status: string;
}

function noteNumber(note: Element, notes: readonly Element[]): string {
  const index = notes.indexOf(note);
  return index === -1 ? 'notes' : `note ${index + 1}`;
}

/** Every external http(s) URL in the built articles' notes, in the order readers meet them. */
export function collectCitations(): Citation[] {
  const origin = siteOrigin();
  const byUrl = new Map<string, string[]>();
  const archived = new Map<string, string>();
  for (const page of listPages().filter((candidate) => isArticlePage(candidate.url))) {
    const notes = selectAll('section[data-footnotes] li', readPage(page).tree);
    for (const note of notes) {
      for (const link of selectAll('a[href]:not(.archived-copy)', note)) {
        const href = attributeValues(link, 'href')[0] ?? '';
        if (!/^https?:\/\//i.test(href) || new URL(href).origin === origin) continue;
        // A dated copy is marked on the link (Robust Links); a list of captures is the note's own link.
        const captures = selectAll('a.archived-copy', note).map((anchor) => attributeValues(anchor, 'href')[0] ?? '').find((url) => url.endsWith(`/*/${href}`));
        const copy = attributeValues(link, 'dataVersionurl')[0] ?? captures;
        if (copy) archived.set(href, copy);
        const citedBy = byUrl.get(href) ?? [];
        const where = `${page.url} ${noteNumber(note, notes)}`;
        if (!citedBy.includes(where)) citedBy.push(where);
        byUrl.set(href, citedBy);
      }
    }
  }
  return [...byUrl].map(([url, citedBy]) => ({ url, citedBy, archived: archived.get(url) }));
}

/** Why a fetch failed, in a few words: the timeout, or the network error's code. */
function failureReason(error: unknown): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') return `no answer within ${URL_TIMEOUT_MS / 1000} s`;
  if (error instanceof DOMException && error.name === 'AbortError') return 'stopped at the total time limit';
  if (error instanceof Error) {
    const cause: unknown = error.cause;
    const detail = cause instanceof Error ? ((cause as NodeJS.ErrnoException).code ?? cause.message) : undefined;
    return detail ? `${error.message} (${detail})` : error.message;
  }
  return String(error);
}

async function request(url: string, method: 'HEAD' | 'GET', signal: AbortSignal): Promise<Response> {
  const response = await fetch(url, { method, signal, redirect: 'follow', headers: { 'user-agent': USER_AGENT } });
  await response.body?.cancel(); // the status is the answer; the page itself is not needed
  return response;
}

/** Status of one URL: HEAD first (cheap), then GET, since many servers refuse or mishandle HEAD. */
async function probe(citation: Citation, total: AbortSignal): Promise<Outcome> {
  const signal = AbortSignal.any([AbortSignal.timeout(URL_TIMEOUT_MS), total]);
  let headFailure: string;
  try {
    const head = await request(citation.url, 'HEAD', signal);
    if (head.ok) return { ...citation, ok: true, status: describeResponse(head) };
    headFailure = `HEAD ${head.status}`;
  } catch {
    if (signal.aborted) return { ...citation, ok: false, status: failureReason(signal.reason) };
    headFailure = 'HEAD failed';
  }
  try {
    const get = await request(citation.url, 'GET', signal);
    return { ...citation, ok: get.ok, status: `${describeResponse(get)} (${headFailure})` };
  } catch (error) {
    return { ...citation, ok: false, status: failureReason(signal.aborted ? signal.reason : error) };
  }
}

function describeResponse(response: Response): string {
  const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  return response.redirected ? `${status} after redirect to ${response.url}` : status;
}

/** Probes the citations CONCURRENCY at a time; those not started before the total limit are left out. */
async function probeAll(citations: readonly Citation[]): Promise<Outcome[]> {
  const total = AbortSignal.timeout(TOTAL_TIMEOUT_MS);
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let citation = citations[next++]; citation && !total.aborted; citation = citations[next++]) {
      const outcome = await probe(citation, total);
      if (total.aborted) break; // cut short by the total limit: reported as not checked
      outcomes.push(outcome);
      const copy = outcome.ok ? '' : `\n     ${outcome.archived ? `archived copy offered: ${outcome.archived}` : 'no archived copy offered'}`;
      console.log(`${outcome.ok ? 'OK  ' : 'FAIL'} ${outcome.url}\n     ${outcome.status}; cited by ${outcome.citedBy.join(', ')}${copy}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return outcomes;
}

async function main(): Promise<void> {
  const citations = collectCitations();
  const articles = new Set(citations.flatMap((citation) => citation.citedBy.map((where) => where.split(' ')[0])));
  console.log(
    `Checking ${citations.length} external URLs cited in ${articles.size} articles ` +
      `(${CONCURRENCY} at a time, ${URL_TIMEOUT_MS / 1000} s each, ${TOTAL_TIMEOUT_MS / 1000} s in all).\n`,
  );
  const outcomes = await probeAll(citations);
  const checked = new Set(outcomes.map((outcome) => outcome.url));
  const unchecked = citations.filter((citation) => !checked.has(citation.url));
  for (const citation of unchecked) console.log(`SKIP ${citation.url}\n     not checked: total time limit reached; cited by ${citation.citedBy.join(', ')}`);
  const ok = outcomes.filter((outcome) => outcome.ok).length;
  const rescued = outcomes.filter((outcome) => !outcome.ok && outcome.archived).length;
  console.log(
    `\nSummary: ${citations.length} URLs: ${ok} OK, ${outcomes.length - ok} failed (${rescued} of them with an archived copy offered), ${unchecked.length} not checked. ` +
      'This report never fails the build; check failed sources by hand (the network may be the cause).',
  );
}

// Runs as a script; importing the module (for collectCitations) starts no requests.
if (import.meta.main) {
  await main().catch((error: unknown) => {
    // Only a crash (no build, unreadable page) gets here: the one case that exits non-zero.
    console.error(`check:external-links could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
