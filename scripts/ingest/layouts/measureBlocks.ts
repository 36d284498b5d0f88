import { IngestError } from '../IngestError';
import type { SourceDoc, SourceLine } from '../read/SourceDoc';
import { statementIndicators } from '../structure/statementIndicators';
import { goalKey, goalKindOf } from './goalKinds';
import { CIRCLED, isBlank, isNote, markLines, nextNonBlank, textOf } from './shared';
import { emptyResult, rawMeasure, type Layout, type LayoutResult, type RawGoal } from './types';

const GOAL_HEADING = /^・?\s*(最重点基本目標|基本目標|横断的な目標)\s*(\d+)?\s+(\S.*)$/;
const SECTION = /^(\d+)\.\s*(\D.*?)\s*(【[^】]*】)?$/;
const TABLE_HEADER = /^具体的な施策\s*基準値\s*\(([^)]+)\)\s*KPI\s*\(([^)]+)\)$/;
const MEASURE_TITLE = new RegExp(`^([${CIRCLED}])\\s*(.+)$`);
/** Baseline words that are not numbers: 未策定 (not yet drawn up), dashes. */
const WORDY_BASELINE = /^(未策定|未実施|なし|[―—－-])/;

/**
 * Measure blocks (revision summaries): a `具体的な施策 基準値(R4) KPI(R6)` header, then a ①-numbered
 * measure, its description ending with `。`, and its KPI written as name / baseline / name / target
 * on separate lines (cells wrap character by character).
 */
export const measureBlocks: Layout = {
  id: 'measure-blocks',
  description: 'Measure blocks under "具体的な施策 基準値(R4) KPI(R6)" headers with name/baseline/name/target lines.',
  detect(doc) {
    return doc.lines.filter((l) => TABLE_HEADER.test(textOf(l))).length * 3;
  },
  read(doc) {
    const result = emptyResult();
    const lines = doc.lines;
    let goal: RawGoal | null = null;
    let group: string | null = null;
    for (let i = 0; i < lines.length; i++) {
      const text = textOf(lines[i]!);
      const heading = GOAL_HEADING.exec(text);
      if (heading && goalKindOf(heading[1]!)) {
        let title = heading[3]!.trim();
        let end = i;
        // A long title wraps onto the next text line (blank lines may stand between).
        for (let next = nextNonBlank(lines, end + 1); next && end - i < 4 && !isStructural(textOf(next.line)); next = nextNonBlank(lines, end + 1)) {
          title += textOf(next.line);
          end = next.index;
        }
        const kind = goalKindOf(heading[1]!)!.kind;
        const number = heading[2] ? Number(heading[2]) : null;
        goal = { key: goalKey(kind, number), kind, number, label: `${heading[1]}${number ?? ''}`, title, subtitle: null, line: lines[i]!.n, ...(end > i ? { lineEnd: lines[end]!.n } : {}) };
        if (!result.goals.some((g) => g.key === goal!.key)) result.goals.push(goal);
        group = null;
        i = end;
        continue;
      }
      const section = SECTION.exec(text);
      if (section && goal) {
        group = section[2]!.trim();
        continue;
      }
      const header = TABLE_HEADER.exec(text);
      if (header) {
        i = readBlock(doc, i, header[1]!, header[2]!, goal, group, result);
      }
    }
    return result;
  },
};

