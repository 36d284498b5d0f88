/** One value cell of a statement, with the label that names it when a line states several. */
export interface ValuePart {
  label: string | null;
  text: string;
}

/** A token that starts a value: a digit, a sign, 約 or an arrow. */
const VALUE_START = /^(約|△|▲|ー|−|-|－)?\d|^[↑↓]/;
/** Two quantities glued together, e.g. `2戸10.6ha` (not a span such as `5年間で250件`, nor one number chaining scale words, `95万9千人`). */
const GLUED = /^(\d[\d,.]*(?!年)(?![万億兆]\d)[^\d\s(),.×/]+)(\d[\d,.]*[^\d\s(),.×/]+)$/;
/** A leading period in parentheses, e.g. `(H30)`, `(第1期実績)`. */
const LEAD_PERIOD = /^\(([^)]*(\d|元)[^)]*)\)\s*/;

/**
 * Splits on spaces, keeping parenthesized groups with the token before them.
 * `'1,820人 (2019年度) 1,890人'` → ['1,820人(2019年度)', '1,890人'].
 */
export function spaceTokens(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(' || ch === '（') depth++;
    if (ch === ')' || ch === '）') depth = Math.max(0, depth - 1);
    if (/\s/.test(ch) && depth === 0) {
      if (current) out.push(current);
      current = '';
    } else current += ch;
  }
  if (current) out.push(current);
  return out.reduce<string[]>((acc, token) => {
    if (/^[(（][^()（）]*[)）]$/.test(token) && acc.length > 0) acc[acc.length - 1] += token;
    else acc.push(token);
    return acc;
  }, []);
}

/**
 * Splits a baseline or target text into the values it states.
 * `splitValues('小学校 39.7% 中学校 31.3%')` → [{label:'小学校',text:'39.7%'}, {label:'中学校',text:'31.3%'}];
 * `splitValues('2戸10.6ha')` → [{label:null,text:'2戸'}, {label:null,text:'10.6ha'}];
 * `splitValues('北海道水準(H29) 4.5‰')` → [{label:null,text:'北海道水準(H29) 4.5‰'}].
 * Returns the leading period, e.g. `(R1)`, separately so that each part can carry it.
 */
export function splitValues(text: string): { period: string | null; parts: ValuePart[] } {
  let rest = text.trim();
  let period: string | null = null;
  const lead = LEAD_PERIOD.exec(rest);
  if (lead) {
    period = lead[1]!.trim();
    rest = rest.slice(lead[0].length);
  }
  const list = spaceTokens(rest);
  const valueCount = list.filter((t) => VALUE_START.test(t)).length;
  if (valueCount >= 2) {
    const parts: ValuePart[] = [];
    let label: string[] = [];
    for (const token of list) {
      if (VALUE_START.test(token)) {
        parts.push({ label: label.length ? label.join(' ') : null, text: token });
        label = [];
      } else label.push(token);
    }
    if (label.length && parts.length) parts[parts.length - 1]!.text += ' ' + label.join(' ');
    if (parts.every((p) => p.label !== null)) return { period, parts };
  }
  if (list.length === 1) {
    const glued = GLUED.exec(list[0]!);
    if (glued) return { period, parts: [{ label: null, text: glued[1]! }, { label: null, text: glued[2]! }] };
  }
  return { period, parts: [{ label: null, text: rest }] };
}
