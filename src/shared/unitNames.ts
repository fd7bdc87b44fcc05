/**
 * The form a unit name is compared in: reports wrap and indent names and mix full- and
 * half-width brackets, so "市政府办 (外办)" and "市政府办（外办）" are one unit.
 */
export function normalizeUnitName(name: string): string {
  return name
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
}
