import { undoubleText } from '../clean/undoubleText';
import { IngestError } from '../IngestError';
import type { SourceLine } from '../read/SourceDoc';
import { splitStatement, stripBullet } from '../structure/splitStatement';
import { statementIndicators } from '../structure/statementIndicators';
import { goalKey } from './goalKinds';
import { isBlank, markLines, textOf } from './shared';
import { emptyResult, rawMeasure, type Layout, type RawGoal, type RawMeasure } from './types';

/** `22 北斗で働く人…`: a big goal number that PDF extraction doubled, before the title. */
const NUMBER_FIRST = /^(\d)\1\s+(.+)$/;
/** `…「まち」をつくる11`: the doubled number after the title. */
const NUMBER_LAST = /^(.+?)\s*(\d)\2$/;
const TARGETS_HEADING = /^【数値目標(\(抜粋\))?】$/;
const MEASURES_HEADING = /^具体的な施策$/;
const LIST_ITEM = /^(\d{1,2})\s*(\D.*)$/;
const EXAMPLE_ITEM = /^◦\s*(.+)$/;

/**
 * Leaflets and one-page summaries: goal titles set in large type (numbers doubled by extraction),
 * `具体的な施策` numbered lists per goal (restarting at 1), `◦` example projects, and
 * `【数値目標】` blocks of the form `名称:187人(令和5年)→200～220人(令和11年)`, in goal order.
 */
export const leaflet: Layout = {
  id: 'leaflet',
  description: 'Leaflet or summary: goal banners, numbered 具体的な施策 lists and 【数値目標】 "名称:現状→目標" blocks.',
  detect(doc) {
    const texts = doc.lines.map(textOf);
    return texts.filter((t) => TARGETS_HEADING.test(t)).length * 3 + texts.filter((t) => /→/.test(t) && /\d/.test(t)).length;
  },
  read(doc) {
    const result = emptyResult();
    const lines = doc.lines;
    const goals = readGoalBanners(lines);
    result.goals.push(...goals);
    const goalAt = (index: number): RawGoal | null => goals[index] ?? null;

    let targetBlock = -1;
    let list = -1;
    let lastNumber = 0;
    let measure: RawMeasure | null = null;
    let inMeasures = false;
    for (let i = 0; i < lines.length; i++) {
      // Bold type came out doubled in places (`◦◦AA` for `◦A`).
      const text = undoubleText(textOf(lines[i]!));
      if (text === '') {
        measure = null;
        continue;
      }
      if (TARGETS_HEADING.test(text)) {
        targetBlock++;
        const statement = collectStatement(lines, i + 1);
        if (!statement) throw new IngestError(doc.file, lines[i]!.n, 'a "名称:現状値→目標値" statement after 【数値目標】');
        const goal = goalAt(targetBlock);
        const parsed = splitStatement(statement.text);
        if (!parsed) throw new IngestError(doc.file, statement.first.n, 'a "名称:現状値→目標値" statement', statement.text);
        result.indicators.push(
          ...statementIndicators(parsed, {
            file: doc.file,
            line: statement.first.n,
            lineEnd: statement.last.n,
            goalKey: goal?.key ?? null,
            measureKey: null,
            level: 'goal',
          }),
        );
        markLines(result.consumed, statement.first.n, statement.last.n);
        i = statement.lastIndex;
        continue;
      }
      if (MEASURES_HEADING.test(text)) {
        inMeasures = true;
        continue;
      }
      const item = LIST_ITEM.exec(text);
      if (item && inMeasures && !NUMBER_FIRST.test(text) && !NUMBER_LAST.test(text)) {
        const number = Number(item[1]);
        if (number === 1 || number <= lastNumber) list++;
        lastNumber = number;
        measure = rawMeasure({ key: `m-${lines[i]!.n}`, goalKey: goalAt(list)?.key ?? null, label: String(number), title: item[2]!.trim(), group: '具体的な施策', line: lines[i]!.n });
        result.measures.push(measure);
        continue;
      }
      const example = EXAMPLE_ITEM.exec(text);
      if (example && list >= 0) {
        measure = rawMeasure({ key: `m-${lines[i]!.n}`, goalKey: goalAt(list)?.key ?? null, title: stripBullet(example[1]!), group: '事業例', line: lines[i]!.n });
        result.measures.push(measure);
        continue;
      }
      if (measure && !isBlank(lines[i]!) && i > 0 && !isBlank(lines[i - 1]!)) {
        // A wrapped list item continues on the next line.
        measure.title += stripBullet(text);
        measure.lineEnd = lines[i]!.n;
      }
    }
    return result;
  },
};

/** Finds goal banners whose big numbers came out doubled (`22 …` or `…11`). */
function readGoalBanners(lines: SourceLine[]): RawGoal[] {
  const goals: RawGoal[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = textOf(lines[i]!);
    const first = NUMBER_FIRST.exec(text);
    const last = first ? null : NUMBER_LAST.exec(text);
    if (!first && !last) continue;
    let start = i;
    let end = i;
    let title: string;
    if (first) {
      title = first[2]!;
      while (end + 1 < lines.length && !isBlank(lines[end + 1]!)) title += textOf(lines[++end]!);
    } else {
      title = last![1]!;
      while (start - 1 >= 0 && !isBlank(lines[start - 1]!)) title = textOf(lines[--start]!) + title;
    }
    const number = Number(first ? first[1] : last![2]);
    if (!/(つくる|する|なる|守る|育む)$/.test(title) && !/[」』]/.test(title)) continue;
    goals.push({
      key: goalKey('basic', number),
      kind: 'basic',
      number,
      label: `基本目標${number}`,
      title,
      subtitle: null,
      line: lines[start]!.n,
      lineEnd: lines[end]!.n,
    });
  }
  return goals.sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
}

/** Joins the lines after a heading into one statement until it has an arrow and a value after it. */
function collectStatement(lines: SourceLine[], from: number) {
  let text = '';
  let first: SourceLine | null = null;
  for (let j = from; j < lines.length && j < from + 6; j++) {
    const t = textOf(lines[j]!);
    if (t === '') continue;
    first ??= lines[j]!;
    text += t;
    if (/[→⇒].*\d/.test(text)) return { text, first, last: lines[j]!, lastIndex: j };
  }
  return null;
}
