import { compactCell } from './compactCell';
import { RecognizeError } from './RecognizeError';
import { readYearPoint, type YearPoint } from './readYearPoint';

export { toFiscalYear } from './toFiscalYear';

/** A period as a document states it; years are Western, fiscal years run April to March. */
export type Period = {
  /** The period as written, normalized and without surrounding parentheses (`H26～H30平均`). */
  label: string;
  /** The fiscal year meant (`H30` → 2018; `R2.1` → 2019, as January belongs to the previous one). */
  fiscalYear?: number;
  /** Set when written as a calendar year (`令和5年`, `2019年実績`, `R2.1`). */
  calendarYear?: number;
  /** First and last fiscal years of a range (`H26～H30` → 2014, 2018). */
  fromFiscalYear?: number;
  toFiscalYear?: number;
  /** Month, when written (`R1.12実施` → 12). */
  month?: number;
};

/** Words that qualify a period without changing its years (`令和元年度末`, `2019年実績`, `H26～H30平均`). */
const QUALIFIERS = /(?:末|当初|実績|平均|累計|見込み|見込|時点|現在|実施|調査|中|頃|まで|以降)$/;
const RANGE = /^(.+?)(?:～|から)(.+)$/;
const EQUIVALENT = /^(.+?)\((.+)\)$/;
/** An era year with its Western year in parentheses before the suffix: `令和11(2029)年度` (the suffix has no parentheses, so the rewrite matches once). */
const INNER_EQUIVALENT = /^(.+?\d+|.+?元)\((\d{4})\)(年度?[^()]*)$/;
/** A Western year with its era year in parentheses before the suffix: `2019(H31)年`. */
const INNER_ERA = /^(\d{4})\(([^()]*?\d+|[^()]*?元)\)(年度?[^()]*)$/;
const ORDINAL_TERM = /^第\d+期/;

function stripQualifiers(text: string): string {
  let core = text;
  while (QUALIFIERS.test(core) && core.replace(QUALIFIERS, '') !== '') core = core.replace(QUALIFIERS, '');
  return core;
}

function fiscalYearOf(point: YearPoint): number {
  return point.month !== undefined && point.month <= 3 ? point.year - 1 : point.year;
}

/** The years of a period without its label, or null. */
function readYears(text: string): Omit<Period, 'label'> | null {
  const core = stripQualifiers(text);
  const inner = INNER_EQUIVALENT.exec(core);
  if (inner) return readYears(`${inner[1]}${inner[3]}(${inner[2]}${inner[3]})`);
  const era = INNER_ERA.exec(core);
  if (era) return readYears(`${era[1]}${era[3]}(${era[2]}${era[3]})`);
  const equivalent = EQUIVALENT.exec(core);
  if (equivalent) {
    const [, outer = '', inner = ''] = equivalent;
    const [a, b] = [readYears(outer), readYears(inner)];
    if (!a || !b) return null;
    if (a.fiscalYear !== b.fiscalYear || a.fromFiscalYear !== b.fromFiscalYear || a.toFiscalYear !== b.toFiscalYear) {
      throw new RecognizeError({ expected: 'the same year written in both calendars', found: text });
    }
    return a;
  }
  const range = RANGE.exec(core);
  if (range) {
    const from = readYearPoint(range[1] ?? '');
    const to = from ? readYearPoint(range[2] ?? '', from.era) : null;
    if (!from || !to) return null;
    const [fromFiscalYear, toFiscalYear] = [fiscalYearOf(from), fiscalYearOf(to)];
    if (toFiscalYear < fromFiscalYear) {
      throw new RecognizeError({ expected: 'a period that does not end before it starts', found: text });
    }
    return { fromFiscalYear, toFiscalYear };
  }
  const point = readYearPoint(core);
  if (!point || point.bare) return null;
  if (!point.calendar) return { fiscalYear: point.year };
  return { fiscalYear: fiscalYearOf(point), calendarYear: point.year, ...(point.month ? { month: point.month } : {}) };
}

/**
 * Reads a period: era or Western year, fiscal (年度) or calendar (年), a month, a range, or an ordinal
 * term without years. Null when the text is no period; throws RecognizeError for an unknown era.
 * `'(H30)'` → { label: 'H30', fiscalYear: 2018 }; `'R3～7年度'` → { …, fromFiscalYear: 2021, toFiscalYear: 2025 };
 * `'令和５年'` → { label: '令和5年', fiscalYear: 2023, calendarYear: 2023 }; `'第1期実績'` → { label: '第1期実績' };
 * `'令和11(2029)年度まで'` → { label: '令和11(2029)年度まで', fiscalYear: 2029 }; `'2019(H31)年'` → { …, fiscalYear: 2019, calendarYear: 2019 }.
 */
export function parsePeriod(text: string): Period | null {
  let label = compactCell(text);
  while (/^\(.*\)$/.test(label) && !/\)\(/.test(label)) label = label.slice(1, -1);
  if (label === '') return null;
  if (ORDINAL_TERM.test(label) && stripQualifiers(label).match(/^第\d+期$/)) return { label };
  const years = readYears(label);
  return years ? { label, ...years } : null;
}
