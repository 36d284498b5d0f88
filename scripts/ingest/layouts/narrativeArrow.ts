import { IngestError } from '../IngestError';
import type { SourceDoc, SourceLine } from '../read/SourceDoc';
import { splitStatement, splitStatements, stripBullet } from '../structure/splitStatement';
import { statementIndicators } from '../structure/statementIndicators';
import { goalKey, goalKindOf } from './goalKinds';
import { BACK_MATTER, CIRCLED, isNote, markLines, nextNonBlank, textOf } from './shared';
import { emptyResult, rawMeasure, type Layout, type LayoutResult, type RawGoal, type RawMeasure } from './types';

/** `【基本目標1】`, `【横断的な目標2】`, `【最重点基本目標】`, or `基本目標1 title` on one line. */
const GOAL_HEADING = /^(?:【\s*((?:最重点)?基本目標|横断的な目標)\s*(\d+)?\s*】\s*(.*)|((?:最重点)?基本目標|横断的な目標)\s*(\d+)?\s+(\S.*))$/;
/** A table-of-contents line ends with its page number. */
const TOC_LINE = /\t\s*\d+\s*$/;
const NUMERIC_GOALS = /^[■【]?\s*数値目標\s*】?$/;
const DIRECTION = /^\d+\s*基本的方向$/;
const MEASURES = /^\d+\s*主要施策$/;
const MEASURE_HEADING = /^\((\d+)\)\s*(.+)$/;
const DEVELOPMENT = /^施策の展開$/;
const ACTIONS = /^【具体的取組】$/;
const KPI_HEADING = /^[■【]?\s*(重要業績評価指標\s*(\(?\s*KPI\s*\)?)?|KPI|成果指標)\s*】?$/;
const ACTION_ITEM = new RegExp(`^[-\\s]*([${CIRCLED}])\\s*(.+)$`);

type Mode = 'none' | 'goal-targets' | 'direction' | 'measures' | 'development' | 'actions' | 'kpi';

/** Lines of one KPI item (a bullet and its wrapped continuation lines). */
interface Item {
  lines: SourceLine[];
}

/**
 * Narrative strategies: 【基本目標N】 headings, ■ 数値目標 lines, (n) 主要施策 with 施策の展開,
 * 【具体的取組】 ①… actions and 重要業績評価指標(KPI) bullets of the form `名称 ⇒ 現状値(H30) X 目標数値 Y`.
 */
export const narrativeArrow: Layout = {
  id: 'narrative-arrow',
  description: 'Narrative strategy with 【基本目標N】 headings and KPI lines "名称 ⇒ 現状値 … 目標数値 …".',
  detect(doc) {
    const texts = doc.lines.map(textOf);
    const goals = texts.filter((t) => GOAL_HEADING.test(t) && !TOC_LINE.test(t)).length;
    const arrows = texts.filter((t) => /⇒/.test(t) && /目標(数)?値/.test(t)).length;
    return goals * 2 + arrows;
  },
  read(doc) {
    const result = emptyResult();
    const lines = doc.lines;
    let mode: Mode = 'none';
    let goal: RawGoal | null = null;
    let measure: RawMeasure | null = null;
    let items: Item[] = [];

    const flushItems = () => {
      for (const item of items) readKpiItem(doc, item, goal, measure, result);
      items = [];
    };

    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const text = textOf(line);
      if (text === '') continue;
      if (goal !== null && BACK_MATTER.test(text)) {
        flushItems();
        break;
      }
      const heading = TOC_LINE.test(line.text) ? null : GOAL_HEADING.exec(text);
      if (heading) {
        flushItems();
        const word = heading[1] ?? heading[4]!;
        const kind = goalKindOf(word)!.kind;
        const numberText = heading[2] ?? heading[5];
        const number = numberText ? Number(numberText) : null;
        // The title stands on the heading line or, after 【…】, on the next line.
        const inline = (heading[3] ?? heading[6] ?? '').trim();
        const titleAt = inline ? { line, index: i } : nextNonBlank(lines, i + 1);
        if (!titleAt) break;
        const subAt = nextNonBlank(lines, titleAt.index + 1);
        const subtitle = subAt && /^～.*～$/.test(textOf(subAt.line)) ? textOf(subAt.line).replace(/^～\s*|\s*～$/g, '') : null;
        goal = {
          key: goalKey(kind, number),
          kind,
          number,
          label: `${word}${number ?? ''}`,
          title: inline || textOf(titleAt.line),
          subtitle,
          line: line.n,
          ...(subtitle && subAt ? { lineEnd: subAt.line.n } : titleAt.line.n !== line.n ? { lineEnd: titleAt.line.n } : {}),
        };
        result.goals.push(goal);
        measure = null;
        mode = 'none';
        i = subtitle && subAt ? subAt.index : titleAt.index;
        continue;
      }
      if (goal === null) continue;
      if (NUMERIC_GOALS.test(text)) {
        mode = 'goal-targets';
        continue;
      }
      if (DIRECTION.test(text)) {
        mode = 'direction';
        continue;
      }
      if (MEASURES.test(text)) {
        mode = 'measures';
        continue;
      }
      const measureHeading = mode !== 'none' && mode !== 'goal-targets' && mode !== 'direction' ? MEASURE_HEADING.exec(text) : null;
      if (measureHeading) {
        flushItems();
        measure = rawMeasure({ key: `m-${line.n}`, goalKey: goal.key, label: `(${measureHeading[1]})`, title: measureHeading[2]!.trim(), line: line.n });
        result.measures.push(measure);
        mode = 'measures';
        continue;
      }
      if (measure && DEVELOPMENT.test(text)) {
        mode = 'development';
        continue;
      }
      if (measure && ACTIONS.test(text)) {
        mode = 'actions';
        continue;
      }
      if (KPI_HEADING.test(text)) {
        mode = 'kpi';
        continue;
      }
      // Notes (※…) and rules made of dashes (table separators) state nothing.
      if (isNote(text) || !/[\p{L}\p{N}]/u.test(text)) {
        continue;
      }
      switch (mode) {
        case 'goal-targets':
          for (const indicator of statementIndicators(requireStatement(doc, line, text), placeOf(doc, line, line, goal, null))) {
            result.indicators.push(indicator);
          }
          result.consumed.add(line.n);
          break;
        case 'development':
          if (measure) measure.description = joinText(measure.description, text);
          break;
        case 'actions':
          if (measure) readActionLine(measure, line, text);
          break;
        case 'kpi':
          if (items.length === 0 || startsItem(text, items[items.length - 1]!)) items.push({ lines: [line] });
          else items[items.length - 1]!.lines.push(line);
          break;
        default:
          break;
      }
    }
    flushItems();
    return result;
  },
};

