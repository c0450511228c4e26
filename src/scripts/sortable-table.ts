/**
 * Ships to the browser, on the exercises index. <sortable-table> turns each column heading
 * into a button that sorts the rows by that column, and marks the order with aria-sort.
 * Without it the table is already in a useful order (alphabetical).
 */
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

class SortableTable extends HTMLElement {
  connectedCallback(): void {
    const table = this.querySelector('table');
    const body = table?.tBodies[0];
    if (!table || !body) return;
    [...table.tHead?.rows[0]?.cells ?? []].forEach((cell, column) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.append(...cell.childNodes);
      cell.replaceChildren(button);
      button.addEventListener('click', () => {
        const ascending = cell.getAttribute('aria-sort') !== 'ascending';
        for (const other of table.tHead?.rows[0]?.cells ?? []) other.removeAttribute('aria-sort');
        cell.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const key = (row: HTMLTableRowElement) => row.cells[column]?.dataset['sort'] ?? row.cells[column]?.textContent?.trim() ?? '';
        const rows = [...body.rows].sort((a, b) => collator.compare(key(a), key(b)) * (ascending ? 1 : -1));
        body.append(...rows);
      });
    });
  }
}

customElements.define('sortable-table', SortableTable);
