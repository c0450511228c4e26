import { describe, expect, it } from 'vitest';
import {
  allPass,
  assertionFailures,
  describeAudit,
  failedRun,
  formatTable,
  summarise,
  type AuditLike,
  type LhrLike,
} from '../lighthouse/lighthouse-summary.ts';

const audit = (id: string, score: number | null, extra: Partial<AuditLike> = {}): AuditLike => ({
  id,
  title: `Title of ${id}`,
  score,
  scoreDisplayMode: score === null ? 'notApplicable' : 'binary',
  ...extra,
});

/** A small LHR: every category perfect unless overridden; each category holds the audits named. */
function lhr(
  scores: Partial<Record<string, number | null>>,
  audits: AuditLike[] = [],
  refs: Record<string, string[]> = {},
): LhrLike {
  const category = (id: string) => ({
    score: scores[id] === undefined ? 1 : scores[id],
    auditRefs: (refs[id] ?? []).map((ref) => ({ id: ref })),
  });
  return {
    categories: {
      performance: category('performance'),
      accessibility: category('accessibility'),
      'best-practices': category('best-practices'),
      seo: category('seo'),
    },
    audits: Object.fromEntries(audits.map((a) => [a.id, a])),
  };
}

describe('summarise', () => {
  it('turns category scores into 0–100 and lists no audits for a perfect page', () => {
    const result = lhr({ performance: 0.87 }, [audit('document-title', 1)], { seo: ['document-title'] });
    const summary = summarise('/', result);
    expect(summary).toEqual({
      page: '/',
      scores: { performance: 87, accessibility: 100, 'best-practices': 100, seo: 100 },
      failing: [],
    });
  });

  it('lists gated audits below 1 with details, and skips performance, passing and not-applicable audits', () => {
    const result = lhr(
      { seo: 0.98, performance: 0.5 },
      [
        audit('is-crawlable', 0, {
          details: { type: 'table', items: [{ source: { type: 'node', selector: 'head > meta' } }] },
        }),
        audit('hreflang', null),
        audit('document-title', 1),
        audit('largest-contentful-paint', 0.2, { scoreDisplayMode: 'numeric' }),
      ],
      { seo: ['is-crawlable', 'hreflang', 'document-title'], performance: ['largest-contentful-paint'] },
    );
    expect(summarise('/404.html', result).failing).toEqual([
      { category: 'seo', id: 'is-crawlable', title: 'Title of is-crawlable', score: 0, detail: '1 item(s): head > meta' },
    ]);
  });

  it('reports an audit that errored even though it has no score', () => {
    const errored = audit('errors-in-console', null, { scoreDisplayMode: 'error', errorMessage: 'Protocol error' });
    const { failing } = summarise('/', lhr({}, [errored], { 'best-practices': ['errors-in-console'] }));
    expect(failing).toMatchObject([{ id: 'errors-in-console', score: null, detail: 'Protocol error' }]);
  });

  it('records a runtime error and a missing category score', () => {
    const result = { ...lhr({ accessibility: null }), runtimeError: { code: 'NO_FCP', message: 'No content' } };
    const summary = summarise('/', result);
    expect(summary.error).toBe('NO_FCP: No content');
    expect(summary.scores.accessibility).toBeNull();
    expect(assertionFailures(summary)).toEqual(['/: Lighthouse run failed (NO_FCP: No content)']);
  });

  it('fails a missing gated category score', () => {
    expect(assertionFailures(summarise('/', lhr({ accessibility: null })))).toEqual([
      '/: accessibility is missing, not 100',
    ]);
  });
});

describe('describeAudit', () => {
  it('joins display value, explanation and the first items, counting the rest', () => {
    const items = ['a', 'b', 'c', 'd'].map((name) => ({ node: { selector: `#${name}` } }));
    const details = { type: 'table', items };
    const text = describeAudit(audit('x', 0, { displayValue: '4 elements', explanation: 'Bad\n labels', details }));
    expect(text).toBe('4 elements; Bad labels; 4 item(s): #a | #b | #c (+1 more)');
  });
});

describe('assertionFailures', () => {
  it('passes a page with 100 in the gated categories even when performance is below 100', () => {
    const summary = summarise('/', lhr({ performance: 0.42 }));
    expect(assertionFailures(summary)).toEqual([]);
    expect(allPass([summary])).toBe(true);
  });

  it('fails a page whose SEO score is 0.98', () => {
    const summary = summarise('/404.html', lhr({ seo: 0.98 }));
    expect(assertionFailures(summary)).toEqual(['/404.html: seo is 98, not 100']);
    expect(allPass([summarise('/', lhr({})), summary])).toBe(false);
  });

  it('fails a page whose run did not finish', () => {
    const reasons = assertionFailures(failedRun('/search/?q=JIMEX', 'timed out after 60 s'));
    expect(reasons).toEqual(['/search/?q=JIMEX: Lighthouse run failed (timed out after 60 s)']);
  });
});

describe('formatTable', () => {
  it('prints a header, a row per page and the failing audits under their page', () => {
    const failing = lhr({ seo: 0.63 }, [audit('is-crawlable', 0)], { seo: ['is-crawlable'] });
    const table = formatTable([summarise('/', lhr({ performance: 0.9 })), summarise('/404.html', failing)]);
    expect(table.split('\n')).toEqual([
      'page       performance  accessibility  best-practices  seo',
      '---------  -----------  -------------  --------------  ---',
      '/                   90            100             100  100',
      '/404.html          100            100             100   63',
      '    seo is-crawlable (score 0): Title of is-crawlable',
    ]);
  });
});
