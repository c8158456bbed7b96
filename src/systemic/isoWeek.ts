/**
 * The ISO 8601 week of a date in UTC, "2026-W48": weeks start on Monday and week 1 holds the year's first Thursday.
 *
 * @example
 * isoWeek(new Date('2026-11-25T15:30:00Z')) // "2026-W48"
 */
export function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
  // the Thursday of the same week decides the year
  day.setUTCDate(day.getUTCDate() + 4 - (day.getUTCDay() || 7))
  const year = day.getUTCFullYear()
  const week = Math.ceil(((day.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7)
  return `${year}-W${String(week).padStart(2, '0')}`
}