/** Reads one measure block after its header; returns the index of its last line. */
function readBlock(
  doc: SourceDoc,
  headerIndex: number,
  baselinePeriod: string,
  targetPeriod: string,
  goal: RawGoal | null,
  group: string | null,
  result: LayoutResult,
): number {
  const lines = doc.lines;
  let i = headerIndex + 1;
  while (i < lines.length && isBlank(lines[i]!)) i++;
  const titleLine = lines[i];
  const title = titleLine ? MEASURE_TITLE.exec(textOf(titleLine)) : null;
  if (!titleLine || !title) throw new IngestError(doc.file, (titleLine ?? lines[headerIndex]!).n, 'a ①-numbered measure title after the 具体的な施策 header');
  const measure = rawMeasure({ key: `m-${titleLine.n}`, goalKey: goal?.key ?? null, label: title[1]!, title: title[2]!.trim(), group, line: titleLine.n });
  result.measures.push(measure);
  // The description runs until a sentence ends and no indented or conjunction-led paragraph follows.
  let description = '';
  for (i++; i < lines.length; i++) {
    const text = textOf(lines[i]!);
    if (text === '') continue;
    description += text;
    const next = nextNonBlank(lines, i + 1);
    if (/。$/.test(text) && !(next && startsParagraph(next.line.raw))) break;
  }
  measure.description = description || null;
  // The KPI cells follow, until a note (※) or the next block.
  const cells: SourceLine[] = [];
  for (i++; i < lines.length; i++) {
    const text = textOf(lines[i]!);
    if (text === '') continue;
    if (isNote(text) || TABLE_HEADER.test(text) || GOAL_HEADING.test(text) || SECTION.test(text)) break;
    cells.push(lines[i]!);
  }
  if (cells.length === 0) throw new IngestError(doc.file, lines[Math.min(i, lines.length - 1)]!.n, `KPI cells (名称, 基準値, KPI) for "${measure.title}"`);
  const kpi = readKpiCells(cells, measure.title);
  result.indicators.push(
    ...statementIndicators(
      { name: kpi.name, baseline: kpi.baseline, target: kpi.target },
      {
        file: doc.file,
        line: cells[0]!.n,
        lineEnd: cells[cells.length - 1]!.n,
        goalKey: goal?.key ?? null,
        measureKey: measure.key,
        level: 'measure',
        baselinePeriod,
        targetPeriod,
      },
    ),
  );
  markLines(result.consumed, cells[0]!.n, cells[cells.length - 1]!.n);
  return i - 1;
}

/** True for a line that starts something new: a heading, section, table header, note or (n) item. */
function isStructural(text: string): boolean {
  return SECTION.test(text) || TABLE_HEADER.test(text) || GOAL_HEADING.test(text) || isNote(text) || /^(\(\d+\)|[◆■●])/.test(text);
}

/** True when a raw line opens a new paragraph: indented, or led by a conjunction (また、なお、さらに…). */
function startsParagraph(raw: string): boolean {
  return /^[\s\u3000]+\S/.test(raw) || /^(また|なお|さらに|加えて|併せて|あわせて)[、,]/.test(raw.trim());
}

/** True when a cell line is a value (a number with its unit or a wordy baseline such as 未策定). */
function isValueLine(text: string): boolean {
  return /^(約|全)?[△ー−-]?\d[\d,.]*\s*[^\d\s]{0,4}$/.test(text) || WORDY_BASELINE.test(text);
}

/**
 * Reads name / baseline / name / target cell lines.
 * `['登録者数','24名','登録者数','50名']` → { name: '登録者数', baseline: '24名', target: '50名' };
 * with no name before the baseline, the measure title names the indicator.
 */
export function readKpiCells(cells: SourceLine[], fallbackName: string): { name: string; baseline: string | null; target: string } {
  const texts = cells.map(textOf);
  let k = 0;
  let name = '';
  while (k < texts.length && !isValueLine(texts[k]!) && !WORDY_BASELINE.test(texts[k]!)) name += texts[k++];
  let baselineCell = texts[k] ?? '';
  let rest = texts.slice(k + 1);
  // `未策定 2024年度(令…`: a wordy baseline can share its line with the start of the target.
  const shared = /^(\S+)\s+(.+)$/.exec(baselineCell);
  if (shared && WORDY_BASELINE.test(baselineCell)) {
    baselineCell = shared[1]!;
    rest = [shared[2]!, ...rest];
  }
  // The name is repeated above the target; skip lines that spell it again.
  let repeated = '';
  while (rest.length > 0 && name !== '' && (repeated + rest[0]).length <= name.length && name.startsWith(repeated + rest[0])) {
    repeated += rest.shift();
  }
  return { name: name || fallbackName, baseline: baselineCell || null, target: rest.join('') };
}
