import { z } from 'zod';

// An unpaired UTF-16 surrogate (no UTF-8 form: stored, it silently
// became U+FFFD) or NUL (cut off or refused by databases).
const UNSTORABLE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const isStorableText = (s: string): boolean => !s.includes('\0') && !UNSTORABLE.test(s);

export const UNSTORABLE_TEXT_MESSAGE = 'Text contains a NUL or an unpaired surrogate character';

/** Free text as people type it, up to `max` characters; refused, never changed, when it cannot be stored as is. */
export const textSchema = (max: number) => z.string().max(max).refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);
