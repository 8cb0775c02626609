/**
 * Where a court sat; counts such as {count:sentenced-2020-penza} are derived per place.
 * Its own module, so the background can read it without the schema library.
 */
export const PLACES = ['penza', 'st-petersburg', 'moscow'] as const;
