/**
 * The population table the ingest joins to every municipality: what it is, where it lies and how
 * to cite it (reference/README.md).
 */
export const CENSUS_POPULATION = {
  /** Path from the repository root: a copy of the team's reference file, so that a clone builds on its own. */
  file: 'reference/population-2020-census-preliminary.csv',
  /** Header row the table must have. */
  columns: ['area_code', 'area_name', 'population', 'male', 'female'],
  /** Census day the counts refer to. */
  date: '2020-10-01',
  /** 人口速報集計: preliminary counts, which the final counts (確定値) revise slightly. */
  preliminary: true,
  /** Citation the README asks for. */
  citation: '総務省統計局『令和2年国勢調査 人口速報集計』',
} as const;
