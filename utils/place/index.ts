/** Where a field is, what fits there, and how each network counts: the place module. */
export { type Choice, type ChooseInput, chooseText, type Field, preferredVariant, textForField } from './choose-text';
export { blueskyLength, type Counter, mastodonLength, measure, xLength } from './count';
export { readPageSignals } from './page-signals';
export {
  hostName,
  MASTODON_DEFAULT_LIMIT,
  type PageSignals,
  PLACES,
  type Place,
  type PlaceId,
  placeById,
  placeFor,
  postLimit,
  UNKNOWN_PLACE,
} from './places';
