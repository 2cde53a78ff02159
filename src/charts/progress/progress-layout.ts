/** Iron Notebook progress: one bar of the families registered, filled by those lifted out of poverty. */
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { marks as colours } from '../chart-palette.ts';
import { el, pct } from '../shared/svg-nodes.ts';
import { bandId, defs, fill, mark, swatchBar } from '../shared/marks.ts';
import { bandLegend, statusLegend } from '../shared/legend.ts';
import { cellRef, isIllustrative, numberOf, valueCell, valueText } from '../shared/values.ts';
import { langAttr, ordinal } from '../shared/label-text.ts';
import type { ChartSpec, ChartLegendItem, SvgNode } from '../shared/chart-spec.ts';
import type { ProgressModel } from './progress-model.ts';

/** Fixed geometry (px): label line, bar, label line. */
const PROGRESS = { height: 76, barY: 22, barH: 24, topLabelY: 15, bottomLabelY: 66 } as const;

/** Width of the lifted part, in per cent of the bar (0–100), if both counts are shown. */
export function liftedWidth(m: ProgressModel): number | undefined {
  const share = numberOf(m.share);
  const reg = numberOf(m.registered);
  const lifted = numberOf(m.lifted);
  if (share !== undefined) return Math.min(100, Math.max(0, share * 100));
  if (reg && lifted !== undefined) return Math.min(100, (lifted / reg) * 100);
  return undefined;
}

function title(m: ProgressModel, locale: Locale): string {
  const reg = numberOf(m.registered);
  const place = m.place.text;
  if (reg === 0) return t(locale, 'chart.progress.titleEmpty', { place });
  if (m.registered.kind === 'missing') return t(locale, 'chart.progress.titleNone', { place });
  if (m.registered.kind !== 'value') return t(locale, 'chart.progress.titleHidden', { place });
  const registered = valueText(locale, m.registered, 'families');
  const lifted = valueText(locale, m.lifted, 'families');
  if (m.lifted.kind === 'value' && m.share.kind === 'value')
    return t(locale, 'chart.progress.title', {
      place,
      registered,
      lifted,
      share: valueText(locale, m.share, 'share'),
    });
  return t(locale, 'chart.progress.titlePlain', { place, registered, lifted });
}

/** The metrics of the table's columns after the place, in order. */
export const PROGRESS_METRICS = ['iron_registered', 'iron_lifted', 'iron_lifted_share'] as const;

// The table has one row: place, registered, lifted, share.
const REG = cellRef(0, 1);
const LIFTED = `${cellRef(0, 2)} ${cellRef(0, 3)}`;

/** The lifted part over the bar: its share, or a band up to 5 families when the count is 1 to 4. */
function liftedBar(m: ProgressModel, reg: number): SvgNode | undefined {
  const { barY: y, barH: h } = PROGRESS;
  const w = liftedWidth(m);
  if (w !== undefined)
    return mark(LIFTED, [
      el('rect', {
        x: 0,
        y,
        width: pct(w),
        height: h,
        fill: fill(m.id, 'primary', isIllustrative(m.lifted)),
      }),
    ]);
  if (m.lifted.kind === 'suppressed' && m.lifted.reason === 'fewer-than-5')
    // Drawn as what it is: somewhere below 5, so a band from 0 up to 5 families.
    return mark(LIFTED, [
      el('rect', {
        x: 0,
        y,
        width: pct(Math.min(100, (5 / reg) * 100)),
        height: h,
        fill: `url(#${bandId(m.id)})`,
        stroke: colours.ink,
        'stroke-dasharray': '3 2',
      }),
    ]);
  return undefined;
}

