import type { IndicatorLevel } from '../../../src/schemas/indicator';
import type { Quirk } from '../../../src/schemas/quirk';
import { IngestError } from '../../../src/core/IngestError';
import type { SourceDoc } from '../read/SourceDoc';
import { splitStatement, splitStatements, stripBullet } from '../structure/splitStatement';
import { statementIndicators } from '../structure/statementIndicators';
import { toRawBaseline, toRawTarget } from '../structure/toRawValues';
import { captionBefore } from './captionBefore';
import { consolidateGoals } from './consolidateGoals';
import { documentEra, withDocumentEra } from './documentEra';
import { flatStatementSpan } from './flatStatementSpan';
import { defaultPeriods, findLegend } from './findLegend';
import { goalKey } from './goalKinds';
import { headingAbove } from './headingAbove';
import { bannerGoals } from './quirks/bannerGoals';
import { goalsByOrder } from './quirks/goalsByOrder';
import { undoubleLines } from './quirks/undoubleLines';
import { readActionLine } from './readActionLine';
import { isColumnRunTable, readColumnRuns } from './readColumnRuns';
import { readCell } from './readCell';
import { readCellColumns } from './readCellColumns';
import { readGluedTable } from './readGluedTable';
import { readHeader, readVerticalHeader } from './readHeader';
import { readInterleavedHeader } from './readInterleavedHeader';
import { CIRCLED, POLICY_LABEL, labelRank, readBlockWord, readGoalHead, readMeasureHead, undecorated, type GoalHead } from './readHeadings';
import { readRepeatedNames } from './readRepeatedNames';
import { readMeasureLabel } from './readMeasureLabel';
import { readSentence } from './readSentence';
import { readQuotedTargetSentence } from './readQuotedTargetSentence';
import { sentenceOpening } from './sentenceOpening';
import { readGluedYearRows } from './readGluedYearRows';
import { readTrailingTargets } from './readTrailingTargets';
import { isSectionLabel } from './sectionLabel';
import { readStackedHeader } from './readStackedHeader';
import { readTargetSentence } from './readTargetSentence';
import { readValuePair } from './readValuePair';
import { readVerticalRecord } from './readVerticalRecord';
import { TableReader, type RowPlace, type TableRow } from './readTableRows';
import { joinName, rowIndicators } from './rowIndicators';
import { rowMeasure } from './rowMeasure';
import { statementItem } from './statementItem';
import { tokenizeDocument, type Token } from './tokenizeDocument';
import { lineIndex, nextLine, nothingBetween } from './tokenLines';
import { emptyResult, rawMeasure, type ExtractResult, type RawGoal, type RawActual, type RawIndicator, type RawMeasure, type RawTarget } from './types';
import {
  ACTION_ENDINGS,
  BACK_MATTER,
  BULLET_START,
  CONTENT_BLOCK_WORDS,
  EXAMPLE_GROUP,
  HEADING_MAX_LENGTH,
  MEASURE_BLOCK_WORDS,
  PLAN_LEVEL_WORDS,
  TOC_LINE,
  VALUE_ROLES,
  WRAP_TAIL_LENGTH,
  WRAPPED_TITLE_LENGTH,
} from './vocabulary';

/** How to read: the quirks a manifest names, and whether a statement that cannot be read stops the ingest. */
export interface ExtractOptions {
  quirks?: readonly Quirk[];
  /** True for a seed's ingest (an error names the file and line, nothing is written); false for `extract`, which lists such lines as skipped. */
  strict?: boolean;
}

/** The outline context every record is read in. */
interface Context {
  goal: RawGoal | null;
  measure: RawMeasure | null;
  /** Level the last block word set (数値目標 → goal, KPI → measure), until the next heading. */
  block: IndicatorLevel | null;
  table: TableReader | null;
  /** Line of the last heading, title or block word: a bullet list right after it may list KPIs. */
  structureLine: number;
  /** What plain lines add: the measure's description (施策の展開) or actions (具体的取組), or measures (具体的な施策 lists). */
  content: 'description' | 'actions' | { list: string } | null;
  /** Title of a numbered heading above the measures (`2.U/Iターン促進事業`), with its label's rank. */
  group: { title: string; rank: number } | null;
}

/**
 * Reads any strategy document into goals, measures and indicators, with no layout: one pass over
 * its tokens with a context {goal, block, measure}; tables read from their header row; statements
 * (`名称 ⇒ 現状値 X 目標値 Y`, `名称：X→Y`, `●名称=X→Y`) and KPI phrases of bullet lists read line by line.
 */
