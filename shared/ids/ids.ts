import { uuidv7 } from 'uuidv7';
import { z } from 'zod';

/** Client-made ids: UUIDv7 sorts by creation time, so indexes stay append-friendly. */
export const newId = (): string => uuidv7();

export const idSchema = z.uuid();
