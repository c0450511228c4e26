/**
 * Issue 23: every NEW entry of the research desk's LEADS-2026.md is in the data, or stated
 * here with the reason it is not (the closing note repeats these). Where the desk sits beside
 * the project, every NEW heading of the file must have its line below.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadExercises } from '../support/exercise-data.ts';

type Coverage = { editions: string[]; leftOut?: string } | { editions?: never; leftOut: string };

/** LEADS-2026.md section → the editions it added, and what was left out and why. */
const COVERAGE: Record<string, Coverage> = {
  '1.1': { editions: ['Milan 2026'] },
  '1.2': { editions: ['Mumbai coast guard HNS drill 2026'] },
  '1.4': { editions: ['Cobra Gold 2026'] },
  '1.5': { editions: ['Kakadu 2026'] },
  '2.1': { editions: ['Japan–UK–India–Norway exercise 2025'] },
  '2.2': { editions: ['Pacific Reach 2025'] },
  '2.5': { editions: ['Cope India 2025'] },
  '2.6': { editions: ['Super Garuda Shield 2025'] },
  '2.7': { editions: ['Bright Star 2025'] },
  '2.8': { editions: ['Khaan Quest 2025'] },
  '2.9': { editions: ['Komodo 2025'] },
  '3.1': { editions: ['Cobra Gold 2016', 'Cobra Gold 2019', 'Cobra Gold 2023', 'Cobra Gold 2024'], leftOut: '2015: the one report gives no role for India, so it is in the text only' },
  '3.2': { editions: ['Kakadu 2022', 'Kakadu 2024'] },
  '3.3': { editions: [], leftOut: 'Khaan Quest 2024: India’s part rests on a weak page only; stated as unconfirmed in the text' },
  '3.4': { editions: ['Komodo 2016'] },
  '3.5': { editions: ['RIMPAC 2016'], leftOut: 'RIMPAC 2014: Japan’s part rests on a weak page only; in the text; 2006, 2010, 2012: no source gives Japan’s role' },
  '3.6': { editions: ['IFR search-and-rescue exercise, November 2022'] },
  '3.7': { editions: ['Japan–US–India drill, Sea of Japan, November 2017'] },
  '3.8': { editions: ['Balikatan 2024', 'Balikatan 2025'] },
  '3.9': { editions: [], leftOut: 'Talisman Sabre with India observing: the stored Nikkei page shows no year; in the text without one' },
  '4.1': { editions: ['Air ASW exercise, Goa, October 2017'] },
  '4.2': { editions: ['Amagiri drill off Mumbai, January 2018'] },
  '4.3': { editions: ['Setogiri drill off Visakhapatnam, May 2018'] },
  '4.4': { editions: ['Asagiri–Kadmatt drill, Andaman Sea, March 2019'] },
  '4.5': { editions: ['Samidare–Rajput drill off Visakhapatnam, April 2019'] },
  '4.6': { editions: ['P-3C detachment at Goa, April 2019'] },
  '4.7': { editions: ['Hamana drill near Okinawa, October 2022'] },
  '4.8': { editions: ['P-1 and P-8I exercise south of Kanto, April 2024'] },
  '5.10': { editions: ['Kochi coast guard exercise 2014', 'Chennai coast guard exercise 2018', 'Yokohama coast guard training 2019'] },
  '6.1': { leftOut: 'the 16th Annual Summit: every stored page is weak; nothing published' },
  '6.2': { leftOut: 'a partnership event, not an edition: in the coast-guard, partnership and agreements articles' },
  '6.3': { leftOut: 'a partnership event: in the partnership and agreements articles' },
  '6.4': { leftOut: 'a partnership event: in the partnership and agreements articles' },
  '6.5': { leftOut: 'a partnership event: in the partnership and agreements articles' },
  '6.6': { leftOut: 'a partnership event: in the partnership and agreements articles' },
  '6.7': { leftOut: 'partnership events: in the partnership and agreements articles' },
  '6.9': { leftOut: 'a partnership event: in the partnership and agreements articles' },
};

const labels = new Set(loadExercises().flatMap((exercise) => exercise.editions.map((edition) => edition.label)));
const desk = fileURLToPath(new URL('../../../shared/sources/LEADS-2026.md', import.meta.url));

describe('LEADS-2026.md in the record', () => {
  it.each(Object.entries(COVERAGE))('section %s: its editions are in the data', (_, coverage) => {
    for (const label of coverage.editions ?? []) expect(labels.has(label), label).toBe(true);
    expect((coverage.editions?.length ?? 0) > 0 || (coverage.leftOut ?? '').length > 0).toBe(true);
  });

  it.skipIf(!existsSync(desk))('has a line for every NEW entry of the desk’s file', () => {
    const sections = [...readFileSync(desk, 'utf8').matchAll(/^### (\d+\.\d+) .*\bNEW\b/gm)].map((match) => match[1]);
    expect(sections.length).toBeGreaterThan(30);
    expect(sections.filter((section) => section !== undefined && !(section in COVERAGE))).toEqual([]);
  });
});
