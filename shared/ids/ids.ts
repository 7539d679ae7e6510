import { z } from 'zod';

export { newId } from './new-id';

export const idSchema = z.uuid();
