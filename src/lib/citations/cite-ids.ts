/** The ids of one <Cite id="...">: one id, or several separated by commas ("lacy2024, compare2024"). */
export function parseCiteIds(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}
