/** The UI strings the compare page's script needs, passed from the build in one data attribute. */
export interface CompareMessages {
  /** BCP 47 locale for numbers. */
  locale: string;
  /** '{cities}を「{theme}」でくらべています。指標{n}件。' */
  status: string;
  tooFew: string;
  nothing: string;
  separator: string;
  allThemes: string;
  /** Dumbbell takeaway: '{n}件の指標の目標は、{parts}です。' and its parts by direction. */
  dumbbell: string;
  parts: Record<'up' | 'down' | 'hold' | 'unknown', string>;
  /** Ambition takeaway: '{n}件の目標の1年あたりの変化率を、同じ種類の指標どうしでだけ（{groups}種類）くらべています。'. */
  ambition: string;
  ambitionNone: string;
}
