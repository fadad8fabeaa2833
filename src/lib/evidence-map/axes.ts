/** The evidence map's rows (what people ask about) and columns (outcomes): keys for the content file, labels for readers. */

export const evidenceMapRows = [
  { key: 'nsaids', label: 'Painkillers (NSAIDs)' },
  { key: 'alcohol', label: 'Alcohol' },
  { key: 'exercise', label: 'Hard exercise' },
  { key: 'stress', label: 'Stress' },
  { key: 'gluten', label: 'Gluten' },
  { key: 'glutamine', label: 'Glutamine' },
  { key: 'zinc', label: 'Zinc' },
  { key: 'probiotics', label: 'Probiotics' },
  { key: 'fibre', label: 'Fibre' },
  { key: 'supplements', label: '"Gut-healing" supplements' },
  { key: 'diets', label: 'Diets' },
  { key: 'tests', label: 'Tests for gut permeability' },
] as const;

export const evidenceMapColumns = [
  { key: 'permeability', label: 'Measured permeability' },
  { key: 'symptoms', label: 'Symptoms' },
  { key: 'disease', label: 'Disease' },
] as const;

export type EvidenceMapRowKey = (typeof evidenceMapRows)[number]['key'];
export type EvidenceMapColumnKey = (typeof evidenceMapColumns)[number]['key'];
