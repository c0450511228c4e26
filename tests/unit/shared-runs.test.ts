import { describe, expect, it } from 'vitest';
import { proseWords, sharedRuns } from '../support/shared-runs.ts';

const source = 'The exercise aims to enhance the combined capabilities to execute joint operations in a semi-urban environment under Chapter VII.';

describe('shared runs of words', () => {
  it('finds a run of twelve or more words copied from the source', () => {
    const article = 'Its stated aim: enhance the combined capabilities to execute joint operations in a semi-urban environment under the Charter.';
    expect(sharedRuns(article, source)).toEqual(['enhance the combined capabilities to execute joint operations in a semi urban environment under']);
  });

  it('leaves quotations in double quotation marks alone', () => {
    const article = 'Its stated aim is to “enhance the combined capabilities to execute joint operations in a semi-urban environment under Chapter VII”.';
    expect(sharedRuns(article, source)).toEqual([]);
  });

  it('lets shorter runs pass', () => {
    expect(sharedRuns('to execute joint operations in a semi-urban environment, in other words', source)).toEqual([]);
  });

  it('ignores frontmatter and URLs', () => {
    expect(proseWords('---\ntitle: x y\n---\nSee https://example.org/a-b-c now.')).toEqual(['see', 'now']);
  });
});
