import type { Role } from '../../shared/capabilities/capabilities';

/** Real municipality names are public facts; street addresses are simplified and every person is invented. */
export const DEMO_ASSOCIATION = {
  name: 'Kompetenzzentrum Bezirk Feldkirchen (Demo)',
  timeZone: 'Europe/Vienna',
  country: 'AT',
  // Carinthia: its municipal staff fall under the K-GMG, hence the state's pack.
  state: 'AT-2',
  lawPack: 'AT-K-GMG',
  approvalPeriod: 'week',
  accessibilityContact: 'barrierefreiheit@kompetenzzentrum.example',
} as const;
export const DEMO_PASSWORD = 'ikz-demo-2026';
export const DEMO_DOMAIN = 'demo.ikz-einsatz.example';

/** `hall`: the town hall's position, roughly (public facts; for travel estimates later). */
export const demoMunicipalities: {
  name: string;
  postalCode: string;
  schools: string[];
  hall: readonly [number, number];
}[] = [
  {
    name: 'Feldkirchen in Kärnten',
    postalCode: '9560',
    schools: ['Volksschule Feldkirchen', 'Mittelschule Feldkirchen'],
    hall: [46.7236, 14.0953],
  },
  { name: 'Albeck', postalCode: '9571', schools: ['Volksschule Sirnitz'], hall: [46.8178, 14.0228] },
  { name: 'Glanegg', postalCode: '9555', schools: ['Volksschule Glanegg'], hall: [46.7197, 14.2042] },
  { name: 'Gnesau', postalCode: '9563', schools: ['Volksschule Gnesau'], hall: [46.7756, 13.9642] },
  {
    name: 'Himmelberg',
    postalCode: '9562',
    schools: ['Volksschule Himmelberg', 'Mittelschule Himmelberg'],
    hall: [46.7539, 14.0297],
  },
  { name: 'Ossiach', postalCode: '9570', schools: ['Volksschule Ossiach'], hall: [46.675, 13.9833] },
  { name: 'Reichenau', postalCode: '9565', schools: ['Volksschule Ebene Reichenau'], hall: [46.8592, 13.8956] },
  {
    name: 'Steindorf am Ossiacher See',
    postalCode: '9552',
    schools: ['Volksschule Steindorf', 'Volksschule Bodensdorf'],
    hall: [46.6978, 14.0025],
  },
  { name: 'Steuerberg', postalCode: '9560', schools: ['Volksschule Steuerberg'], hall: [46.7844, 14.1139] },
  { name: 'Sankt Urban', postalCode: '9560', schools: ['Volksschule St. Urban'], hall: [46.7339, 14.1878] },
];

export const demoServiceTypes = [
  { code: 'IT', name: 'IT-Schulsupport', hourlyRateCents: 6800, billingUnit: 'quarter_hour' },
  { code: 'BUERGER', name: 'Vertretung Bürgerservice', hourlyRateCents: 5200, billingUnit: 'hour' },
  { code: 'ARCHIV', name: 'Archiv', hourlyRateCents: 5800, billingUnit: 'hour' },
  { code: 'AUSBILDUNG', name: 'Ausbildung (Station)', hourlyRateCents: 0, billingUnit: 'day' },
  { code: 'LOHN', name: 'Lohnverrechnung', hourlyRateCents: 6100, billingUnit: 'hour' },
] as const;

export type DemoWork = 'it' | 'cover' | 'archive' | 'training' | 'none';
export const demoPeople: { name: string; roles: Role[]; skills: string[]; work: DemoWork; login?: string }[] = [
  {
    name: 'Lena Hofer',
    roles: ['staff'],
    skills: ['IT-Schulsupport', 'Netzwerk'],
    work: 'it',
    login: 'IT-Technikerin',
  },
  { name: 'Markus Pichler', roles: ['staff'], skills: ['IT-Schulsupport', 'Tablets'], work: 'it' },
  { name: 'Stefan Gruber', roles: ['staff'], skills: ['IT-Schulsupport', 'Server'], work: 'it' },
  {
    name: 'Anna Steiner',
    roles: ['staff'],
    skills: ['Bürgerservice', 'Meldeamt', 'Kassa'],
    work: 'cover',
    login: 'Springerin',
  },
  { name: 'Julia Wallner', roles: ['staff'], skills: ['Bürgerservice', 'Telefonzentrale'], work: 'cover' },
  { name: 'Michael Huber', roles: ['staff'], skills: ['Meldeamt', 'Standesamt'], work: 'cover' },
  { name: 'Elisabeth Rainer', roles: ['staff'], skills: ['Archiv'], work: 'archive' },
  { name: 'Jonas Kofler', roles: ['apprentice'], skills: [], work: 'training', login: 'Lehrling' },
  { name: 'Sophie Brunner', roles: ['apprentice'], skills: [], work: 'training' },
  { name: 'Gerhard Taurer', roles: ['mentor', 'staff'], skills: ['Ausbildung'], work: 'none', login: 'Ausbilder' },
  { name: 'Martina Egger', roles: ['mentor', 'staff'], skills: ['Ausbildung'], work: 'none' },
  { name: 'Thomas Wieser', roles: ['coordinator'], skills: [], work: 'none', login: 'Koordinator' },
  { name: 'Sabine Koller', roles: ['coordinator'], skills: [], work: 'none' },
  { name: 'Peter Schober', roles: ['municipality_contact'], skills: [], work: 'none', login: 'Gemeinde' },
  { name: 'Katharina Moser', roles: ['admin'], skills: [], work: 'none', login: 'Administratorin' },
];

export const emailOf = (name: string): string =>
  `${name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, '.')}@${DEMO_DOMAIN}`;

export const demoTasks: Record<Exclude<DemoWork, 'none'> | 'weekend', string[]> = {
  it: [
    'WLAN im 1. Stock prüfen, Access Point tauschen',
    'Neue Schüler-Tablets einrichten (12 Stück)',
    'Drucker im Lehrerzimmer: Treiber und Scan-Ordner',
    'Beamer Klasse 3b ohne Bild, Kabel prüfen',
    'Server-Backup kontrollieren, Updates einspielen',
  ],
  weekend: ['Bereitschaft: Veranstaltungstechnik im Gemeindesaal', 'Bereitschaft: Wahlvorbereitung Gemeindeamt'],
  cover: [
    'Vertretung Bürgerservice (Krankenstand)',
    'Meldeamt: Stoßzeit Pässe',
    'Telefonzentrale und Kassa',
    'Ausgabe Müllsäcke und Bürgerservice',
  ],
  archive: [
    'Bauakten 1960–1975 verzeichnen',
    'Gemeinderatsprotokolle erfassen',
    'Archivraum: Klima und Bestand prüfen',
  ],
  // Between stations (server/demo/rotation.ts) an apprentice works at home.
  training: ['Ausbildung: Stammgemeinde'],
};

export const demoLogins = (): { email: string; password: string; role: string }[] =>
  demoPeople.filter((p) => p.login).map((p) => ({ email: emailOf(p.name), password: DEMO_PASSWORD, role: p.login! }));
