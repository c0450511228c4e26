/**
 * Every built page is valid HTML by html-validate's recommended rules: what ships is what
 * browsers, assistive technology and search engines parse.
 */
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { listPages, readPage } from '../support/built-site.ts';

const config: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // rehype-slug gives headings ids made from their text, so the Malabar article's "### 2020"
    // is id="2020". HTML5 allows ids that start with a digit; the strict mode only adds a
    // CSS-selector preference. Relaxed mode keeps the HTML5 checks (non-empty, no whitespace).
    'valid-id': ['error', { relaxed: true }],
    // A group of checkboxes shares one name on purpose: the search filters send several values
    // (service=army&service=navy), which is how HTML forms express a multi-valued field.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};

const validator = new HtmlValidate(config);

/** One line per problem: page, rule, line:column, the element and the validator's message. */
function describeMessages(url: string, source: string, messages: readonly Message[]): string[] {
  return messages.map((message) => {
    const excerpt = source.slice(message.offset, message.offset + Math.min(Math.max(message.size, 1), 120));
    const element = message.selector ?? 'document';
    return `${url} ${message.line}:${message.column} [${message.ruleId}] ${element} ${JSON.stringify(excerpt)}: ${message.message}`;
  });
}

async function validate(url: string, html: string): Promise<string[]> {
  const report = await validator.validateString(html, url);
  return report.results.flatMap((result) =>
    describeMessages(
      url,
      html,
      result.messages.filter((message) => message.severity >= 2),
    ),
  );
}

describe('HTML validity of the built site', () => {
  for (const page of listPages()) {
    it(`finds no html-validate errors on ${page.url}`, async () => {
      const { html } = readPage(page);
      expect(await validate(page.url, html)).toEqual([]);
    });
  }
});

describe('the validator', () => {
  it('reports a misplaced element with its page, rule and position', async () => {
    const html = '<!doctype html><html lang="en"><head><title>t</title></head><body><p><div>x</div></p></body></html>';
    const problems = await validate('/broken/', html);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^\/broken\/ 1:\d+ \[[a-z-]+\] /);
  });
});
