/**
 * Ships to the browser, on article pages. <note-previews> wraps an article body and shows, in
 * a popover beside the link, on hover, keyboard focus or tap: a note, for a note reference
 * (its links working, and a "Go to note" link); a card of the article, for a link to another
 * article (title, description and, for an exercise, its services, format, years and editions,
 * from that article's card.json, fetched the first time). Escape, moving away or tapping
 * elsewhere closes it; a second tap follows the link. Without this script the references
 * and links are plain links.
 */
import { seriesFor, type LinkCard } from '../pure/link-card.ts';
import { fill, wordsFrom } from '../pure/template.ts';

/** The preview's words in the page's language: ArticleLayout.astro renders them (src/i18n,
 * `notes.previews`) as JSON in the element's data-words. */
interface PreviewWords {
  note: string;
  goToNote: string;
  goTo: string;
  seriesIn: string;
}

const OPEN_DELAY_MS = 120;
const CLOSE_DELAY_MS = 300;
const GAP_PX = 6;
const EDGE_PX = 8;

/** A link to another article of the site (its base path included), not to this page. */
const isArticleLink = (link: HTMLAnchorElement) => link.origin === location.origin && /\/articles\/[^/]+\/$/.test(link.pathname) && link.pathname !== location.pathname;

/** A link to a note: a reference in the text, or a note link beside a fact in a table or an infobox. */
const NOTE_LINK = '[data-footnote-ref], .note-link';

/** The note reference or article link an event's target is in; none inside an open preview. */
const referenceOf = (target: EventTarget | null): HTMLAnchorElement | null => {
  const link = target instanceof Element && !target.closest('.note-preview') ? target.closest<HTMLAnchorElement>('a[href]') : null;
  return link && (link.matches(NOTE_LINK) || isArticleLink(link)) ? link : null;
};

const cards = new Map<string, Promise<LinkCard | undefined>>();

/** An article's card, fetched once per page view; none if it cannot be had. */
function cardOf(link: HTMLAnchorElement): Promise<LinkCard | undefined> {
  const url = new URL('card.json', new URL(link.pathname, location.origin)).href;
  if (!cards.has(url)) cards.set(url, fetch(url).then((response) => (response.ok ? (response.json() as Promise<LinkCard>) : undefined)).catch(() => undefined));
  return cards.get(url) ?? Promise.resolve(undefined);
}

/** The card's content: title, the series' facts, the description. */
function cardContent(card: LinkCard, fragment: string, words: PreviewWords): Node[] {
  const line = (className: string, text: string) => Object.assign(document.createElement(className === 'link-card-title' ? 'strong' : 'span'), { className, textContent: text });
  const series = seriesFor(card, fragment);
  return [line('link-card-title', series?.section ? fill(words.seriesIn, { series: series.name, title: card.title }) : card.title), ...(series ? [line('link-card-facts', series.facts)] : []), line('link-card-description', card.description)];
}

/** The note's content, without its back-links or ids, ready to show elsewhere. */
function noteCopy(note: Element): DocumentFragment {
  const copy = document.createDocumentFragment();
  // Every node, the white space between the note's paragraphs included: without it the
  // citation and the quoted words beneath it would run together for a screen reader.
  for (const child of note.childNodes) copy.append(child.cloneNode(true));
  copy.querySelectorAll('[data-footnote-backref], .backref-arrow').forEach((node) => node.remove());
  copy.querySelectorAll('[id]').forEach((node) => node.removeAttribute('id'));
  return copy;
}

class NotePreviews extends HTMLElement {
  readonly #preview = document.createElement('span');
  #words: PreviewWords = { note: '{n}', goToNote: '{n}', goTo: '{title}', seriesIn: '{series}' };
  #reference: HTMLAnchorElement | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastPointer = 'mouse';
  /** The article link whose card is being fetched, until it opens or the reader moves on. */
  #pending: HTMLAnchorElement | null = null;
  /** What the open reference was described by before the preview (GFM's notes heading, or nothing). */
  #describedBy: string | null = null;
  /** Whether the preview was already open for the reference a tap started on. */
  #openBeforeTap = false;
  /** The reference Escape hands focus back to, which must not reopen the preview. */
  #returningTo: HTMLAnchorElement | null = null;

