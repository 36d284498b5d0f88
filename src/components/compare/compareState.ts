/** What the compare page shows: two to four towns and one theme (or every theme). */
export interface CompareState {
  /** Town codes in the order they were chosen. */
  cities: string[];
  /** Theme id, or '' for every theme. */
  theme: string;
}

/** What a state is checked against. */
export interface CompareOptions {
  themes: readonly string[];
  /** Most towns shown at once. */
  max: number;
  /** Towns shown when the URL names none. */
  defaults: readonly string[];
}

/** A 全国地方公共団体コード: six digits. */
const CODE = /^\d{6}$/;

/**
 * Reads the state from a query string: codes that are not six digits and repeats are dropped, at
 * most `max` are kept in the order given, none at all means the defaults; an unknown theme means
 * every theme. Accepts `cities=a,b` as shared and `cities=a&cities=b` as a plain form sends it.
 * `parseCompareState('?cities=112330,012360&theme=childcare', …)` → { cities: ['112330', '012360'], theme: 'childcare' }.
 */
export function parseCompareState(search: string, options: CompareOptions): CompareState {
  const params = new URLSearchParams(search);
  const asked = [...new Set(params.getAll('cities').flatMap((v) => v.split(',')).map((v) => v.trim()))].filter((c) => CODE.test(c));
  const theme = params.get('theme') ?? '';
  return {
    cities: (asked.length > 0 ? asked : options.defaults).slice(0, options.max),
    theme: options.themes.includes(theme) ? theme : '',
  };
}

/**
 * The query string of a state, short enough to share: `{ cities: ['012360', '112330'], theme: 'childcare' }`
 * → '?cities=012360,112330&theme=childcare'; every theme leaves `theme` out.
 */
export function compareQuery(state: CompareState): string {
  return `?cities=${state.cities.join(',')}${state.theme ? `&theme=${state.theme}` : ''}`;
}
