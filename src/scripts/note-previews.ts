/**
 * Ships to the browser, on article pages with notes. <note-previews> wraps an article body
 * and shows a note in a popover beside its reference on hover, keyboard focus or tap, with
 * its links working and a "Go to note" link. Escape, moving away or tapping elsewhere
 * closes it. Without this script the references are plain links to the notes.
 */
const OPEN_DELAY_MS = 120;
const CLOSE_DELAY_MS = 300;
const GAP_PX = 6;
const EDGE_PX = 8;

const referenceOf = (target: EventTarget | null): HTMLAnchorElement | null =>
  target instanceof Element ? target.closest<HTMLAnchorElement>('a[data-footnote-ref]') : null;

/** The note's content, without its back-links or ids, ready to show elsewhere. */
function noteCopy(note: Element): DocumentFragment {
  const copy = document.createDocumentFragment();
  for (const child of note.children) copy.append(child.cloneNode(true));
  copy.querySelectorAll('[data-footnote-backref], .backref-arrow').forEach((node) => node.remove());
  copy.querySelectorAll('[id]').forEach((node) => node.removeAttribute('id'));
  return copy;
}

class NotePreviews extends HTMLElement {
  readonly #preview = document.createElement('span');
  #reference: HTMLAnchorElement | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastPointer = 'mouse';
  /** Whether the preview was already open for the reference a tap started on. */
  #openBeforeTap = false;
  /** The reference Escape hands focus back to, which must not reopen the preview. */
  #returningTo: HTMLAnchorElement | null = null;

  connectedCallback(): void {
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
    const note = document.getElementById(decodeURIComponent(reference.hash.slice(1)));
    if (!note) return;
    this.#close();
    const number = reference.textContent?.trim() ?? '';
    const preview = this.#preview;
    const goTo = document.createElement('a');
    goTo.href = reference.hash;
    goTo.className = 'note-preview-go';
    goTo.textContent = `Go to note ${number}`;
    preview.replaceChildren(noteCopy(note), goTo);
    preview.setAttribute('aria-label', `Note ${number}`);
    reference.closest('sup')?.after(preview);
    preview.showPopover();
    reference.setAttribute('aria-describedby', preview.id);
    this.#reference = reference;
    this.#place();
  }

  #close(): void {
    clearTimeout(this.#timer);
    if (!this.#reference) return;
    this.#reference.setAttribute('aria-describedby', 'footnote-label');
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
