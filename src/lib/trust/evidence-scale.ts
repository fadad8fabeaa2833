/** The evidence scale behind the <Strength> badges: each level's label, plain definition and the wording it allows. */

export const evidenceScale = [
  {
    level: 'strong',
    label: 'Strong',
    definition: 'Several good studies in people agree. New research is unlikely to change the answer.',
    wording: 'results in',
    example: 'Treatment X results in less tummy pain.',
  },
  {
    level: 'moderate',
    label: 'Moderate',
    definition: 'Good studies in people point the same way, but there are few of them, or they were short. New research could change the details.',
    wording: 'probably',
    example: 'Treatment X probably results in less tummy pain.',
  },
  {
    level: 'weak',
    label: 'Weak',
    definition: 'Only small or indirect studies, or studies in cells or animals. New research could well change the answer.',
    wording: 'may',
    example: 'Treatment X may result in less tummy pain.',
  },
  {
    level: 'none',
    label: 'None',
    definition: 'No useful studies in people, or studies that disagree too much to say.',
    wording: 'we do not know',
    example: 'We do not know whether treatment X changes tummy pain.',
  },
] as const;

export type StrengthLevel = (typeof evidenceScale)[number]['level'];

/** The badge text of each level. */
export const strengthLabels = Object.fromEntries(evidenceScale.map((step) => [step.level, step.label])) as Record<StrengthLevel, string>;