export function extractRecords(source: SourceDoc, { quirks = [], strict = false }: ExtractOptions = {}): ExtractResult {
  const doc = withQuirks(source, quirks);
  const result = emptyResult();
  const tokens = tokenizeDocument(doc);
  const legend = findLegend(doc);
  const era = documentEra(doc);
  const context: Context = { goal: null, measure: null, block: null, table: null, structureLine: 0, content: null, group: null };
  const lineText = (n: number) => doc.lines[n - 1]!.text;

  const place = (): RowPlace => ({
    goalKey: context.goal?.key ?? null,
    measureKey: context.measure?.key ?? null,
    level: context.block ?? (context.measure ? 'measure' : 'goal'),
  });
  const closeTable = () => {
    if (!context.table) return;
    if (context.table.header.kind === 'measures') {
      for (const row of context.table.close()) result.measures.push(rowMeasure(row, context.table.header, measureKey(row.name[0]!.line)));
      context.table = null;
      return;
    }
    const rows = context.table.close();
    for (const { tokens: words, place: at } of context.table.prose) {
      const measure = result.measures.find((m) => m.key === at.measureKey);
      if (measure) measure.description = (measure.description ?? '') + joinName(words);
    }
    for (const row of rows) {
      if (row.title && row.title.length > 0) {
        const group = context.table.header.columns.find((c) => c.role === 'title')?.label.replace(/名$/, '') ?? null;
        row.place = { ...row.place, measureKey: titleMeasure(row, group).key };
      }
      pushRow(row);
    }
    context.table = null;
  };
  /** The indicators of a table row (an error skips the row, or stops a strict ingest). */
  const pushRow = (row: TableRow) => {
    try {
      const measure = result.measures.find((m) => m.key === row.place.measureKey);
      result.indicators.push(...rowIndicators(doc.file, row, legend, measure?.title ?? null));
    } catch (error) {
      if (!(error instanceof IngestError) || strict) throw error;
      result.skipped.push({ line: (row.name[0] ?? row.cells[0]!.token).line, reason: error.message });
    }
  };

  const headed = headedGoals(tokens);
  /** The document heads goals with a goal word somewhere (`基本目標2`, `・基本目標３ …`). */
  const worded = tokens.some((t, k) => t.lineStart && readGoalHead(tokens, skipMarkers(tokens, k) === -1 ? k : skipMarkers(tokens, k), true) !== null);
  /** Bullets that opened statements (`●`): a phrase with the same bullet is a KPI of the same list. */
  const statementBullets = new Set<string>();
  /** The measure an evaluation sheet names in its 施策名 cell (readMeasureLabel): the sheet's subject. */
  let sheetMeasure: RawMeasure | null = null;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const structural = token.lineStart || token.flattened;
    if (token.lineStart && !token.flattened) {
      const text = lineText(token.line).trim();
      if (context.goal && BACK_MATTER.test(text)) break;
      if (TOC_LINE.test(text) && !context.table) {
        i = nextLine(tokens, i);
        continue;
      }
      const yearRows = context.table ? null : readGluedYearRowsAt(i);
      if (yearRows !== null) {
        i = yearRows;
        continue;
      }
      const trailing = context.table ? null : readTrailingTargetsAt(i);
      if (trailing !== null) {
        i = trailing;
        continue;
      }
      // `成果指標設定の考え方`: an evaluation sheet's explanation follows, no indicator; the table above ends.
      if (isSectionLabel(text)) {
        closeTable();
        context.structureLine = token.line;
        i = nextLine(tokens, i);
        continue;
      }
      // A heading alone on its line, decorated or numbered: `■ 数値目標`, `1 基本的方向`, `【具体的取組】`.
      const heading = undecorated(text.replace(/^\d+\s+/, '').replace(/^[■□◆◇]\s*/, ''));
      const content = CONTENT_BLOCK_WORDS.find(([word]) => word === heading);
      const lineBlock = readBlockWord(heading);
      if (content || lineBlock) {
        closeTable();
        result.consumed.add(token.line);
        context.content = contentOf(content);
        if (lineBlock) {
          context.block = lineBlock;
          if (lineBlock === 'goal') context.measure = null;
          if (PLAN_LEVEL_WORDS.includes(heading)) context.goal = null;
        }
        context.structureLine = token.line;
        i = nextLine(tokens, i);
        if (lineBlock === 'goal') i = readTargetSentenceAt(i) ?? i;
        continue;
      }
    }
    if (token.lineStart && token.flattened && !context.table) {
      const next = readGluedAt(i);
      if (next !== null) {
        i = next;
        continue;
      }
    }
    const labelled = readMeasureLabel(tokens, i);
    if (labelled) {
      closeTable();
      setMeasure(labelled.title, null, labelled.line);
      sheetMeasure = context.measure;
      context.block = null;
      context.structureLine = labelled.line;
      result.consumed.add(labelled.line);
      i = labelled.end;
      continue;
    }
    if (structural) {
      const interleaved = readHeader(tokens, i) ? null : readInterleavedHeader(tokens, i);
      const header = readHeader(tokens, i) ?? readVerticalHeader(tokens, i) ?? interleaved?.header ?? readStackedHeader(tokens, i);
      if (header && token.flattened && !interleaved) {
        // The page's table printed by columns ends where a header mixed with its first row opens the next one.
        let end = nextLine(tokens, i);
        for (let k = header.end; k < end; k++) {
          if (!readInterleavedHeader(tokens, k)) continue;
          end = k;
          break;
        }
        if (isColumnRunTable(tokens, header.end, end)) {
          closeTable();
          readColumnRunsAt(header, end);
          i = end;
          continue;
        }
      }
      if (!header && token.flattened) {
        const next = readRepeatedNamesAt(i);
        if (next !== null) {
          i = next;
          continue;
        }
      }
      const record = header ? null : readVerticalRecord(tokens, i);
      if (record) {
        closeTable();
        if (record.header.level) context.block = record.header.level;
        pushRow({ ...record.row, place: place() });
        result.consumed.add(record.header.line);
        context.structureLine = record.header.line;
        i = record.end;
        continue;
      }
      if (header) {
        closeTable();
        const caption = captionBefore(doc, tokens, i);
        if (caption && !context.table) setMeasure(caption.text, null, caption.line);
        context.table = new TableReader(withDocumentEra(header, era));
        for (const k of interleaved?.firstRow ?? []) context.table.push(tokens, k, place());
        context.content = null;
        result.consumed.add(header.line);
        if (header.level) context.block = header.level;
        // 全体目標指標: targets of the whole plan, under no goal.
        if (header.columns.some((c) => c.role === 'name' && PLAN_LEVEL_WORDS.includes(c.label))) [context.goal, context.measure] = [null, null];
        context.structureLine = header.line;
        i = header.end;
        continue;
      }
      if (token.flattened && !context.table) {
        const next = readFlatStatements(i);
        if (next !== null) {
          i = next;
          continue;
        }
      }
      // Under a sheet's labelled measure, `2.<指標の設定>` numbers a section of the sheet, no goal.
      if (sheetMeasure && context.measure === sheetMeasure && dottedGoalHead(i)) {
        result.consumed.add(token.line);
        i = nextLine(tokens, i);
        continue;
      }
      const goalHead = readGoalHead(tokens, i) ?? dottedGoalHead(i);
      if (goalHead && !(token.flattened && !token.lineStart && goalHead.word === '')) {
        i = readGoal(i, goalHead);
        continue;
      }
      // `・基本目標2 …` heads its goal when no plain heading does; else it lists goals (an overview).
      const at = token.lineStart && !token.flattened ? skipMarkers(tokens, i) : -1;
      const bulleted = at === -1 ? null : readGoalHead(tokens, at, true);
      if (bulleted && !headed.has(goalKey(bulleted.kind, bulleted.number))) {
        i = readGoal(at, bulleted);
        continue;
      }
      const block = readBlockWord(token.text);
      if (block && (token.flattened || token.lineEnd)) {
        closeTable();
        context.block = block;
        context.content = null;
        if (block === 'goal') context.measure = null;
        context.structureLine = token.line;
        result.consumed.add(token.line);
        i++;
        if (block === 'goal') i = readTargetSentenceAt(i) ?? i;
        continue;
      }
      const measureHead = readMeasureHead(tokens, i);
      const action = context.content === 'actions' && context.measure && CIRCLED.includes(measureHead?.label ?? '-');
      const inName = context.table?.readingName ?? false;
      const underGoal = context.goal !== null || (measureHead !== null && isPolicyLabel(measureHead.label));
      if (measureHead && !action && !inName && underGoal && !(context.table && !token.flattened && !token.lineStart)) {
        // `(2)具体的な施策と重要業績評価指標(KPI)`, `⑴ 基本的方向`: a numbered block word, not a measure.
        const block = readBlockWord(measureHead.title);
        const content = CONTENT_BLOCK_WORDS.find(([word]) => word === undecorated(measureHead.title));
        if (block || content) {
          if (block) context.block = block;
          context.content = contentOf(content);
          result.consumed.add(token.line);
        } else if (context.block === 'goal' && labelsGoalRows(token.line)) {
          // `成果指標` / `①健康寿命の延伸` / rows: the label of a group of the goal's indicators, not a measure.
          result.consumed.add(token.line);
        } else {
          openMeasure(measureHead.title, measureHead.label, token.line);
          context.block = context.block === 'measure' ? 'measure' : null;
          context.content = null;
        }
        context.structureLine = token.line;
        i += measureHead.used;
        continue;
      }
      // A decorated line heads what follows, unless it states a KPI itself (`◇新規創業者数 現状値 5件 目標値 20件`).
      if (token.lineStart && !token.flattened && /^[■□◆◇【]/.test(token.text) && !BULLET_START.test(stripDecoration(token.text)) && !statementItem(doc, token.line)) {
        closeTable();
        context.structureLine = token.line;
        i = nextLine(tokens, i);
        continue;
      }
    }
    if (token.lineStart && context.content !== null && typeof context.content === 'object') {
      readListLine(token, context.content.list);
      i = nextLine(tokens, i);
      continue;
    }
    if (token.lineStart && context.content && context.measure) {
      const text = lineText(token.line).trim();
      // Notes (`※Society5.0 : …`) and rules of dashes state nothing of the measure.
      if (/^[-\s]*※/.test(text) || !/[\p{L}\p{N}]/u.test(text)) {
        i = nextLine(tokens, i);
        continue;
      }
      if (context.content === 'actions') readActionLine(context.measure, token.line, text);
      else context.measure.description = context.measure.description === null ? text : `${context.measure.description}\n${text}`;
      i = nextLine(tokens, i);
      continue;
    }
    if (token.lineStart && token.line === legend?.line) {
      i = nextLine(tokens, i);
      continue;
    }
    if (token.lineStart && !token.flattened) {
      const read = readStatementAt(i);
      if (read !== null) {
        i = read;
        continue;
      }
    }
    if (context.table) {
      i = context.table.push(tokens, i, place());
      continue;
    }
    i++;
  }
  closeTable();
  // A numbered section (`5.広域連携事業`) with nothing read under it is a heading, not a measure.
  result.measures = result.measures.filter((m) => !(m.label && labelRank(m.label) === 1 && isEmptyMeasure(m)));
  consolidateGoals(result);
  if (quirks.includes('goals-by-order')) goalsByOrder(doc, result);
  // Every line a record came from is read, for the coverage report.
  for (const record of [...result.indicators, ...result.goals, ...result.measures]) {
    const first = 'lineStart' in record && record.lineStart !== undefined ? record.lineStart : record.line;
    for (let n = first; n <= (record.lineEnd ?? record.line); n++) result.consumed.add(n);
  }
  return result;

  /** Reads a goal heading and its title; returns the next token index. */
  function readGoal(i: number, head: NonNullable<ReturnType<typeof readGoalHead>>): number {
    const token = tokens[i]!;
    let j = i + head.used;
    const words: Token[] = [];
    while (j < tokens.length && tokens[j]!.line === token.line && !isMarker(j) && (!token.flattened || words.length < 3)) {
      if (!TOC_PAGE.test(tokens[j]!.text) || !tokens[j]!.lineEnd) words.push(tokens[j]!);
      j++;
    }
    let title = [head.inlineTitle, joinName(words)].filter((t) => t !== '').join(' ');
    let lineEnd = token.line;
    if (title === '' && j < tokens.length && tokens[j]!.lineStart && !isMarker(j)) {
      const next = lineText(tokens[j]!.line).trim();
      if (next.length <= HEADING_MAX_LENGTH) {
        title = next;
        lineEnd = tokens[j]!.line;
        j = nextLine(tokens, j);
      }
    }
    // A title as long as a page's width wraps onto the next text line (blank lines may stand between).
    if (!token.flattened && title.length >= WRAPPED_TITLE_LENGTH && j < tokens.length && tokens[j]!.lineStart && !isMarker(j)) {
      const next = lineText(tokens[j]!.line).trim();
      if (next.length <= WRAP_TAIL_LENGTH && !/。/.test(next)) {
        title += next;
        lineEnd = tokens[j]!.line;
        j = nextLine(tokens, j);
      }
    }
    let subtitle: string | null = null;
    if (j < tokens.length && tokens[j]!.lineStart && /^～.*～$/.test(lineText(tokens[j]!.line).trim())) {
      subtitle = lineText(tokens[j]!.line).trim().replace(/^～\s*|\s*～$/g, '');
      lineEnd = tokens[j]!.line;
      j = nextLine(tokens, j);
    }
    const subtitleInTitle = /^(.*?)\s*～\s*(.+?)\s*～$/.exec(title);
    if (subtitleInTitle) [title, subtitle] = [subtitleInTitle[1]!, subtitleInTitle[2]!];
    // A vertical heading (`横断的な目標` / `1`) gives its number as the next line.
    let number = head.number;
    if (number === null && /^\d+$/.test(title)) [number, title] = [Number(title), ''];
    const label = `${head.word}${number ?? ''}`;
    let key = goalKey(head.kind, number);
    const same = result.goals.find((g) => g.key === key);
    if (same && same === context.goal && same.title === title && context.table?.header.tabbed) {
      // The heading of the goal being read, repeated at the top of a page: a TAB table goes on below it.
      return j;
    }
    closeTable();
    if (same && (same.title === title || title === '')) {
      context.goal = same;
    } else {
      if (same) key = `${key}-L${token.line}`;
      context.goal = { key, kind: head.kind, number, label: label || title, title: title || label, subtitle, line: token.line, ...(lineEnd !== token.line ? { lineEnd } : {}) };
      result.goals.push(context.goal);
    }
    context.measure = null;
    context.block = null;
    context.content = null;
    context.group = null;
    context.structureLine = lineEnd;
    return j;
  }

  /**
   * `1.競争力のある産業振興による活力あるまちづくり` alone on its line heads a goal in a document whose
   * goals have no goal word (基本目標…), when no goal is open or the open one was headed the same way:
   * the `(1)` and `①` headings below it are its measures.
   */
  function dottedGoalHead(i: number): GoalHead | null {
    const token = tokens[i]!;
    if (worded || !token.lineStart || token.flattened || context.table || (context.goal && !/^\d+$/.test(context.goal.label))) return null;
    const head = readMeasureHead(tokens, i);
    if (!head || labelRank(head.label) !== 1) return null;
    return { kind: 'basic', word: '', number: Number.parseInt(head.label, 10), inlineTitle: head.title, used: head.used };
  }

  /** A measure key unique in the document: `m-<line>`, with `-<n>` for a second measure on a line. */
  function measureKey(line: number): string {
    const taken = (key: string) => result.measures.some((m) => m.key === key);
    let key = `m-${line}`;
    for (let n = 2; taken(key); n++) key = `m-${line}-${n}`;
    return key;
  }

  /**
   * Opens a measure under a numbered heading. A heading of a higher rank (`2.`) with nothing read
   * under it when a lower one (`①`) follows is the group of the measures below it, not a measure.
   */
  function openMeasure(title: string, label: string, line: number): void {
    const rank = labelRank(label);
    const previous = context.measure;
    if (previous?.label && labelRank(previous.label) < rank && isEmptyMeasure(previous)) {
      result.measures.splice(result.measures.indexOf(previous), 1);
      context.group = { title: previous.title, rank: labelRank(previous.label) };
    } else if (context.group && rank <= context.group.rank) context.group = null;
    setMeasure(title, label, line);
    if (context.group) context.measure!.group = context.group.title;
  }

  /**
   * The measure a row's title cell names (`4-1 豊かな住環境の整備` → label 4-1), made on first mention
   * under a goal, grouped under the column's label (`後期基本計画の施策・基本事業名` → `…基本事業`).
   */
  function titleMeasure(row: TableRow, group: string | null): RawMeasure {
    const words = row.title!;
    const goal = row.place.goalKey;
    const text = joinName(words);
    const code = /^(\d+(?:-\d+)+)\s*(.+)$/.exec(text);
    const [label, title] = code ? [code[1]!, code[2]!] : [null, text];
    const known = result.measures.find((m) => m.goalKey === goal && m.label === label && m.title === title);
    if (known) return known;
    const line = Math.min(row.name[0]?.line ?? words[0]!.line, words[0]!.line);
    const lineEnd = words[words.length - 1]!.line;
    // A policy number names the measure across the document (`p-4-1`), as the document does.
    const key = label && !result.measures.some((m) => m.key === `p-${label}`) ? `p-${label}` : measureKey(line);
    const measure = rawMeasure({ key, goalKey: goal, title, label, group, line, ...(lineEnd !== line ? { lineEnd } : {}) });
    result.measures.push(measure);
    return measure;
  }

  /** True when nothing has been read under a measure yet. */
  function isEmptyMeasure(measure: RawMeasure): boolean {
    return measure.actions.length === 0 && measure.description === null && !result.indicators.some((i) => i.measureKey === measure.key);
  }

  /**
   * Reads a line of a 具体的な施策 list: `1出会いや結婚を望む方の後押し` opens a measure, a bullet an
   * example project, and a line right under either goes on with its title.
   */
  function readListLine(token: Token, group: string): void {
    const text = lineText(token.line).trim();
    const numbered = /^(\d{1,2})\s*(\D.*)$/.exec(text);
    const last = result.measures[result.measures.length - 1];
    if (numbered) {
      setMeasure(numbered[2]!.trim(), numbered[1]!, token.line);
      context.measure!.group = group;
    } else if (BULLET_START.test(text)) {
      setMeasure(stripBullet(text), null, token.line);
      context.measure!.group = EXAMPLE_GROUP;
    } else if (!token.blankBefore && last && context.measure === last && (last.lineEnd ?? last.line) === token.line - 1) {
      last.title += stripBullet(text);
      last.lineEnd = token.line;
    }
  }

  /** Opens a measure under the current goal. */
  function setMeasure(title: string, label: string | null, line: number): void {
    const key = measureKey(line);
    context.measure = rawMeasure({ key, goalKey: context.goal?.key ?? null, title, label, line });
    result.measures.push(context.measure);
  }

  /**
   * True when a numbered heading at line n stands right under a goal block word alone on its line (only blank lines
   * or a parenthesised note such as a wrapped header cell's `(ターゲット)` between) and rows, not a
   * measure's prose, follow it: the next text line holds no sentence.
   */
  function labelsGoalRows(n: number): boolean {
    const text = (k: number) => lineText(k).trim();
    if (context.structureLine === 0 || readBlockWord(text(context.structureLine)) !== 'goal') return false;
    for (let k = context.structureLine + 1; k < n; k++) if (text(k) !== '' && !PARENTHESISED_NOTE.test(text(k))) return false;
    let next = n + 1;
    while (next <= doc.lines.length && text(next) === '') next++;
    return next <= doc.lines.length && !/。/.test(text(next));
  }

  /** True when tokens[j] opens structure (a header, heading, block word or measure heading). */
  function isMarker(j: number): boolean {
    const t = tokens[j]!;
    return (
      readHeader(tokens, j) !== null ||
      readGoalHead(tokens, j) !== null ||
      readBlockWord(t.text) !== null ||
      readMeasureHead(tokens, j) !== null ||
      flatStatementSpan(tokens, j, false) !== null ||
      /^[【●■]/.test(t.text)
    );
  }

  /**
   * Reads the statement or the KPI bullet list that starts at the line of tokens[i]; returns the
   * index after it, or null when the line is neither.
   */
  function readStatementAt(i: number): number | null {
    const first = tokens[i]!.line;
    const item = statementItem(doc, first);
    if (item) {
      // `【KPI】観光客数：40万人→50万人`: a bracketed block word before the statement sets its level.
      const label = BRACKETED_LABEL.exec(item.text);
      const labelBlock = label ? readBlockWord(label[0]) : null;
      if (labelBlock) [context.block, item.text] = [labelBlock, item.text.slice(label![0].length)];
      const statements = splitStatements(item.text).map(splitStatement);
      if (statements.every((s) => s && s.target && s.name.length <= 80)) {
        if (BULLET_START.test(item.text)) statementBullets.add(bulletOf(item.text));
        openHeadingAbove(first);
        try {
          for (const statement of statements) {
            result.indicators.push(
              ...statementIndicators(statement!, { file: doc.file, line: first, lineEnd: item.end, ...place(), ...defaultPeriods(legend) }),
            );
          }
          for (let n = first; n <= item.end; n++) result.consumed.add(n);
          return lineIndex(tokens, item.end + 1);
        } catch (error) {
          if (!(error instanceof IngestError) || strict) throw error;
          result.skipped.push({ line: first, reason: error.message });
        }
      }
    }
    return readBulletList(i) ?? readGoalPhrases(i) ?? readPairAt(i) ?? readQuotedSentenceAt(i);
  }

  /** Reads a KPI stated in prose about a quoted name (readQuotedTargetSentence); returns the index after its line, or null. */
  function readQuotedSentenceAt(j: number): number | null {
    const line = tokens[j]!.line;
    const read = context.table ? null : readQuotedTargetSentence(lineText(line), sentenceOpening(doc.lines, line));
    if (!read) return null;
    // With no block word read, a page that speaks of its KPI (`…に掲げられたKPIについて`) quotes measure-level ones.
    const named = context.block === null && !context.measure && doc.lines.slice(0, line - 1).some((l) => MEASURE_BLOCK_WORDS.some((w) => l.text.includes(w)));
    try {
      result.indicators.push(...statementIndicators(read, { file: doc.file, line, ...place(), ...(named ? { level: 'measure' as const } : {}) }));
    } catch (error) {
      if (!(error instanceof IngestError) || strict) throw error;
      result.skipped.push({ line, reason: error.message });
      return null;
    }
    result.consumed.add(line);
    return nextLine(tokens, j);
  }

  /**
   * Reads a table printed one cell per line from a name line, outside any table: names after their
   * values (readCellColumns), else a name and its two values (readValuePair); returns the index after it, or null.
   */
  function readPairAt(i: number): number | null {
    if (context.table) return null;
    const first = tokens[i]!.line;
    const columns = readCellColumns(doc, first);
    const pair = columns ? null : readValuePair(doc, first);
    const read = columns ?? (pair ? { rows: [{ ...pair, line: first, lineEnd: pair.end }], lines: lineRange(first, pair.end), end: pair.end } : null);
    if (!read) return null;
    for (const row of read.rows) {
      try {
        const span = { ...(row.lineEnd !== row.line ? { lineEnd: row.lineEnd } : {}), ...('lineStart' in row && row.lineStart !== undefined ? { lineStart: row.lineStart } : {}) };
        result.indicators.push(...statementIndicators(row, { file: doc.file, line: row.line, ...span, ...place(), ...defaultPeriods(legend) }));
      } catch (error) {
        if (!(error instanceof IngestError) || strict) throw error;
        result.skipped.push({ line: row.line, reason: error.message });
      }
    }
    for (const n of read.lines) result.consumed.add(n);
    return lineIndex(tokens, read.end + 1);
  }

  /**
   * A plain heading right above a statement (headingAbove) heads it: a measure when it names an
   * action (`地域産業の活性化を支援`) or stands under a labelled goal, else a goal of its own (an
   * outcome, `市民が安全に暮らせるまちになる`).
   */
  function openHeadingAbove(first: number): void {
    const heading = headingAbove(doc, first, context.structureLine);
    if (!heading || result.consumed.has(heading.line)) return;
    const span = heading.lineEnd !== heading.line ? { lineEnd: heading.lineEnd } : {};
    const aim = context.goal === null || context.goal.number === null;
    if (ACTION_ENDINGS.some((w) => heading.title.endsWith(w)) || !aim) {
      setMeasure(heading.title, null, heading.line);
      Object.assign(context.measure!, span);
    } else {
      const taken = result.goals.some((g) => g.key === 'basic');
      context.goal = { key: taken ? `basic-L${heading.line}` : 'basic', kind: 'basic', number: null, label: heading.title, title: heading.title, subtitle: null, line: heading.line, ...span };
      result.goals.push(context.goal);
      context.measure = null;
    }
    context.block = null;
    context.structureLine = heading.lineEnd;
  }

  /**
   * Reads the `①名称:X→Y` statements that follow each other on a flattened page (flatStatementSpan);
   * returns the index after the last, or null when none starts at tokens[i].
   */
  function readFlatStatements(i: number): number | null {
    let at = i;
    for (let span = flatStatementSpan(tokens, at, false); span; span = flatStatementSpan(tokens, at, true)) {
      const statement = splitStatement(span.text);
      if (!statement?.target) break;
      try {
        result.indicators.push(...statementIndicators(statement, { file: doc.file, line: tokens[at]!.line, ...place(), ...defaultPeriods(legend) }));
      } catch (error) {
        if (!(error instanceof IngestError) || strict) throw error;
        result.skipped.push({ line: tokens[at]!.line, reason: error.message });
      }
      at = span.end;
    }
    return at === i ? null : at;
  }

  /**
   * Reads a flattened page whose table cells are glued with no separator (readGluedTable), when
   * none of its words opens a header of their own; returns the index after the line, or null.
   */
  function readGluedAt(i: number): number | null {
    const end = nextLine(tokens, i);
    for (let j = i; j < end; j++) if (readHeader(tokens, j)) return null;
    const table = readGluedTable(lineText(tokens[i]!.line));
    if (!table || table.rows.length === 0) return null;
    const values = table.columns.filter((c) => VALUE_ROLES.has(c.role));
    const at = (role: string) => values.findIndex((c) => c.role === role);
    const line = tokens[i]!.line;
    for (const row of table.rows) {
      const baseline = at('baseline') === -1 ? null : row.values[at('baseline')]!;
      const target = row.values[at('target')]!;
      const where = { file: doc.file, line, ...place(), ...(table.measureColumn ? { level: 'measure' as const } : {}) };
      const periods = defaultPeriods(legend, values[at('baseline')]?.period, values[at('target')]!.period);
      try {
        result.indicators.push(...statementIndicators({ name: row.name, baseline, target }, { ...where, ...periods }));
      } catch (error) {
        if (!(error instanceof IngestError) || strict) throw error;
        result.skipped.push({ line, reason: error.message });
      }
    }
    result.consumed.add(line);
    return end;
  }

  /**
   * Reads the sentence right after a goal block word when it states a target (readTargetSentence:
   * `《数値目標》 5年間で 100 人の雇用の創出を図ります。`); returns the index after it, or null.
   */
  function readTargetSentenceAt(j: number): number | null {
    const first = tokens[j];
    if (!first) return null;
    let k = j;
    while (k < tokens.length && tokens[k]!.line === first.line && k - j < SENTENCE_WORDS) {
      k++;
      if (tokens[k - 1]!.text.includes('。')) break;
    }
    const words = tokens.slice(j, k);
    const last = words[words.length - 1]!;
    if (!last.text.includes('。') && !last.lineEnd) return null;
    const sentence = readTargetSentence(words.map((t) => t.text).join(' '));
    if (!sentence) return null;
    result.indicators.push({ ...place(), name: sentence.name, baseline: null, target: sentence.target, line: first.line });
    result.consumed.add(first.line);
    return k;
  }

  /**
   * Reads the numbered indicators of an evaluation sheet whose last years' targets stand after its
   * year table (readTrailingTargets); returns the index after them, or null.
   */
  function readTrailingTargetsAt(j: number): number | null {
    const read = readTrailingTargets(doc, tokens[j]!.line);
    if (!read) return null;
    for (const row of read.rows) {
      const target = era ? row.target.replace(/\((\d{1,2}年度?)\)$/, `(${era}$1)`) : row.target;
      try {
        result.indicators.push(...statementIndicators({ name: row.name, baseline: null, target }, { file: doc.file, line: row.line, lineEnd: row.valueLines[row.valueLines.length - 1]!, ...place() }));
      } catch (error) {
        if (!(error instanceof IngestError) || strict) throw error;
        result.skipped.push({ line: row.line, reason: error.message });
      }
      for (const n of row.valueLines) result.consumed.add(n);
    }
    return lineIndex(tokens, read.end + 1);
  }

  /** Reads an indicator whose 目標 and 実績 rows are glued under a year header (readGluedYearRows); returns the index after it, or null. */
  function readGluedYearRowsAt(j: number): number | null {
    const first = tokens[j]!.line;
    const read = readGluedYearRows(doc, first);
    if (!read) return null;
    openActionHeadingAbove(first);
    try {
      const [indicator] = statementIndicators({ name: read.name, baseline: null, target: read.target }, { file: doc.file, line: first, lineEnd: read.end, ...place() });
      const actuals = read.actuals.map((a): RawActual => {
        const value = toRawBaseline(a.text);
        return { value: value?.value ?? null, text: a.text.replace(/\(.*\)$/, ''), period: value?.period ?? null, fiscalYear: value?.fiscalYear ?? null, line: a.line };
      });
      if (indicator) result.indicators.push(actuals.length > 0 ? { ...indicator, actuals } : indicator);
    } catch (error) {
      if (!(error instanceof IngestError) || strict) throw error;
      result.skipped.push({ line: first, reason: error.message });
    }
    return lineIndex(tokens, read.end + 1);
  }

  /**
   * The nearest heading above line n, back to the last line read, that names an action
   * (`環境負荷低減活動の推進`, ACTION_ENDINGS) opens a measure, as a heading right above a statement does.
   */
  function openActionHeadingAbove(n: number): void {
    for (let k = n - 1; k > 0 && !result.consumed.has(k) && k > context.structureLine; k--) {
      const text = lineText(k).trim();
      if (text === '' || text.length > HEADING_MAX_LENGTH || /[。、]/.test(text) || !ACTION_ENDINGS.some((w) => text.endsWith(w))) continue;
      if (context.measure?.line !== k) setMeasure(text, null, k);
      context.block = null;
      return;
    }
  }

  /** Reads a table whose value columns repeat the name (readRepeatedNames) on a flattened page; returns the index after it, or null. */
  function readRepeatedNamesAt(i: number): number | null {
    const table = readRepeatedNames(tokens, i, nextLine(tokens, i));
    if (!table) return null;
    closeTable();
    const valueColumns = table.header.columns;
    for (const row of table.rows) {
      const cells = row.values.map((token, k) => ({ column: valueColumns[k]!, token, cell: readCell(token.text) }));
      pushRow({ name: row.name, cells, place: place(), label: null });
    }
    result.consumed.add(table.header.line);
    context.structureLine = table.header.line;
    return table.end;
  }

  /** Reads a table printed column by column (readColumnRuns) from its header to the end of its flattened page. */
  function readColumnRunsAt(header: NonNullable<ReturnType<typeof readHeader>>, end: number): void {
    const table = readColumnRuns(tokens, header.end, end, header);
    const measures = table.sections.map((section) => {
      if (section.head) openMeasure(section.head.title, section.head.label, section.line);
      return context.measure;
    });
    for (const { section, row } of table.rows) {
      const measure = measures[section] ?? null;
      pushRow({ ...row, place: { goalKey: context.goal?.key ?? null, measureKey: measure?.key ?? null, level: context.block ?? (measure ? 'measure' : 'goal') } });
    }
    if (strict && table.unmatched.length > 0) throw new IngestError(doc.file, table.unmatched[0]!.line, table.unmatched[0]!.reason);
    result.skipped.push(...table.unmatched);
    result.consumed.add(header.line);
  }

  /**
   * Lines right under a goal heading that each give a name, a space and a phrase stating a quantity
   * (`観光入込客 年間100万人の確保`): the goal's targets, as a bullet list's items are.
   */
  function readGoalPhrases(i: number): number | null {
    const first = tokens[i]!.line;
    const goal = context.goal;
    if (context.table || !goal || context.measure || (goal.lineEnd ?? goal.line) !== context.structureLine || !nothingBetween(doc, context.structureLine, first)) return null;
    const read: { line: number; name: string; target: RawTarget }[] = [];
    for (let n = first; n <= doc.lines.length; n++) {
      const phrase = NAMED_PHRASE.exec(lineText(n).trim());
      if (!phrase || /。/.test(phrase[2]!) || phrase[0].length > HEADING_MAX_LENGTH) break;
      const sentence = readSentence(phrase[2]!);
      if (sentence.target.value === null || !/^[^のをにへとがは]{1,6}$/.test(sentence.target.unit)) break;
      read.push({ line: n, name: phrase[1]!, target: sentence.target });
    }
    if (read.length === 0) return null;
    for (const r of read) {
      result.indicators.push({ ...place(), name: r.name, baseline: null, target: r.target, line: r.line });
      result.consumed.add(r.line);
    }
    return lineIndex(tokens, read[read.length - 1]!.line + 1);
  }

  /** A list of KPI phrases right under a heading or block word (`・UIJターン数(350人/年)`). */
  function readBulletList(i: number): number | null {
    const first = tokens[i]!.line;
    if (context.table || !BULLET_START.test(lineText(first))) return null;
    // A list right under a heading or block word, or an item with the bullet the statements use (`●…の向上`).
    const sibling = statementBullets.has(bulletOf(lineText(first)));
    if (!nothingBetween(doc, context.structureLine, first) && !sibling) return null;
    const items: { line: number; text: string }[] = [];
    for (let n = first; n <= doc.lines.length && BULLET_START.test(lineText(n)); n++) items.push({ line: n, text: stripBullet(lineText(n).trim().replace(/\s*\|$/, '')) });
    const phrases = items.filter((it) => it.text.length <= HEADING_MAX_LENGTH && !/。/.test(it.text) && it.text.length > 1);
    const read = phrases.map((p) => ({ ...p, sentence: readSentence(p.text) }));
    if (!read.some((r) => r.sentence.target.kind !== 'qualitative')) return null;
    if (sibling) openHeadingAbove(first);
    for (const r of read) {
      if (r.sentence.name === '') continue;
      const dated = legend?.target && r.sentence.target.period === null ? toRawTarget(`0(${legend.target})`) : null;
      const target = dated ? { ...r.sentence.target, period: dated.period, fiscalYear: dated.fiscalYear } : r.sentence.target;
      const indicator: RawIndicator = { ...place(), name: r.sentence.name, baseline: null, target, line: r.line };
      result.indicators.push(indicator);
      result.consumed.add(r.line);
    }
    return lineIndex(tokens, items[items.length - 1]!.line + 1);
  }
}


