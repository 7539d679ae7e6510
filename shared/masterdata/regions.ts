import type { Country } from './schemas';

/**
 * States (Länder / Bundesländer) by country, as ISO 3166-2 codes: public holidays and the law packs
 * (e.g. Carinthia's K-GMG for municipal staff) differ by state, so every municipality names one.
 */
export const statesOf = {
  DE: {
    'DE-BW': 'Baden-Württemberg',
    'DE-BY': 'Bayern',
    'DE-BE': 'Berlin',
    'DE-BB': 'Brandenburg',
    'DE-HB': 'Bremen',
    'DE-HH': 'Hamburg',
    'DE-HE': 'Hessen',
    'DE-MV': 'Mecklenburg-Vorpommern',
    'DE-NI': 'Niedersachsen',
    'DE-NW': 'Nordrhein-Westfalen',
    'DE-RP': 'Rheinland-Pfalz',
    'DE-SL': 'Saarland',
    'DE-SN': 'Sachsen',
    'DE-ST': 'Sachsen-Anhalt',
    'DE-SH': 'Schleswig-Holstein',
    'DE-TH': 'Thüringen',
  },
  AT: {
    'AT-1': 'Burgenland',
    'AT-2': 'Kärnten',
    'AT-3': 'Niederösterreich',
    'AT-4': 'Oberösterreich',
    'AT-5': 'Salzburg',
    'AT-6': 'Steiermark',
    'AT-7': 'Tirol',
    'AT-8': 'Vorarlberg',
    'AT-9': 'Wien',
  },
} as const satisfies Record<Country, Record<string, string>>;

export type StateCode = { [C in Country]: keyof (typeof statesOf)[C] }[Country];
export const stateCodes = Object.values(statesOf).flatMap((s) => Object.keys(s)) as [StateCode, ...StateCode[]];

/** Whether `state` is one of `country`'s states. */
export const isStateOf = (country: Country, state: string): boolean => Object.hasOwn(statesOf[country], state);

/** The state's name, or the code itself when it is unknown. */
export const stateName = (state: string): string => {
  for (const states of Object.values(statesOf))
    if (Object.hasOwn(states, state)) return (states as Record<string, string>)[state]!;
  return state;
};

/**
 * The state a row gets where none was given (rows from before migration 008, `create-admin`): a valid
 * code of the country, which the administrator corrects under Verwaltung → Verband.
 */
export const fallbackStateOf = { DE: 'DE-HE', AT: 'AT-2' } as const satisfies Record<Country, StateCode>;
