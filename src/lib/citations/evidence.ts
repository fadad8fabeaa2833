/** Plain-language evidence labels for study designs, shown beside each reference. */
import type { StudyDesign } from '../../schemas/reference.ts';

const labels: Record<StudyDesign, string> = {
  'systematic-review': 'Systematic review',
  guideline: 'Clinical guideline',
  'randomised-trial': 'Randomised trial',
  cohort: 'Cohort study',
  'case-control': 'Case-control study',
  'cross-sectional': 'Cross-sectional study',
  'case-series': 'Case series',
  'narrative-review': 'Narrative review',
  'laboratory-or-animal': 'Laboratory or animal study',
  protocol: 'Laboratory protocol',
  'experimental-study': 'Experiment in volunteers',
  'patient-information': 'Patient information',
};

/** The label for a design; an unconfirmed (null) design says so rather than guessing. */
export function evidenceLabel(design: StudyDesign | null): string {
  return design ? labels[design] : 'Study design not yet confirmed';
}
