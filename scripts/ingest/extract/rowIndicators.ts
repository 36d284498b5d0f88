import { compactCell } from '../recognize/compactCell';
import { stripBullet } from '../structure/splitStatement';
import { NAME_UNITS, NOT_YET_WORDS } from './vocabulary';
import { statementIndicators } from '../structure/statementIndicators';
import { toRawBaseline } from '../structure/toRawValues';
import type { RawActual, RawIndicator } from './types';
import { defaultPeriods, type Legend } from './findLegend';
import { CIRCLED } from './readHeadings';
import type { TableRow } from './readTableRows';
import type { Token } from './tokenizeDocument';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・、()（）]/u;

/**
 * A name from its tokens: words of one line (or TAB cell) keep their spaces as written (`照明の LED 化率`);
 * words across lines or of a flattened page are joined by a space only where both sides are Latin or
 * digits (`刑法犯罪 発生件数` on a flattened page → `刑法犯罪発生件数`);
 * a circled list marker is dropped. `['①', '子育て支援']` → `子育て支援`.
 */
export function joinName(tokens: Token[]): string {
  return stripBullet(joinWords(tokens).replace(new RegExp(`^(No\\.?\\s*\\d+\\s+)?[${CIRCLED}]?\\s*`), '').replace(/^[\s-]+/, ''));
}

/** Words joined as joinName joins them, marks kept: `['支援', 'プラン策定と…']` on two lines → `支援プラン策定と…`. */
export function joinWords(tokens: Token[]): string {
  let text = '';
  tokens.forEach((token, k) => {
    const word = token.text.trim();
    const before = tokens[k - 1];
    // On one line of its own (not a flattened page), words keep the space written between them.
    const sameLine = before && before.line === token.line && !token.flattened && (before.lineCells === 1 || before.cellIndex === token.cellIndex);
    if (text !== '' && (sameLine || (!CJK.test(text[text.length - 1]!) && !CJK.test(word[0] ?? '')))) text += ' ';
    text += word;
  });
  return text;
}

/**
 * Turns a table row into indicators through the statement recognizers, so that a cell with several
 * labelled values (`小学校 39.7% 中学校 31.3%`) gives one indicator per value. Column periods
 * (`基準値(R4)`) apply where a cell has none, then the document's legend.
 */
export function rowIndicators(file: string, row: TableRow, legend: Legend | null, measureTitle: string | null = null): RawIndicator[] {
  const cellOf = (role: string) => row.cells.find((c) => c.column.role === role);
  // A row that states no final target (its last cells missing) is read up to the interim one it states.
  const target = cellOf('target') ?? cellOf('interim');
  if (!target || target.cell?.kind === 'none') return [];
  const baseline = cellOf('baseline');
  const name = (row.namedByMeasure ? (measureTitle ?? '') : joinName(row.name)) + (row.label ? `（${row.label}）` : '');
  const unit = cellOf('unit')?.token.text.trim() ?? unitInName(name);
  const withUnit = (text: string) => (unit && /\d$/.test(text.trim()) ? `${text.trim()}${unit}` : text);
  if (name === '') return [];
  const first = row.name[0]?.line ?? row.cells[0]!.token.line;
  const last = Math.max(row.cells[row.cells.length - 1]?.token.line ?? first, ...(row.title ?? []).map((t) => t.line));
  const indicators = statementIndicators(
    {
      name,
      baseline: baseline && (baseline.cell?.kind !== 'none' || NOT_YET_WORDS.includes(compactCell(baseline.token.text))) ? withUnit(baseline.token.text) : null,
      target: withUnit(target.token.text),
    },
    {
      file,
      line: first,
      lineEnd: last,
      goalKey: row.place.goalKey,
      measureKey: row.place.measureKey,
      level: row.place.level,
      ...defaultPeriods(legend, cellOf('since')?.token.text.trim() ?? baseline?.column.period, cellOf('when')?.token.text.trim() ?? target.column.period),
    },
  );
  const actuals = row.cells.filter((c) => c.column.role === 'actual' && c.cell && c.cell.kind !== 'none').map((c): RawActual => actualOf(c.token, c.column.period));
  return actuals.length > 0 ? indicators.map((i) => ({ ...i, actuals })) : indicators;
}

/** The unit a name states in its closing parentheses (`創業・起業の年間件数(件)` → 件), or ''. */
function unitInName(name: string): string {
  const unit = /[(（]([^()（）]+)[)）]$/.exec(name)?.[1] ?? '';
  return NAME_UNITS.includes(unit) ? unit : '';
}

/** An actual cell: `7.3`, `未達成(1,820人)` (value 1820), with the column's period. */
function actualOf(token: Token, period: string | null): RawActual {
  const inner = /\(([^()]*\d[^()]*)\)$/.exec(token.text.trim());
  const read = toRawBaseline(inner ? inner[1]! : token.text, period ?? undefined);
  return { value: read?.value ?? null, text: token.text.trim(), period: read?.period ?? null, fiscalYear: read?.fiscalYear ?? null, line: token.line };
}
