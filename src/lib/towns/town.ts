/** A municipality of the nation as the town picker and the prefecture pages know it. */
export interface Town {
  /** 全国地方公共団体コード, 6 digits, e.g. `012360`. */
  code: string;
  /** Name as written, e.g. `北斗市`. */
  name: string;
  /** Reading in hiragana, e.g. `ほくとし`. */
  kana: string;
  /** Hepburn romanization without the type word, e.g. `hokuto`. */
  romaji: string;
  /** Residents on 1 October 2020 (census, preliminary counts); null where the census gives none (双葉町). */
  population: number | null;
  /** True when the site has this town's plans (it has a city page at `/cities/<code>-<romaji>/`). */
  hasData: boolean;
}
