import { compactCell } from '../recognize/compactCell';
import { CIRCLED } from './readHeadings';
import { QUOTED_NAME_PARTICLES, QUOTED_TARGET_VERBS } from './vocabulary';

/** A KPI a sentence states about a quoted name, as statement texts. */
export interface QuotedTarget {
  name: string;
  baseline: string | null;
  target: string;
}

/** A year of a sentence, calendar or fiscal (`2014年`, `2020年度`, `令和7年度`). */
const YEAR = '(?:平成|令和)?\\d{1,4}年度?';

/** A quantity with its unit, `延べ` before it allowed (`延べ122世帯`, `8団体`). */
const AMOUNT = '(?:延べ)?\\d[\\d,]*(?:\\.\\d+)?[^\\d\\s、。,を]{1,6}?';

/**
 * Reads a KPI stated in prose about a name in 「」 (古賀市: `①「ごみ減量化・資源化優良団体等表彰数」について
 * 2020年、までに8団体とするとしています。`, `②「グリーンカーテン取組世帯数」を2014年延べ122世帯を2020年までに
 * 延べ500世帯とする…`): the name, a particle (QUOTED_NAME_PARTICLES), a baseline year and value followed
 * by を if any, then a target year, までに, the target value and a verb of setting (QUOTED_TARGET_VERBS).
 * The first sentence only; `延べ` is a qualifier of the value, no part of it. Null for any other text.
 */
export function readQuotedTargetSentence(text: string): QuotedTarget | null {
  const sentence = compactCell(text).split('。')[0]!;
  const particles = QUOTED_NAME_PARTICLES.join('|');
  const verbs = QUOTED_TARGET_VERBS.join('|');
  const pattern = new RegExp(
    `^[${CIRCLED}]?「([^「」]{2,40})」(?:${particles})(?:(${YEAR})(${AMOUNT})を)?(${YEAR})[、,]?までに(${AMOUNT})(?:${verbs})`,
  );
  const match = pattern.exec(sentence);
  if (!match) return null;
  const [, name, baseYear, baseValue, targetYear, targetValue] = match;
  const plain = (v: string) => v.replace(/^延べ/, '');
  return {
    name: name!,
    baseline: baseYear && baseValue ? `${plain(baseValue)}(${baseYear})` : null,
    target: `${plain(targetValue!)}(${targetYear})`,
  };
}
