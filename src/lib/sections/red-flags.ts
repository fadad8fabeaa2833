/** Red-flag card ids: made from the card's level and title, so a card keeps its address while its title stays. */

/** The id of a red-flag card's heading, e.g. red-flags-urgent-see-a-gp-urgently-if-you-have. */
export function redFlagsId(level: 'urgent' | 'emergency', title: string): string {
  return `red-flags-${level}-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}
