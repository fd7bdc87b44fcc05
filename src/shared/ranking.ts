/**
 * Ranks as statistics offices and assessments give them (standard competition ranking): higher
 * first, ties share the better rank and the next rank skips (6.4, 5.0, 5.0, 4.1 → 1, 2, 2, 4).
 * The province's ranks of its cities on an indicator and the assessment's ranks of lead units.
 */
export function competitionRanks(values: number[]): number[] {
  return values.map((value) => 1 + values.filter((other) => other > value).length)
}
