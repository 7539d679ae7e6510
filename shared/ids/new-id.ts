import { uuidv7 } from 'uuidv7';

/**
 * Client-made ids: UUIDv7 sorts by creation time, so indexes stay append-friendly. Apart from
 * ids.ts (which adds the zod schema) so the device's storage code can make ids without bringing
 * zod into the first-load bundle.
 */
export const newId = (): string => uuidv7();
