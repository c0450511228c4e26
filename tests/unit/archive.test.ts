import { describe, expect, it } from 'vitest';
import { archivedCopy, dayOf } from '../../src/pure/archive.ts';

describe('archived copies of cited pages', () => {
  it('read a whole day, written out or ISO, and nothing less', () => {
    expect(dayOf('13 February 2025')).toBe('2025-02-13');
    expect(dayOf('2025-02-13')).toBe('2025-02-13');
    expect(dayOf('1 March 2024')).toBe('2024-03-01');
    for (const text of ['2025', 'June 2024', '31 February 2025', '13 Febuary 2025', '', undefined]) expect(dayOf(text), String(text)).toBeUndefined();
  });

  it('ask the Wayback Machine for the page at the day it was accessed', () => {
    expect(archivedCopy({ url: 'https://pib.gov.in/x?id=1', accessed: '13 February 2025', date: '11 June 2024' })).toEqual({
      url: 'https://web.archive.org/web/20250213/https://pib.gov.in/x?id=1',
      date: '2025-02-13',
    });
  });

  it('use the publication date for a page read from a stored copy, and offer none without a whole day', () => {
    expect(archivedCopy({ url: 'https://example.org/a', accessed: 'stored copy', date: '9 May 2023' })?.date).toBe('2023-05-09');
    expect(archivedCopy({ url: 'https://example.org/a', accessed: 'stored copy', date: '2023' })).toBeUndefined();
    expect(archivedCopy({ url: 'https://example.org/a' })).toBeUndefined();
    expect(archivedCopy({ accessed: '13 February 2025' })).toBeUndefined();
    expect(archivedCopy({ url: 'mailto:desk@example.org', accessed: '13 February 2025' })).toBeUndefined();
  });
});
