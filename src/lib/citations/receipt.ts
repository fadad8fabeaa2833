/** An evidence receipt in words: who was studied and how many, for previews, reference lists and source pages. */
import type { Reference } from '../../schemas/reference.ts';

export type Receipt = NonNullable<Reference['custom']['receipt']>;

const count = new Intl.NumberFormat('en-GB');
/** What a missing size means: the record we read did not say, not that nobody was studied. */
const notGiven = '(number not given in what we read)';

/**
 * Who and how many, in a few words: "People: 66", "Review of 29 studies", "Animals (number not given in what we
 * read)", "Records: 776 (a database, not people)", "Not a study: guidance or information". Cells are never counted (a size would be a dish, not a person).
 */
export function receiptWho({ population, size }: Pick<Receipt, 'population' | 'size'>): string {
  switch (population) {
    case 'people':
      return size ? `People: ${count.format(size)}` : `People ${notGiven}`;
    case 'animals':
      return size ? `Animals: ${count.format(size)}` : `Animals ${notGiven}`;
    case 'studies':
      return size ? `Review of ${count.format(size)} ${size === 1 ? 'study' : 'studies'}` : `Review of studies ${notGiven}`;
    case 'cells':
      return 'Cells in a laboratory';
    case 'records':
      return size ? `Records: ${count.format(size)} (a database, not people)` : `Records ${notGiven}`;
    case 'guidance':
      return 'Not a study: guidance or information';
  }
}
