/**
 * Search as you type, in the browser. The index is fetched once, on first use; results are
 * built from DOM text nodes; the input is an ARIA combobox (arrows, Enter, Escape).
 */
import { searchKey } from '../search/key.ts';
import { rankResults, type SearchEntry } from '../search/rank.ts';
import { entriesFromFile, type SearchIndexFile } from '../search/index-file.ts';

const form = document.querySelector<HTMLFormElement>('form.search');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
const list = form?.querySelector<HTMLUListElement>('#search-results');
const status = form?.querySelector<HTMLElement>('[role="status"]');

if (form && input && list && status) {
  // Only now is it a combobox: without this script the box is a plain form.
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  list.setAttribute('role', 'listbox');
  let entries: Promise<SearchEntry[]> | undefined;
  let results: SearchEntry[] = [];
  let active = -1;

  const load = () =>
    (entries ??= fetch(form.dataset.index!)
      .then((r) => r.json() as Promise<SearchIndexFile>)
      .then(entriesFromFile));

  const message = (name: 'results' | 'none' | 'loading', n = 0) =>
    (form.dataset[`msg${name[0]!.toUpperCase()}${name.slice(1)}`] ?? '').replace('{n}', String(n));

  const setActive = (i: number) => {
    active = i;
    list
      .querySelectorAll('[role="option"]')
      .forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', `search-option-${i}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };

  const render = () => {
    const items = results.map((e, i) => {
      const li = document.createElement('li');
      li.id = `search-option-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      const a = document.createElement('a');
      a.href = e.href;
      a.tabIndex = -1;
      a.textContent = e.name;
      const where = document.createElement('span');
      where.className = 'search-context';
      where.textContent = e.context ? `${e.kind} · ${e.context}` : e.kind;
      a.append(document.createElement('br'), where);
      li.append(a);
      return li;
    });
    list.replaceChildren(...items);
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(items.length > 0));
    status.textContent = input.value.trim()
      ? message(results.length ? 'results' : 'none', results.length)
      : '';
    setActive(-1);
  };

  const update = async () => {
    performance.mark('search-input');
    const query = input.value;
    if (!entries) status.textContent = message('loading');
    const all = await load();
    if (query !== input.value) return; // a newer keystroke is on its way
    results = rankResults(searchKey(query), all);
    render();
    performance.measure('search-results', 'search-input');
  };

  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!results.length) return;
      event.preventDefault();
      if (list.hidden) render(); // arrows reopen the list Escape closed
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + results.length) % results.length);
    } else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault(); // close the list, but keep what was typed (a second Escape clears it)
      close();
    } else if (event.key === 'Enter' && results.length) {
      event.preventDefault();
      location.href = results[Math.max(active, 0)]!.href;
    }
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) close();
  });
  // This script arrives after the first paint (src/client/page.ts): answer what was typed before it.
  if (document.activeElement === input) void (input.value.trim() ? update() : load());
}
