/** Cross-checks of snapshot values: references, dates, rules between metrics and places. */
import type { Dataset, StoredValue } from './dataset.ts';
import type { Problem } from './problems.ts';
import { checkProvenance } from './check-places.ts';
import { currentValues, valueKey } from './history.ts';
import { buildTree } from './tree.ts';
import { quoteHoldsValue } from '../text/numbers.ts';

const recordPath = (v: StoredValue, field: string) => v.path.replace(/\.values\..*$/, `.${field}`);
const fromValue = (v: StoredValue, rule: string, message: string, value: unknown = v.value): Problem => ({
  file: v.file,
  path: v.path,
  rule,
  message,
  value,
});

type Report = (p: Problem) => void;

/** A value's place, metric and source must be known, its date not after its publication. */
function checkRecord(ds: Dataset, v: StoredValue, once: Report, push: Report): void {
  if (!ds.placeById.has(v.place))
    once({
      file: v.file,
      path: recordPath(v, 'place'),
      rule: 'known-place',
      message: `place "${v.place}" is not in places.json`,
      value: v.place,
    });
  const m = ds.metricById.get(v.metric);
  if (!m) push(fromValue(v, 'known-metric', `metric "${v.metric}" is not in metrics.json`, v.metric));
  else if (m.derived)
    push(fromValue(v, 'stored-metric', `"${v.metric}" is derived from other metrics and cannot be stored`));
  if (v.date > v.published)
    once({
      file: v.file,
      path: recordPath(v, 'date'),
      rule: 'date-not-after-published',
      message: `refers to ${v.date}, after the snapshot's publication on ${v.published}`,
      value: v.date,
    });
  const pv: Problem[] = [];
  checkProvenance(v.provenance, recordPath(v, 'provenance'), ds, v.file, pv);
  pv.forEach(once);
}

/** A sourced value that quotes its source must be found in the quote ("62 мингдан ортиқ" holds 62000). */
function checkQuote(v: StoredValue, push: Report): void {
  if (
    v.provenance !== 'illustrative' &&
    v.provenance.quote !== undefined &&
    !quoteHoldsValue(v.provenance.quote, v.value)
  )
    push(
      fromValue(
        v,
        'quote-has-value',
        `${v.value} is not a number of the quoted source text "${v.provenance.quote}"`,
      ),
    );
}

export function checkValues(ds: Dataset): Problem[] {
  const problems: Problem[] = [];
  const push: Report = (p) => problems.push(p);
  // Rules between values need sound references; other problems don't stop them.
  const references = new Set(['known-place', 'known-metric', 'stored-metric', 'known-source']);
  const reported = new Set<string>(); // one problem per record field, not one per value
  const once: Report = (p) => {
    const k = `${p.file}|${p.path}|${p.rule}`;
    if (!reported.has(k)) (problems.push(p), reported.add(k));
  };
  const inFile = new Set<string>();
  for (const v of ds.values) {
    checkRecord(ds, v, once, push);
    checkQuote(v, push);
    const k = `${v.published}|${valueKey(v.place, v.metric, v.date)}`;
    if (inFile.has(k))
      push(
        fromValue(
          v,
          'unique-value',
          `a value for ${v.place}, ${v.metric}, ${v.date} is already in this snapshot`,
        ),
      );
    inFile.add(k);
  }
  if (problems.some((p) => references.has(p.rule))) return problems;
  return [...problems, ...checkRules(ds), ...checkSums(ds)];
}

/** Part ≤ total (lifted ≤ registered) for every place and date, on the values in force. */
function checkRules(ds: Dataset): Problem[] {
  const current = currentValues(ds.values);
  const problems: Problem[] = [];
  for (const { current: part } of current.values()) {
    for (const rule of ds.rules.filter((r) => r.part === part.metric)) {
      const total = current.get(valueKey(part.place, rule.total, part.date))?.current;
      if (!total) continue;
      // Only a certain excess is an error: a lower-bound part or an upper-bound total can't prove one.
      const certain =
        part.qualifier !== 'at-most' &&
        part.qualifier !== 'approximately' &&
        (total.qualifier === 'exact' || total.qualifier === 'at-most');
      if (certain && part.value > total.value)
        problems.push(
          fromValue(
            part,
            rule.id,
            `${rule.part} (${part.value}) is more than ${rule.total} (${total.value}, ${total.file} ${total.path}) for ${part.place} on ${part.date}`,
          ),
        );
    }
  }
  return problems;
}

/** The lower bounds of the children may not add up to more than a parent's exact total. */
function checkSums(ds: Dataset): Problem[] {
  const tree = buildTree(ds);
  const current = currentValues(ds.values);
  const problems: Problem[] = [];
  const sumMetrics = new Set(ds.metrics.filter((m) => m.aggregate === 'sum' && !m.derived).map((m) => m.id));
  const lower = (place: string, metric: string, date: string): number | undefined => {
    const v = current.get(valueKey(place, metric, date))?.current;
    if (v && (v.qualifier === 'exact' || v.qualifier === 'at-least')) return v.value;
    const parts = tree.sumChildren(place).map((c) => lower(c.id, metric, date));
    return parts.some((x) => x !== undefined) ? parts.reduce<number>((s, x) => s + (x ?? 0), 0) : undefined;
  };
  for (const { current: v } of current.values()) {
    if (!sumMetrics.has(v.metric) || v.qualifier !== 'exact') continue;
    const kids = tree.sumChildren(v.place);
    const parts = kids.map((c) => lower(c.id, v.metric, v.date));
    if (!parts.some((x) => x !== undefined)) continue;
    const sum = parts.reduce<number>((s, x) => s + (x ?? 0), 0);
    if (sum > v.value) {
      const what =
        kids[0]?.kind === 'mahalla'
          ? 'its mahallas'
          : kids[0]?.kind === 'sector'
            ? 'its sectors'
            : 'its districts and cities';
      problems.push(
        fromValue(
          v,
          'children-le-total',
          `${what} add up to ${sum}, more than this exact total for ${v.place} on ${v.date}`,
        ),
      );
    }
  }
  // A stated exact number of mahallas must match the mahallas listed in places.json.
  for (const { current: v } of current.values()) {
    if (v.metric !== 'mahallas' || v.qualifier !== 'exact') continue;
    const listed = tree.mahallasUnder(v.place).length;
    if (ds.placeById.get(v.place)?.kind !== 'mahalla' && listed !== v.value)
      problems.push(
        fromValue(v, 'mahalla-count', `places.json lists ${listed} mahallas for ${v.place}, not ${v.value}`),
      );
  }
  return problems;
}
