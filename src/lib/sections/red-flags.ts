/** Red-flag card ids: made from the card's level and title, so a card keeps its address while its title stays. */

/** The id of a red-flag card's heading, e.g. red-flags-urgent-see-a-gp-urgently-if-you-have. */
export function redFlagsId(level: 'urgent' | 'emergency', title: string): string {
  return `red-flags-${level}-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

/** The words on a red-flag card's coloured band, in the NHS care-card levels. */
export function redFlagsBand(level: 'urgent' | 'emergency'): string {
  return level === 'emergency' ? 'Immediate action required' : 'Urgent advice';
}
