import { compactCell } from '../recognize/compactCell';
import { CIRCLED } from './readHeadings';
import { QUOTED_NAME_PARTICLES, QUOTED_TARGET_VERBS, QUOTED_YEAR_PARTICLES } from './vocabulary';

/** A KPI a sentence states about a quoted name, as statement texts. */
export interface QuotedTarget {
  name: string;
  baseline: string | null;
  target: string;
}

/** A year of a sentence, calendar or fiscal (`2014年`, `2020年度`, `令和7年度`), not inside a longer number. */
const YEAR = '(?<![\\d.,])(?:平成|令和)?\\d{1,4}年度?';

/**
 * A quantity with its unit, `延べ` before it allowed (`延べ122世帯`, `8団体`, `37,429世帯`, `45%`): the
 * unit is letters, kanji or katakana (no kana particle), never 年 (`10年後` is a span, not a value).
 */
const AMOUNT = '(?:延べ)?\\d[\\d,]*(?:\\.\\d+)?(?!年)(?:か所|[%‰A-Za-z\\p{Script=Han}\\p{Script=Katakana}ー]{1,5})';

/** Words between the baseline and the target year (`を`, `という現状の数字を、10年後の`). */
const BETWEEN = '[^。「」]{0,30}?';

/** Words between the target year's particle and the target value (`、`, `同じ`). */
const BEFORE_VALUE = '[、,]?[^\\d。「」、,]{0,4}?';

const PATTERN = new RegExp(
  `^[${CIRCLED}]?「([^「」]{2,40})」(?:${QUOTED_NAME_PARTICLES.join('|')})[、,]?` +
    `(?:(${YEAR})?[、,の]?(${AMOUNT}))?${BETWEEN}` +
    `(${YEAR})[、,]?(?:${QUOTED_YEAR_PARTICLES.join('|')})${BEFORE_VALUE}(${AMOUNT})(?:${QUOTED_TARGET_VERBS.join('|')})`,
  'u',
);

/** The one year an opening states (`千葉市は平成22年の国勢調査で` → `平成22年`), else null. */
function openingYear(opening: string): string | null {
  const years = compactCell(opening).match(new RegExp(YEAR, 'g')) ?? [];
  return years.length === 1 ? years[0]! : null;
}

/**
 * Reads a KPI stated in prose about a name in 「」: the name, a particle (QUOTED_NAME_PARTICLES), a
 * baseline value if any (its year before it, if any), words, a target year and its particle
 * (QUOTED_YEAR_PARTICLES), the target value and a verb of setting (QUOTED_TARGET_VERBS). 古賀市:
 * `②「グリーンカーテン取組世帯数」を2014年延べ122世帯を2020年までに延べ500世帯とする`; 千葉市:
 * `「…世帯の数」が37,429世帯という現状の数字を、10年後の平成32 年にも同じ37,429世帯にする`.
 * A baseline without a year of its own is dated by the one year the sentence's opening states
 * (`opening`: the part of the sentence on the line above, sentenceOpening), else left undated.
 * The first sentence only; `延べ` is a qualifier of the value, no part of it. Null for any other text.
 */
export function readQuotedTargetSentence(text: string, opening = ''): QuotedTarget | null {
  const sentence = compactCell(text).split('。')[0]!;
  const match = PATTERN.exec(sentence);
  if (!match) return null;
  const [, name, baseYear, baseValue, targetYear, targetValue] = match;
  const plain = (v: string) => v.replace(/^延べ/, '');
  const dated = baseYear ?? openingYear(opening);
  return {
    name: name!,
    baseline: baseValue ? (dated ? `${plain(baseValue)}(${dated})` : plain(baseValue)) : null,
    target: `${plain(targetValue!)}(${targetYear})`,
  };
}
