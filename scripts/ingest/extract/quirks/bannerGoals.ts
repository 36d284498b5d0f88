import type { SourceDoc, SourceLine } from '../../read/SourceDoc';
import { GOAL_WORDS } from '../vocabulary';

/** `22 北斗で働く人…`: the doubled number before the title. */
const NUMBER_FIRST = /^(\d)\1\s+(\S.*)$/;
/** `…「まち」をつくる11`: the doubled number after the title. */
const NUMBER_LAST = /^(.*\S)\s*(\d)\2$/;

/** The word a basic goal's heading starts with (基本目標). */
const BASIC_WORD = GOAL_WORDS.find(([, kind]) => kind === 'basic')![0];

/**
 * Quirk `banner-goals`: a banner whose big goal number came out doubled becomes a goal heading on
 * its first line (`基本目標2 北斗で働く…`), the doubled digits dropped; its other lines stay as the
 * title's wrapped lines. A banner runs over consecutive non-blank lines.
 * `['充実する…イメージを', '描ける「まち」をつくる11']` → `['基本目標1 充実する…イメージを', '描ける「まち」をつくる']`.
 */
export function bannerGoals(doc: SourceDoc): SourceDoc {
  const lines: SourceLine[] = doc.lines.map((line) => ({ ...line }));
  const blank = (i: number) => (lines[i]?.text.trim() ?? '') === '';
  lines.forEach((line, i) => {
    const text = line.text.trim();
    const first = NUMBER_FIRST.exec(text);
    if (first) {
      line.text = `${BASIC_WORD}${first[1]} ${first[2]}`;
      return;
    }
    const last = NUMBER_LAST.exec(text);
    if (!last || !/[^\x00-\x7f]$/.test(last[1]!)) return;
    let start = i;
    while (start > 0 && !blank(start - 1)) start--;
    line.text = last[1]!;
    lines[start]!.text = `${BASIC_WORD}${last[2]} ${lines[start]!.text.trim()}`;
  });
  return { ...doc, lines };
}
