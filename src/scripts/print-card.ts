/**
 * The group page's "print the health card" button (issue 20): the card is the page printed, so the button prints it.
 * Without JavaScript the button is a link to the note beside it that says how to print. Folded details open while the
 * page prints (the card shows everything) and fold again after.
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-print-card]')) {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    window.print();
  });
}

let opened: HTMLDetailsElement[] = [];
window.addEventListener('beforeprint', () => {
  opened = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
  for (const d of opened) d.open = true;
});
window.addEventListener('afterprint', () => {
  for (const d of opened) d.open = false;
  opened = [];
});
