/** The licences the site's text may carry: what an article's `licence` field may name, with the deed to link to. */

export const licences = {
  'CC-BY-4.0': { short: 'CC BY 4.0', name: 'Creative Commons Attribution 4.0 International', url: 'https://creativecommons.org/licenses/by/4.0/' },
  'CC-BY-SA-4.0': {
    short: 'CC BY-SA 4.0',
    name: 'Creative Commons Attribution-ShareAlike 4.0 International',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
  },
  'CC0-1.0': {
    short: 'CC0 1.0',
    name: 'Creative Commons Zero 1.0 Universal (public domain dedication)',
    url: 'https://creativecommons.org/publicdomain/zero/1.0/',
  },
} as const;

export type LicenceId = keyof typeof licences;

/** The SPDX ids the schema accepts, for messages and z.enum. */
export const licenceIds = Object.keys(licences) as [LicenceId, ...LicenceId[]];
