/**
 * Tooltips and keyboard focus for the build-time SVG charts: an enhancement, the table
 * under each chart holds every number. A mark names its table cells (`data-cells="row-col …"`);
 * its tooltip and accessible name are built from those cells' text and headers and the
 * figure's own "sourced"/"illustrative" badges. Writes only `textContent`, attributes
 * without `style`, and CSSOM positions.
 */

const MARK = 'figure.chart .mark[data-cells]';
const MAX_TIP = 280;

/** The words of a mark: row header, then each cell as `column: value (status)`. */
function tipText(mark: Element): string {
  const figure = mark.closest('figure.chart');
  const table = figure?.querySelector<HTMLTableElement>('table.chart-table');
  if (!figure || !table) return '';
  const word = (cls: string) => figure.querySelector(`figcaption .badge.${cls}`)?.textContent?.trim() ?? '';
  const refs = (mark.getAttribute('data-cells') ?? '')
    .split(' ')
    .map((r) => r.split('-').map(Number) as [number, number]);
  const row = table.tBodies[0]?.rows[refs[0]?.[0] ?? -1];
  const parts = refs.flatMap(([r, c]) => {
    const cell = table.tBodies[0]?.rows[r]?.cells[c];
    if (!cell) return [];
    // The class may sit on the cell, its row or the table.
    const status = cell.closest('.is-illustrative')
      ? word('illustrative')
      : cell.closest('.is-sourced')
        ? word('sourced')
        : '';
    const head = table.tHead?.rows[0]?.cells[c]?.textContent ?? '';
    const value = [...cell.childNodes].map((n) => n.textContent).join(' · ');
    return [`${head}: ${value}${status ? ` (${status})` : ''}`];
  });
  return [row?.querySelector('th')?.textContent ?? '', parts.join('; ')].filter(Boolean).join(' — ');
}

/** Labels a mark with its words and makes it focusable: the first mark of a chart is in the tab order, arrow keys reach the rest. */
function enhance(mark: SVGGElement, first: boolean): void {
  const text = tipText(mark);
  if (!text) return;
  mark.setAttribute('aria-label', text);
  mark.setAttribute('role', 'img');
  mark.setAttribute('tabindex', first ? '0' : '-1');
}

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** Arrow keys, Home and End move focus between the marks of one chart. */
function move(e: KeyboardEvent, mark: Element): void {
  const all = [...(mark.closest('svg.chart-svg')?.querySelectorAll<SVGGElement>('.mark[tabindex]') ?? [])];
  const i = all.indexOf(mark as SVGGElement);
  const step = STEP[e.key];
  const j =
    e.key === 'Home'
      ? 0
      : e.key === 'End'
        ? all.length - 1
        : step === undefined
          ? -1
          : Math.min(all.length - 1, Math.max(0, i + step));
  const next = all[j];
  if (j < 0 || !next) return;
  e.preventDefault();
  for (const m of all) m.setAttribute('tabindex', m === next ? '0' : '-1');
  next.focus();
}

/** The figure's tooltip element, made once. */
function tipOf(figure: HTMLElement): HTMLElement {
  const found = figure.querySelector<HTMLElement>(':scope > .chart-tip');
  if (found) return found;
  const tip = document.createElement('div');
  tip.className = 'chart-tip';
  // The focused mark already announces the same words; the tooltip is for the eyes.
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  figure.append(tip);
  return tip;
}

/** Hides every chart tooltip on the page. */
function hideAll(): void {
  for (const tip of document.querySelectorAll<HTMLElement>('figure.chart > .chart-tip')) tip.hidden = true;
  for (const m of document.querySelectorAll('figure.chart .mark.is-active')) m.classList.remove('is-active');
}

/** Shows a mark's words above it (below if there is no room), kept inside the figure. */
function show(mark: Element): void {
  const figure = mark.closest<HTMLElement>('figure.chart');
  if (!figure) return;
  hideAll();
  const tip = tipOf(figure);
  const text = mark.getAttribute('aria-label') ?? '';
  // A tooltip is a glance: very long names (the table has them whole) are cut.
  tip.textContent = text.length > MAX_TIP ? `${text.slice(0, MAX_TIP - 1)}…` : text;
  tip.hidden = false;
  mark.classList.add('is-active');
  const box = figure.getBoundingClientRect();
  const at = mark.getBoundingClientRect();
  const left = Math.min(
    Math.max(0, at.left + at.width / 2 - box.left - tip.offsetWidth / 2),
    Math.max(0, box.width - tip.offsetWidth),
  );
  const above = at.top - box.top - tip.offsetHeight - 6;
  tip.style.left = `${left}px`;
  tip.style.top = `${above >= 0 ? above : at.bottom - box.top + 6}px`;
}

const markOf = (e: Event) => (e.target instanceof Element ? e.target.closest(MARK) : null);

/** Labels the marks one chart per task, so that a page of many charts has no long task (Lighthouse TBT). */
async function enhanceCharts(): Promise<void> {
  for (const svg of document.querySelectorAll('figure.chart svg.chart-svg')) {
    svg.querySelectorAll<SVGGElement>('.mark[data-cells]').forEach((mark, i) => enhance(mark, i === 0));
    await new Promise((next) => setTimeout(next, 0));
  }
}

function init(): void {
  void enhanceCharts();
  document.addEventListener('pointerover', (e) => {
    const mark = markOf(e);
    if (mark) show(mark);
  });
  document.addEventListener('pointerout', (e) => {
    const mark = markOf(e);
    if (mark && !mark.contains(e.relatedTarget as Node | null) && document.activeElement !== mark) hideAll();
  });
  document.addEventListener('focusin', (e) => {
    const mark = markOf(e);
    if (mark) show(mark);
  });
  document.addEventListener('focusout', (e) => {
    if (markOf(e)) hideAll();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hideAll();
    const mark = markOf(e);
    if (mark) move(e, mark);
  });
}

init();

// A module, imported on demand by src/client/page.ts.
export {};
