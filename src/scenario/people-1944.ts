/**
 * The people and offices of the 1944 scenario, with the clearances, read-ins and roles that the
 * history implies: BAGRATION is for Soviet eyes only, and only those who planned it (Molotov, though
 * cleared to the top, is not read in); Marshall "did not desire to know" where the offensive would be.
 */
export const DEMO_PASSWORD = 'moscow1944';

export interface OfficeSpec {
  readonly key: string;
  readonly party: string;
  readonly name: string;
  readonly kind: 'office' | 'delegation';
}

export const OFFICES_1944: readonly OfficeSpec[] = [
  { key: 'ambassador', party: 'USA', name: 'Ambassador', kind: 'office' },
  { key: 'embassy', party: 'USA', name: 'American Embassy, Moscow', kind: 'office' },
  { key: 'usmm', party: 'USA', name: 'United States Military Mission, Moscow', kind: 'office' },
  { key: 'jcs', party: 'USA', name: 'United States Chiefs of Staff', kind: 'office' },
  { key: 'shaef', party: 'USA', name: 'Supreme Headquarters, Allied Expeditionary Force', kind: 'office' },
  { key: 'bmm', party: 'GBR', name: 'British Military Mission, Moscow', kind: 'office' },
  { key: 'bcos', party: 'GBR', name: 'British Chiefs of Staff', kind: 'office' },
  { key: 'stavka', party: 'SUN', name: 'Stavka of the Supreme High Command', kind: 'office' },
  { key: 'general-staff', party: 'SUN', name: 'Red Army General Staff', kind: 'office' },
  { key: 'narkomindel', party: 'SUN', name: "People's Commissariat for Foreign Affairs", kind: 'office' },
];

export interface PersonSpec {
  readonly username: string;
  readonly displayName: string;
  readonly title: string;
  readonly party: string;
  readonly clearance: string;
  readonly roles: readonly string[];
  readonly compartments: readonly string[];
  readonly offices: readonly string[];
}

export const PEOPLE_1944: readonly PersonSpec[] = [
  {
    username: 'harriman',
    displayName: 'W. Averell Harriman',
    title: 'American Ambassador',
    party: 'USA',
    clearance: 'TOP SECRET',
    roles: ['ambassador', 'security-officer'],
    compartments: ['OVERLORD'],
    offices: ['ambassador', 'embassy'],
  },
  {
    username: 'page',
    displayName: 'Edward Page',
    title: 'Second Secretary of Embassy',
    party: 'USA',
    clearance: 'TOP SECRET',
    roles: ['secretary', 'registry-clerk'],
    compartments: [],
    offices: ['embassy'],
  },
  {
    username: 'deane',
    displayName: 'Maj. Gen. John R. Deane',
    title: 'Chief, United States Military Mission',
    party: 'USA',
    clearance: 'TOP SECRET',
    roles: ['mission-chief', 'liaison-officer'],
    compartments: ['OVERLORD'],
    offices: ['usmm'],
  },
  {
    username: 'marshall',
    displayName: 'Gen. George C. Marshall',
    title: 'Chief of Staff, United States Army',
    party: 'USA',
    clearance: 'TOP SECRET',
    roles: ['chief-of-staff'],
    compartments: ['OVERLORD'],
    offices: ['jcs'],
  },
  {
    username: 'eisenhower',
    displayName: 'Gen. Dwight D. Eisenhower',
    title: 'Supreme Commander, Allied Expeditionary Force',
    party: 'USA',
    clearance: 'TOP SECRET',
    roles: ['chief-of-staff'],
    compartments: ['OVERLORD'],
    offices: ['shaef'],
  },
  {
    username: 'burrows',
    displayName: 'Lt. Gen. M. Brocas Burrows',
    title: 'Head, British Military Mission',
    party: 'GBR',
    clearance: 'MOST SECRET',
    roles: ['mission-chief', 'liaison-officer', 'security-officer'],
    compartments: ['OVERLORD'],
    offices: ['bmm'],
  },
  {
    username: 'brooke',
    displayName: 'Field Marshal Sir Alan Brooke',
    title: 'Chief of the Imperial General Staff',
    party: 'GBR',
    clearance: 'MOST SECRET',
    roles: ['chief-of-staff'],
    compartments: ['OVERLORD'],
    offices: ['bcos'],
  },
  {
    username: 'stalin',
    displayName: 'Marshal I. V. Stalin',
    title: 'Supreme Commander-in-Chief',
    party: 'SUN',
    clearance: 'ОСОБОЙ ВАЖНОСТИ',
    roles: ['chief-of-staff', 'security-officer'],
    compartments: ['BAGRATION'],
    offices: ['stavka'],
  },
  {
    username: 'molotov',
    displayName: 'V. M. Molotov',
    title: "People's Commissar for Foreign Affairs",
    party: 'SUN',
    clearance: 'ОСОБОЙ ВАЖНОСТИ',
    roles: [],
    compartments: [],
    offices: ['narkomindel'],
  },
  {
    username: 'pavlov',
    displayName: 'V. N. Pavlov',
    title: 'Soviet interpreter',
    party: 'SUN',
    clearance: 'СОВЕРШЕННО СЕКРЕТНО',
    roles: ['interpreter'],
    compartments: [],
    offices: ['narkomindel'],
  },
  {
    username: 'antonov',
    displayName: 'Gen. A. I. Antonov',
    title: 'First Deputy Chief of the General Staff',
    party: 'SUN',
    clearance: 'ОСОБОЙ ВАЖНОСТИ',
    roles: ['chief-of-staff', 'liaison-officer'],
    compartments: ['BAGRATION'],
    offices: ['general-staff', 'stavka'],
  },
];