/** The document after the pre-passes its quirks name (its raw lines are never changed). */
function withQuirks(doc: SourceDoc, quirks: readonly Quirk[]): SourceDoc {
  let read = doc;
  if (quirks.includes('doubled-text')) read = undoubleLines(read);
  if (quirks.includes('banner-goals')) read = bannerGoals(read);
  return read;
}

/** The content mode a content block word opens. */
function contentOf(entry: (typeof CONTENT_BLOCK_WORDS)[number] | undefined): Context['content'] {
  if (!entry || entry[1] === 'none') return null;
  return entry[1] === 'measure-list' ? { list: entry[0] } : entry[1];
}

/** The bullet character that opens a list item (`- ・…` → `・`). */
function bulletOf(text: string): string {
  return text.replace(/^[-\s]+/, '')[0] ?? '';
}

/** Keys of the goals that have a heading without a bullet somewhere in the document. */
function headedGoals(tokens: Token[]): Set<string> {
  const keys = new Set<string>();
  tokens.forEach((token, i) => {
    const head = token.lineStart ? readGoalHead(tokens, i) : null;
    if (head) keys.add(goalKey(head.kind, head.number));
  });
  return keys;
}

/** Index of the first token of the line at i that is more than a list marker (`-`, `・`), or -1 when it starts no list item. */
function skipMarkers(tokens: Token[], i: number): number {
  if (!BULLET_START.test(tokens[i]!.text)) return -1;
  let j = i;
  while (j + 1 < tokens.length && tokens[j + 1]!.line === tokens[i]!.line && /^[-・•]+$/.test(tokens[j]!.text)) j++;
  return j;
}

/** The line numbers from a to b: (3, 5) → [3, 4, 5]. */
function lineRange(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, k) => a + k);
}

/** True for a policy number (`1-1`), which heads a measure under no goal heading. */
function isPolicyLabel(label: string): boolean {
  return new RegExp(`^${POLICY_LABEL.source}$`).test(label);
}

/** A name, a space and a phrase: `観光入込客 年間100万人の確保`. */
const NAMED_PHRASE = /^([^\s\d。、]{2,20})\s+(\S.*)$/;

/** A bracketed word that opens a line (`【KPI】`, `<数値目標>`). */
const BRACKETED_LABEL = /^\s*[【《〈<\[][^】》〉>\]]{1,20}[】》〉>\]]/;

/** A short note in parentheses alone on its line: `(ターゲット)`. */
const PARENTHESISED_NOTE = /^[(（][^()（）。]{1,20}[)）]$/;

/** Most words of a target sentence after a block word on a flattened page. */
const SENTENCE_WORDS = 12;

/** A page number that ends a table-of-contents line. */
const TOC_PAGE = /^\d+$/;

/** A heading line's text without its leading decoration. */
function stripDecoration(text: string): string {
  return text.replace(/^[■□◆◇【\s]+/, '');
}
