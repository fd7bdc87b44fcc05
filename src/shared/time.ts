/** A time as the office reads it: Beijing time (all of China is UTC+8, without summer time). */
export function beijingTime(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')
}
