/** What the compare page shows: two to four cities and one theme (or every theme). */
export interface CompareState {
  /** City codes in site order. */
  cities: string[];
  /** Theme id, or '' for every theme. */
  theme: string;
}

/** What a state is checked against. */
export interface CompareOptions {
  /** Every city code, in site order. */
  cities: readonly string[];
  themes: readonly string[];
  /** Most cities shown at once. */
  max: number;
}

/**
 * Reads the state from a query string; unknown codes and themes are dropped, cities come back in site
 * order and at most `max`; no city at all means the first `max` cities. Accepts `cities=a,b` as
 * shared and `cities=a&cities=b` as a plain form sends it.
 * `parseCompareState('?cities=112330,012360&theme=childcare', …)` → { cities: ['012360', '112330'], theme: 'childcare' }.
 */
export function parseCompareState(search: string, options: CompareOptions): CompareState {
  const params = new URLSearchParams(search);
  const asked = new Set(params.getAll('cities').flatMap((v) => v.split(',')).map((v) => v.trim()));
  const known = options.cities.filter((c) => asked.has(c)).slice(0, options.max);
  const theme = params.get('theme') ?? '';
  return {
    cities: known.length > 0 ? known : options.cities.slice(0, options.max),
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

/** Whether an element tagged with a city and themes (space-separated) belongs to the view. */
export function inView(state: CompareState, city: string | undefined, themes: string | undefined): boolean {
  if (city !== undefined && !state.cities.includes(city)) return false;
  if (themes !== undefined && state.theme !== '' && !themes.split(' ').includes(state.theme)) return false;
  return true;
}
