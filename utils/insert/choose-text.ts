import { VARIANTS, type Variant } from '@/utils/campaign/schema';
import type { FieldKind, PreparedLang } from './protocol';
import { textForField } from './text-for-field';

export interface ChosenText {
  variant: Variant | 'own';
  text: string;
}

/**
 * Which text goes into this field: the one place the choice is made, so the place-aware choice
 * (utils/place, contract 1) replaces this body alone. Today: an explicit pick as it is; else the
 * user's own wording where it fits; else the saved default where it fits; else the longest that fits.
 * `room` counts UTF-16 units, as maxlength does. Undefined when nothing fits.
 */
export function chooseText(input: {
  prepared: PreparedLang;
  field: { kind: FieldKind; room: number | null };
  explicit?: Variant;
  saved?: Variant | null;
}): ChosenText | undefined {
  const { prepared, field, explicit, saved } = input;
  const room = field.room ?? Number.POSITIVE_INFINITY;
  const candidate = (variant: Variant | 'own') => {
    const source = variant === 'own' ? prepared.own : prepared.texts[variant];
    if (source === undefined) return undefined;
    const text = textForField(source, field.kind);
    return text.length <= room ? { variant, text } : undefined;
  };
  if (explicit) return candidate(explicit);
  const longestFirst = [...VARIANTS].reverse();
  return candidate('own') ?? (saved ? candidate(saved) : undefined) ?? longestFirst.map(candidate).find(Boolean);
}