/**
 * True when a KPI line opens a new item: it has a bullet, or the item so far is a whole statement
 * and this line does not continue it (`⇒ …`, `現状値 …`, `目標数値 …`).
 */
function startsItem(text: string, current: Item): boolean {
  if (/^[-\s]*・/.test(text)) return true;
  if (/^[-\s]*([⇒→]|現状値|基準値|目標)/.test(text)) return false;
  const sofar = current.lines.map((l) => textOf(l)).join(' ');
  return /[⇒→]|目標(数)?値/.test(sofar);
}

/** Reads one KPI item (possibly several statements on one line) into indicators. */
function readKpiItem(
  doc: SourceDoc,
  item: Item,
  goal: RawGoal | null,
  measure: RawMeasure | null,
  result: LayoutResult,
): void {
  const first = item.lines[0]!;
  const last = item.lines[item.lines.length - 1]!;
  const joined = item.lines.map((l) => stripBullet(textOf(l))).join(' ');
  markLines(result.consumed, first.n, last.n);
  for (const piece of splitStatements(joined)) {
    const statement = requireStatement(doc, first, piece);
    result.indicators.push(...statementIndicators(statement, placeOf(doc, first, last, goal, measure)));
  }
}

/** splitStatement, or an error naming the line. */
function requireStatement(doc: SourceDoc, line: SourceLine, text: string) {
  const statement = splitStatement(text);
  if (statement === null) {
    throw new IngestError(doc.file, line.n, 'an indicator statement "名称 ⇒ 現状値 … 目標数値 …"', text);
  }
  return statement;
}

/** The place of a statement for statementIndicators. */
function placeOf(doc: SourceDoc, first: SourceLine, last: SourceLine, goal: RawGoal | null, measure: RawMeasure | null) {
  return {
    file: doc.file,
    line: first.n,
    lineEnd: last.n,
    goalKey: goal?.key ?? null,
    measureKey: measure?.key ?? null,
    level: measure ? ('measure' as const) : ('goal' as const),
  };
}

/** Adds a ①-item (a new action) or a bullet (a detail of the last action) to a measure. */
function readActionLine(measure: RawMeasure, line: SourceLine, text: string): void {
  const item = ACTION_ITEM.exec(text);
  if (item) {
    measure.actions.push({ text: item[2]!.trim(), details: [], line: line.n });
    return;
  }
  const bullets = text.split(/(?:^|\s)・/).map((b) => stripBullet(b)).filter((b) => b !== '');
  if (bullets.length === 0) return;
  let action = measure.actions[measure.actions.length - 1];
  if (!action) {
    action = { text: measure.title, details: [], line: line.n };
    measure.actions.push(action);
  }
  const startsBullet = /^[-\s]*・/.test(text) || text.includes(' ・');
  if (!startsBullet && action.details.length > 0) {
    action.details[action.details.length - 1] += bullets.join('');
  } else action.details.push(...bullets);
  action.lineEnd = line.n;
}

/** Appends a paragraph to a description. */
function joinText(previous: string | null, text: string): string {
  return previous === null ? text : `${previous}\n${text}`;
}
