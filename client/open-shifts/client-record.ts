import type { ClientRecord } from '../sync/client-record';
import { openShiftRows } from './shift-rows';

// Read-only on devices: publishing and claiming are online actions (open-shifts-api.ts).
export const openShiftClient: ClientRecord<'openShifts'> = { ...openShiftRows, labels: {} };
