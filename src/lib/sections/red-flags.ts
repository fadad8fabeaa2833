/** Red-flag card ids: made from the card's level and title, so a card keeps its address while its title stays. */
import { slug } from 'github-slugger';

/** The id of a red-flag card's heading, e.g. red-flags-urgent-ask-for-an-urgent-gp-appointment-or-call-nhs-111-if (github-slugger, as headings). */
export function redFlagsId(level: 'urgent' | 'emergency', title: string): string {
  return `red-flags-${level}-${slug(title)}`;
}

/** The words on a red-flag card's coloured band, in the NHS care-card levels. */
export function redFlagsBand(level: 'urgent' | 'emergency'): string {
  return level === 'emergency' ? 'Immediate action required' : 'Urgent advice';
}