  connectedCallback(): void {
    this.#words = wordsFrom(this.dataset['words'], this.#words);
    const preview = this.#preview;
    preview.id = 'note-preview';
    preview.className = 'note-preview';
    preview.popover = 'manual';
    preview.setAttribute('role', 'dialog');
    this.addEventListener('pointerover', (event) => {
      const reference = referenceOf(event.target);
      if (reference && event.pointerType !== 'touch') this.#later(() => this.#open(reference), OPEN_DELAY_MS);
    });
    this.addEventListener('pointerout', (event) => {
      if (referenceOf(event.target) || preview.contains(event.target as Node)) this.#later(() => this.#close(), CLOSE_DELAY_MS);
    });
    preview.addEventListener('pointerover', () => clearTimeout(this.#timer));
    this.addEventListener('focusin', (event) => {
      const reference = referenceOf(event.target);
      if (reference && reference !== this.#returningTo) this.#open(reference);
      this.#returningTo = null;
    });
    this.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (!next || (!preview.contains(next) && next !== this.#reference)) this.#close();
    });
    // A tap opens the preview (the tap's focus may already have); a second tap follows the link.
    this.addEventListener('click', (event) => {
      const reference = referenceOf(event.target);
      if (!reference || this.#lastPointer !== 'touch' || this.#openBeforeTap) return;
      event.preventDefault();
      this.#open(reference);
    });
    document.addEventListener('pointerdown', (event) => {
      this.#lastPointer = event.pointerType;
      const target = event.target as Node;
      const tapped = referenceOf(target);
      this.#openBeforeTap = tapped !== null && tapped === this.#reference;
      if (this.#reference && !preview.contains(target) && !referenceOf(target)) this.#close();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !this.#reference) return;
      const reference = this.#reference;
      const hadFocus = preview.contains(document.activeElement) || document.activeElement === reference;
      this.#close();
      if (hadFocus) {
        this.#returningTo = reference;
        reference.focus();
      }
    });
    addEventListener('scroll', () => this.#place(), { passive: true });
    addEventListener('resize', () => this.#place());
  }

  #later(action: () => void, delay: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(action, delay);
  }

  #open(reference: HTMLAnchorElement): void {
    clearTimeout(this.#timer);
    if (this.#reference === reference) return;
    if (!reference.matches(NOTE_LINK)) {
      this.#pending = reference;
      void cardOf(reference).then((card) => {
        // Still wanted: the reader has not moved on while the card was fetched.
        // A tap that was held back for a card that cannot be had follows the link after all.
        if (!card && this.#pending === reference && this.#lastPointer === 'touch') location.assign(reference.href);
        if (card && this.#pending === reference) {
          this.#show(reference, cardContent(card, decodeURIComponent(reference.hash.slice(1)), this.#words), card.title, fill(this.#words.goTo, { title: card.title }));
        }
      });
      return;
    }
    const note = document.getElementById(decodeURIComponent(reference.hash.slice(1)));
    if (!note) return;
    const number = reference.textContent?.replace(/[[\]\s]/g, '') ?? '';
    this.#show(reference, [noteCopy(note)], fill(this.#words.note, { n: number }), fill(this.#words.goToNote, { n: number }));
  }

  /** Opens the preview beside `reference`, named `label`, ending with a link to its target. */
  #show(reference: HTMLAnchorElement, content: Node[], label: string, goLabel: string): void {
    this.#close();
    const preview = this.#preview;
    const goTo = document.createElement('a');
    goTo.href = reference.matches(NOTE_LINK) ? reference.hash : reference.href;
    goTo.className = 'note-preview-go';
    goTo.textContent = goLabel;
    preview.replaceChildren(...content, goTo);
    preview.setAttribute('aria-label', label);
    (reference.closest('sup') ?? reference).after(preview);
    preview.showPopover();
    this.#describedBy = reference.getAttribute('aria-describedby');
    reference.setAttribute('aria-describedby', preview.id);
    this.#reference = reference;
    this.#place();
  }

  #close(): void {
    clearTimeout(this.#timer);
    this.#pending = null;
    if (!this.#reference) return;
    if (this.#describedBy === null) this.#reference.removeAttribute('aria-describedby');
    else this.#reference.setAttribute('aria-describedby', this.#describedBy);
    this.#reference = null;
    if (this.#preview.matches(':popover-open')) this.#preview.hidePopover();
  }

  /** Below the reference if it fits, else above; never over it, always inside the viewport.
   * Ours rather than @floating-ui/dom: its computePosition with offset, flip and shift is
   * 5.7 kB gzipped (1.8.0), and a popover in the top layer has no scrolling ancestor to
   * allow for, which is most of what that library handles. */
  #place(): void {
    if (!this.#reference) return;
    const preview = this.#preview;
    const anchor = this.#reference.getBoundingClientRect();
    const below = innerHeight - anchor.bottom - GAP_PX - EDGE_PX;
    const above = anchor.top - GAP_PX - EDGE_PX;
    preview.style.maxHeight = `${Math.max(below, above)}px`;
    const { width, height } = preview.getBoundingClientRect();
    const top = below >= height || below >= above ? anchor.bottom + GAP_PX : anchor.top - GAP_PX - height;
    const left = Math.min(Math.max(EDGE_PX, anchor.left - width / 3), innerWidth - width - EDGE_PX);
    preview.style.top = `${Math.round(top)}px`;
    preview.style.left = `${Math.round(Math.max(EDGE_PX, left))}px`;
  }
}

customElements.define('note-previews', NotePreviews);
