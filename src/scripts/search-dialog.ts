/**
 * Ships to every page (a few hundred bytes). Opens the search dialog from the header search
 * (as the reader types in it, or on Enter), Ctrl/Cmd+K or "/", and loads the search itself
 * only then. On the search page, which has no dialog, the same keys focus its search box.
 */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

async function openSearch(dialog: HTMLDialogElement | null, query?: string): Promise<void> {
  if (!dialog) {
    document.querySelector<HTMLInputElement>('site-search input[name="q"]')?.focus();
    return;
  }
  const input = dialog.querySelector<HTMLInputElement>('input[name="q"]');
  if (!dialog.open) dialog.showModal();
  // Set before the search loads, so what the reader goes on typing follows what they typed.
  if (input && query) input.value = query;
  input?.focus();
  await import('./site-search.ts');
  // A reader may type before the search has loaded: search what is in the box by then.
  if (input?.value) input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Wires the shortcuts, the header's search form and the dialog's closing, once the page's
 * elements are there (module scripts run after parsing). */
function connectSearch(): void {
  const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
  const header = document.querySelector<HTMLFormElement>('.site-header form[role="search"]');
  document.addEventListener('keydown', (event) => {
    const shortcut = (event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !isTyping(event.target));
    if (!shortcut) return;
    event.preventDefault();
    void openSearch(dialog);
  });

  if (dialog) {
    header?.addEventListener('submit', (event) => {
      event.preventDefault();
      void openSearch(dialog, new FormData(header).get('q')?.toString().trim() ?? '');
    });
    // Typing in the header's box searches at once: the dialog opens with the words so far.
    const box = header?.querySelector<HTMLInputElement>('input[name="q"]');
    box?.addEventListener('input', () => {
      const words = box.value;
      box.value = '';
      if (words.trim() !== '') void openSearch(dialog, words);
    });
    // Escape in a search box only clears it in Chrome; here it always closes the dialog.
    dialog.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      dialog.close();
    });
    dialog.addEventListener('click', (event) => {
      // A click on the backdrop lands on the dialog itself.
      if (event.target === dialog || (event.target as Element).closest('[data-close-search]')) dialog.close();
    });
  }
}

connectSearch();
