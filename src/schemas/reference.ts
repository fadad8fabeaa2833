/** Zod schema for one CSL-JSON reference: the single source of truth for what a reference must hold. */
import { z } from 'astro/zod';

/** Study designs shown as evidence labels; null means the design has not been confirmed. */
export const studyDesigns = [
  'systematic-review',
  'guideline',
  'randomised-trial',
  'cohort',
  'case-control',
  'cross-sectional',
  'case-series',
  'narrative-review',
  'laboratory-or-animal',
  'protocol',
  'experimental-study',
  'patient-information',
] as const;
export type StudyDesign = (typeof studyDesigns)[number];

/** Crossref's pattern for modern DOIs: "10.", a registrant code, "/", a suffix. */
export const doiPattern = /^10\.\d{4,9}\/[-._;()/:a-z0-9<>[\]]+$/i;

const name = z.union([
  z.object({ family: z.string().min(1), given: z.string().min(1).optional() }).loose(),
  z.object({ literal: z.string().min(1) }).loose(),
]);

/**
 * Who a work studied, for its evidence receipt: people, animals, cells, a review of studies, records (a database
 * of products or reports, not of people), or none (guidance: guidelines, patient information, protocols).
 */
export const receiptPopulations = ['people', 'animals', 'cells', 'studies', 'records', 'guidance'] as const;
export type ReceiptPopulation = (typeof receiptPopulations)[number];

/**
 * An evidence receipt, in the site's own words: who was studied, how many (people, animals, studies or records; null when
 * the record we read does not say, and always null for cells and guidance) and a one-line finding.
 */
const receiptSchema = z
  .object({
    population: z.enum(receiptPopulations, {
      error: (issue) => `"${String(issue.input)}" is not a population kind; use one of ${receiptPopulations.map((p) => `"${p}"`).join(', ')}`,
    }),
    size: z
      .number({
        error: (issue) =>
          `the size ${JSON.stringify(issue.input)} is not a number; write how many as digits (e.g. 66), or null if the record does not say`,
      })
      .int()
      .positive()
      .nullable(),
    finding: z.string().min(20).max(240),
  })
  .strict();

const nullableString = z.string().min(1).nullable().optional();

/** The schemes a reference's URL may use: a link to a web page, never a script (javascript:, data:, vbscript:). */
export const referenceUrlSchemes = ['https:', 'http:'] as const;

const referenceUrl = z
  .string()
  .refine((value) => URL.canParse(value) && (referenceUrlSchemes as readonly string[]).includes(new URL(value).protocol), {
    error: (issue) =>
      `the URL "${String(issue.input)}" is not a web address; a reference URL must start with https:// (or http://), e.g. "https://pubmed.ncbi.nlm.nih.gov/39193076/"`,
  });

export const referenceSchema = z
  .object({
    // BibTeX keys and URL fragments both accept this form unchanged.
    id: z.string().regex(/^[a-z][a-z0-9]*$/, 'use lower-case letters and digits only, e.g. "lacy2024"'),
    type: z.enum(['article-journal', 'chapter', 'book', 'report', 'webpage']),
    title: z.string().min(1),
    author: z.array(name).optional(),
    'container-title': nullableString,
    'container-title-short': nullableString,
    issued: z
      .object({ 'date-parts': z.array(z.array(z.number().int()).min(1)).min(1) })
      .nullable()
      .optional(),
    volume: z.union([z.string(), z.number()]).nullable().optional(),
    issue: z.union([z.string(), z.number()]).nullable().optional(),
    page: z.union([z.string(), z.number()]).nullable().optional(),
    DOI: z.string().nullable().optional(),
    PMID: z.union([z.string(), z.number()]).nullable().optional(),
    PMCID: z.string().nullable().optional(),
    URL: referenceUrl.nullable().optional(),
    note: z.string().optional(),
    custom: z.object({
      design: z.enum(studyDesigns).nullable(),
      aboutPermeability: z.boolean(),
      /** For readers of the sources page: what the paper is about and, if unused, why it is not evidence. */
      readerNote: z.string().min(20).optional(),
      /** Who was studied, how many, and what was found, in the site's own words; shown in previews and lists. */
      receipt: receiptSchema.optional(),
    }),
  })
  .loose();

export type Reference = z.infer<typeof referenceSchema>;
