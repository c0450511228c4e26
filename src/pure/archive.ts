/**
 * Links that survive: an archived copy of every cited page, from the Internet Archive's
 * Wayback Machine at the date the page was read (`https://web.archive.org/web/YYYYMMDD/URL`
 * opens the capture nearest that day), marked up as Robust Links are (robustlinks.mementoweb.org):
 * `data-versionurl` and `data-versiondate` on the original link, `data-originalurl` on the copy.
 */
import { normalizeUri } from 'micromark-util-sanitize-uri';
import type { Citation } from './citation.ts';
import { archivedDay } from './source-record.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "13 February 2025" (or "2025-02-13") as "2025-02-13"; undefined for anything less than a
 * whole, real day ("2025", "June 2024"). */
export function dayOf(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const written = /^(\d{1,2}) (\w+) (\d{4})$/.exec(text.trim());
  const [year, month, day] = iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : written ? [Number(written[3]), MONTHS.indexOf(written[2] ?? '') + 1, Number(written[1])] : [0, 0, 0];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

export interface ArchivedCopy {
  /** The Wayback Machine's address for the page at `date`, or the list of its captures. */
  url: string;
  /** YYYY-MM-DD: the day the page was read, or, for a stored copy, its publication date;
   * none for the list of captures (a record of a page dated by no whole day). */
  date?: string;
}

/** The archived copy to offer for a cited source, or none: a source without a web address, or
 * without a whole day to ask for (a stored copy dated only by year), gets none: a date is never
 * made up. */
export function archivedCopy(citation: Pick<Citation, 'url' | 'accessed' | 'date' | 'archived'>): ArchivedCopy | undefined {
  if (citation.archived) {
    const day = archivedDay(citation.archived);
    return day ? { url: citation.archived, date: day } : { url: citation.archived };
  }
  if (!citation.url || !/^https?:\/\//i.test(citation.url)) return undefined;
  const date = citation.accessed === 'stored copy' ? dayOf(citation.date) : dayOf(citation.accessed);
  return date ? { url: `https://web.archive.org/web/${date.replace(/-/g, '')}/${normalizeUri(citation.url)}`, date } : undefined;
}

/** The Robust Links attributes (as hast properties) for the original link and for the copy.
 * The original address is written as the link's href is (percent-encoded, as remark writes
 * it), so the two attributes name the same URL. */
export function robustLinkProperties(original: string, copy: ArchivedCopy) {
  // A list of captures is no memento: it gets a plain link.
  if (!copy.date) return { original: {}, copy: {} };
  return {
    original: { dataVersionurl: copy.url, dataVersiondate: copy.date },
    copy: { dataOriginalurl: normalizeUri(original), dataVersiondate: copy.date },
  };
}
