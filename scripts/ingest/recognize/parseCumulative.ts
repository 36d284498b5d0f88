import { parsePeriod } from './parsePeriod';
import { readQuantity } from './readQuantity';

/** How a cumulative target is built: a yearly amount over a number of years. */
export type Cumulative = {
  /** Amount per year (`100人/年`, `年3回`, or a plain `10品` beside a number of years). */
  perYear?: number;
  /** Number of years summed (`5年`, `R3～7年度` → 5). */
  years?: number;
  /** Set instead of perYear when the amount is per something else that no factor turns into years (`20人/回×5年` → '回'). */
  perUnit?: string;
};

const YEARS = /^(\d+)年間?$/;
const RATE = /^(.+?)\/(.+)$/;

/**
 * Reads the formula of a cumulative target, factors joined by ×; null when a factor is unreadable.
 * `'100人/年×5年'` → { perYear: 100, years: 5 }; `'20人/回×年3回×5年'` → { perYear: 60, years: 5 };
 * `'R3～7年度×12戸'` → { perYear: 12, years: 5 }.
 */
export function parseCumulative(formula: string): Cumulative | null {
  let years: number | undefined;
  let amount = 1;
  let yearly = false;
  const numerators: string[] = [];
  const denominators: string[] = [];
  for (const factor of formula.split('×')) {
    const span = YEARS.exec(factor);
    const period = span ? null : parsePeriod(factor);
    if (span) years = Number(span[1]);
    else if (period?.fromFiscalYear !== undefined && period.toFiscalYear !== undefined) {
      years = period.toFiscalYear - period.fromFiscalYear + 1;
    } else {
      const rate = RATE.exec(factor);
      const quantity = readQuantity(rate ? (rate[1] ?? '') : factor);
      if (!quantity || quantity.valueMax !== undefined) return null;
      amount *= quantity.value;
      numerators.push(quantity.unit);
      if (quantity.perYear || rate?.[2] === '年') yearly = true;
      else if (rate?.[2]) denominators.push(rate[2]);
    }
  }
  const dangling = denominators.filter((unit) => !numerators.includes(unit));
  if (dangling.length > 0) return { ...(years ? { years } : {}), perUnit: dangling.join('/') };
  if (!yearly && years === undefined) return null;
  return { perYear: amount, ...(years ? { years } : {}) };
}