/** The bar of the families registered (hatched when hidden) with the lifted part over it. */
function bars(m: ProgressModel): SvgNode[] {
  const { barY: y, barH: h } = PROGRESS;
  const reg = numberOf(m.registered);
  if (m.registered.kind === 'suppressed') {
    return [
      mark(REG, [
        el('rect', {
          x: 0,
          y,
          width: '100%',
          height: h,
          fill: `url(#${bandId(m.id)})`,
          stroke: colours.grid,
          'stroke-dasharray': '3 3',
        }),
      ]),
    ];
  }
  if (!reg) return [];
  const whole = mark(REG, [
    el('rect', {
      x: 0,
      y,
      width: '100%',
      height: h,
      fill: fill(m.id, 'rest', isIllustrative(m.registered)),
      stroke: colours.primary,
    }),
  ]);
  const lifted = liftedBar(m, reg);
  return lifted ? [whole, lifted] : [whole];
}

function labels(m: ProgressModel, locale: Locale): SvgNode[] {
  const lifted = valueText(locale, m.lifted, 'families');
  const share = m.share.kind === 'value' ? valueText(locale, m.share, 'share') : undefined;
  const top = share
    ? t(locale, 'chart.progress.liftedShare', { value: lifted, share })
    : t(locale, 'chart.progress.lifted', { value: lifted });
  return [
    el(
      'text',
      { x: 0, y: PROGRESS.topLabelY, class: 'label strong', 'data-cells': share ? LIFTED : cellRef(0, 2) },
      top,
    ),
    el(
      'text',
      { x: '100%', y: PROGRESS.bottomLabelY, 'text-anchor': 'end', class: 'label', 'data-cells': REG },
      t(locale, 'chart.progress.registered', { value: valueText(locale, m.registered, 'families') }),
    ),
  ];
}

function notes(m: ProgressModel, locale: Locale): string[] {
  const out: string[] = [];
  if (m.share.kind === 'value')
    out.push(
      m.shareDerivedFromSourced
        ? t(locale, 'chart.progress.derivedSourced', { share: valueText(locale, m.share, 'share') })
        : t(locale, 'chart.progress.derived'),
    );
  if ([m.registered, m.lifted].some((v) => v.kind === 'suppressed'))
    out.push(t(locale, 'chart.note.fewerThan5'));
  const s = m.standing;
  if (s)
    out.push(
      t(locale, 'chart.progress.standing', {
        place: m.place.text,
        rank: ordinal(locale, s.rank),
        n: s.of,
        parent: s.parent.text,
      }),
    );
  return out;
}

/** The progress chart's marks, words and table. */
export function layoutProgress(m: ProgressModel, locale: Locale): ChartSpec {
  const illustrative = m.sources.illustrative;
  const band = [m.registered, m.lifted].some((v) => v.kind === 'suppressed');
  const legend: ChartLegendItem[] = [
    {
      swatch: swatchBar(m.id, 'primary', isIllustrative(m.lifted)),
      label: t(locale, 'chart.progress.legendLifted'),
    },
    {
      swatch: swatchBar(m.id, 'rest', isIllustrative(m.registered), 'primary'),
      label: t(locale, 'chart.progress.legendRest'),
    },
    ...statusLegend(locale, m.id, 'primary', m.sources),
    ...(band ? [bandLegend(locale, m.id)] : []),
  ];
  return {
    id: m.id,
    title: title(m, locale),
    desc: t(locale, 'chart.progress.desc', {
      registered: valueText(locale, m.registered, 'families'),
      lifted: valueText(locale, m.lifted, 'families'),
    }),
    height: PROGRESS.height,
    nodes: [...defs(m.id, illustrative ? ['primary', 'rest'] : [], band), ...bars(m), ...labels(m, locale)],
    legend,
    table: {
      head: [t(locale, 'table.place'), m.labels.registered, m.labels.lifted, m.labels.share],
      keys: ['place', ...PROGRESS_METRICS],
      rows: [
        [
          {
            text: m.place.text,
            header: true,
            lang: langAttr(m.place, locale),
            data: { kind: 'place', id: m.placeId, name: m.place.text },
          },
          valueCell(locale, m.registered, 'families'),
          valueCell(locale, m.lifted, 'families'),
          valueCell(locale, m.share, 'share'),
        ],
      ],
    },
    notes: notes(m, locale),
    sources: m.sources,
    dates: { from: m.date, to: m.date },
  };
}
