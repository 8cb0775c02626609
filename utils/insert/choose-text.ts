import type { Variant } from '@/utils/campaign/schema';
import { chooseText as choosePlaced, type Place } from '@/utils/place';
import type { FieldKind, PreparedLang } from './protocol';
import { textForField } from './text-for-field';

export interface ChosenText {
  variant: Variant | 'own';
  text: string;
}

/**
 * Which text goes into this field, at this place: the place module's choice (utils/place), on texts
 * already made fit for the field (an `<input>` takes one line). The saved default version is used
 * where it fits, else the place's own choice; an explicit pick is inserted as it is or refused.
 * Undefined when nothing fits.
 */
export function chooseText(input: {
  prepared: PreparedLang;
  place: Place;
  field: { kind: FieldKind; room: number | null };
  explicit?: Variant;
  saved?: Variant | null;
}): ChosenText | undefined {
  const { prepared, place, field } = input;
  const flat = (text: string) => textForField(text, field.kind);
  const texts = {
    short: flat(prepared.texts.short),
    standard: flat(prepared.texts.standard),
    long: flat(prepared.texts.long),
  };
  const base = {
    texts,
    own: prepared.own === undefined ? undefined : flat(prepared.own),
    place,
    field,
    hashtags: prepared.hashtags,
  };
  if (input.explicit) {
    const picked = choosePlaced({ ...base, explicit: input.explicit });
    return picked.fits ? picked : undefined;
  }
  if (input.saved) {
    const saved = choosePlaced({ ...base, own: undefined, explicit: input.saved });
    if (saved.fits) return saved;
  }
  const chosen = choosePlaced(base);
  return chosen.fits ? chosen : undefined;
}
