import { z } from 'zod';
import { roles } from './capabilities';

/** Validates a role where data arrives (API, sync); kept apart so `can()` loads without zod. */
export const roleSchema = z.enum(roles);
