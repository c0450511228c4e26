/**
 * Pure parts of the Lighthouse gate: reduce a Lighthouse result (LHR) to category scores
 * and the audits that cost points, decide whether a page passes, and print the table.
 */

/** The categories the gate runs, in table order. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One of the categories the gate runs. */
export type CategoryId = (typeof CATEGORIES)[number];

/** The categories that must score 100 under `--assert`; performance is only printed. */
export const GATED_CATEGORIES: readonly CategoryId[] = ['accessibility', 'best-practices', 'seo'];

/** The parts of an audit result the summary reads (a subset of Lighthouse's `Audit.Result`). */
export interface AuditLike {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode?: string;
  displayValue?: string;
  explanation?: string;
  errorMessage?: string;
  details?: unknown;
}

/** The parts of a Lighthouse result the summary reads (a subset of `LH.Result`). */
export interface LhrLike {
  categories: Record<string, { score: number | null; auditRefs: { id: string }[] }>;
  audits: Record<string, AuditLike>;
  runtimeError?: { code: string; message: string };
}

/** A gated-category audit that scored below 1 (or errored), with a short description of why. */
export interface FailingAudit {
  category: CategoryId;
  id: string;
  title: string;
  score: number | null;
  detail: string;
}

/** One page's row: scores 0–100 (null if missing), its failing audits, and any run error. */
export interface PageSummary {
  page: string;
  scores: Record<CategoryId, number | null>;
  failing: FailingAudit[];
  error?: string;
}

const MAX_ITEMS = 3;

function field(value: unknown, path: readonly string[]): string | undefined {
  let current: unknown = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === 'string' && current !== '' ? current : undefined;
}

const ITEM_FIELDS: readonly (readonly string[])[] = [
  ['node', 'snippet'],
  ['node', 'selector'],
  ['source', 'snippet'],
  ['source', 'selector'],
  ['description'],
  ['href'],
  ['url'],
  ['source', 'url'],
  ['sourceLocation', 'url'],
];

function describeItem(item: unknown): string {
  for (const path of ITEM_FIELDS) {
    const text = field(item, path);
    if (text) return text.length > 120 ? `${text.slice(0, 117)}...` : text;
  }
  return (JSON.stringify(item) ?? '').slice(0, 120);
}

/** A one-line description of why an audit lost points: its display value, explanation and first items. */
export function describeAudit(audit: AuditLike): string {
  const parts = [audit.displayValue, audit.explanation, audit.errorMessage].filter((part) => part);
  const items = field(audit.details, ['type']) ? (audit.details as { items?: unknown }).items : undefined;
  if (Array.isArray(items) && items.length > 0) {
    const shown = items.slice(0, MAX_ITEMS).map(describeItem);
    const more = items.length > MAX_ITEMS ? ` (+${items.length - MAX_ITEMS} more)` : '';
    parts.push(`${items.length} item(s): ${shown.join(' | ')}${more}`);
  }
  return parts.join('; ').replace(/\s+/g, ' ');
}

/** Summarises one page's Lighthouse result into 0–100 scores and the gated audits scoring below 1. */
export function summarise(page: string, lhr: LhrLike): PageSummary {
  const scores = {} as Record<CategoryId, number | null>;
  for (const id of CATEGORIES) {
    const score = lhr.categories[id]?.score;
    scores[id] = typeof score === 'number' ? Math.round(score * 100) : null;
  }
  const failing: FailingAudit[] = [];
  for (const category of GATED_CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit) continue;
      const errored = audit.scoreDisplayMode === 'error';
      if (!errored && (audit.score === null || audit.score >= 1)) continue;
      failing.push({ category, id: audit.id, title: audit.title, score: audit.score, detail: describeAudit(audit) });
    }
  }
  const summary: PageSummary = { page, scores, failing };
  if (lhr.runtimeError) summary.error = `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
  return summary;
}

/** A summary for a page whose Lighthouse run did not finish (timeout, crash): no scores, the error. */
export function failedRun(page: string, error: string): PageSummary {
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, null])) as Record<CategoryId, number | null>;
  return { page, scores, failing: [], error };
}

/** Why a page fails the assert (empty if it passes): its run error, else each gated category below 100. */
export function assertionFailures(summary: PageSummary): string[] {
  if (summary.error) return [`${summary.page}: Lighthouse run failed (${summary.error})`];
  const reasons: string[] = [];
  for (const id of GATED_CATEGORIES) {
    const score = summary.scores[id];
    if (score !== 100) reasons.push(`${summary.page}: ${id} is ${score ?? 'missing'}, not 100`);
  }
  return reasons;
}

/** True if every page passes the assert. */
export function allPass(summaries: readonly PageSummary[]): boolean {
  return summaries.every((summary) => assertionFailures(summary).length === 0);
}

/** Renders the summaries as one plain-text table: a row of scores per page, its failing audits under it. */
export function formatTable(summaries: readonly PageSummary[]): string {
  const headers = ['page', ...CATEGORIES];
  const rows = summaries.map((s) => [s.page, ...CATEGORIES.map((id) => String(s.scores[id] ?? '-'))]);
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  const out = [line(headers), widths.map((width) => '-'.repeat(width)).join('  ')];
  summaries.forEach((summary, index) => {
    out.push(line(rows[index] ?? []));
    if (summary.error) out.push(`    ! ${summary.error}`);
    for (const audit of summary.failing) {
      const score = audit.score === null ? 'error' : String(audit.score);
      out.push(`    ${audit.category} ${audit.id} (score ${score}): ${audit.title}`);
      if (audit.detail) out.push(`      ${audit.detail}`);
    }
  });
  return out.join('\n');
}
