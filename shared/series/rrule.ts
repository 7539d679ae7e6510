import * as rruleModule from 'rrule';

type RRuleModule = typeof rruleModule;
/**
 * rrule 2.8 gives bundlers (vite, vitest) its ES module but Node (tsx: server, bench) its CommonJS build,
 * whose names Node cannot see as named exports; take them from whichever arrived.
 */
const loaded = rruleModule as RRuleModule & { default?: RRuleModule };
const mod: RRuleModule = loaded.RRule ? loaded : (loaded.default ?? loaded);

export const RRule = mod.RRule;
