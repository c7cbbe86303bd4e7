/**
 * The documents of the 1944 scenario beyond the three seed records: the BAGRATION plan (Soviet eyes,
 * and only those read in), a NOFORN American assessment, a reply PERSONAL FOR Stalin, the Soviet
 * intelligence Stalin volunteered, and the British instruction to submit a parallel proposal.
 * Recipients name people by username and offices by their key in OFFICES_1944.
 */
import type { DocumentFields, DocumentKind } from '../core/document/document.js';

export interface ScenarioRecipient {
  readonly person?: string;
  readonly office?: string;
  readonly party?: string;
  readonly copies?: number;
}

export interface ScenarioDocument {
  readonly key: string;
  readonly drafter: string;
  /** When it was issued (UTC). */
  readonly issuedAt: string;
  readonly kind: DocumentKind;
  readonly title: string;
  readonly marking: string;
  readonly reference?: string;
  readonly fields?: DocumentFields;
  readonly body: string;
  readonly distribution: readonly ScenarioRecipient[];
}

export const DOCUMENTS_1944: readonly ScenarioDocument[] = [
  {
    key: 'soviet-intelligence-japan',
    drafter: 'antonov',
    issuedAt: '1944-02-01T20:00:00Z',
    kind: 'intelligence-report',
    title: 'Japanese preparations to withdraw to an inner defence line',
    marking: 'СЕКРЕТНО//REL TO USA',
    fields: {
      source: 'Soviet military intelligence, as stated by Marshal Stalin to the American Ambassador',
      reliability: 'B',
      credibility: '3',
      places: ['Indonesia', 'Shanghai', 'Shantung peninsula', 'Manchuria', 'Japan'],
    },
    body: [
      'Soviet intelligence reports indicate that the Japanese may be preparing to withdraw from their outer line of defence running through Indonesia.',
      'They are reported to be building a new inner defence line, running roughly through Shanghai, the Shantung peninsula and Manchuria and around the Japanese islands, and to be evacuating plants and machinery to Japan and Manchuria. They may suddenly begin to retreat.',
      'Assessment: the Japanese are not expected to engage their main forces in defence of the outer perimeter, but to withdraw to inner lines which are more convenient and easier to defend. The information should be checked; it is believed to be accurate.',
    ].join('\n\n'),
    distribution: [{ person: 'harriman' }, { person: 'deane' }],
  },
  {
    key: 'personal-for-stalin',
    drafter: 'harriman',
    issuedAt: '1944-02-14T11:00:00Z',
    kind: 'memorandum',
    title: 'Information requested on Japanese dispositions',
    marking: 'SECRET//PERSONAL FOR STALIN',
    reference: 'WAH',
    fields: { subject: 'Japanese defence lines in the Pacific' },
    body: [
      'Dear Marshal Stalin: In our conversation of February 1 you were good enough to give me the information at your disposal on Japanese preparations to withdraw to an inner line of defence. I undertook to find out what information we have on this subject and to inform you.',
      'The United States Chiefs of Staff have asked me to thank you for this information, which they are checking against their own. Their present estimate is that the Japanese are strengthening the inner zone while continuing to defend the outer positions with the forces already there, and they would welcome any further indications which reach you.',
      'I am transmitting this to you personally, as you asked.',
    ].join('\n\n'),
    distribution: [{ person: 'stalin' }],
  },
  {
    key: 'bagration-sectors',
    drafter: 'antonov',
    issuedAt: '1944-05-31T22:00:00Z',
    kind: 'memorandum',
    title: 'Operation BAGRATION: sectors of the main blows',
    marking: 'СОВЕРШЕННО СЕКРЕТНО//BAGRATION//NOFORN',
    fields: { subject: 'Summer offensive in Belorussia' },
    body: [
      'The summer offensive will be opened in Belorussia by four fronts: the 1st Baltic, the 3rd Belorussian, the 2nd Belorussian and the 1st Belorussian.',
      "The main blows will fall on the Vitebsk, Orsha, Mogilev and Bobruisk directions, with the aim of encircling and destroying the enemy's Army Group Centre east of Minsk and liberating the capital of Belorussia.",
      'Reconnaissance in force on 22 June; the general offensive from 23 June. The enemy expects our main effort in the Ukraine, and every measure of concealment will be taken to keep him in that belief. The locality of the offensive is not to be communicated to the Allies.',
    ].join('\n\n'),
    distribution: [{ office: 'stavka' }],
  },
  {
    key: 'noforn-assessment',
    drafter: 'deane',
    issuedAt: '1944-06-28T16:00:00Z',
    kind: 'memorandum',
    title: 'Soviet reticence on the locality of operations',
    marking: 'SECRET//NOFORN',
    fields: { subject: 'Exchange of operational information with the Red Army' },
    body: [
      'Marshal Stalin informed the President on June 21 of the date of the Soviet offensive and that 130 divisions would be involved, but not of its locality, for fear of a leak. He cited two messages to the Prime Minister and the Soviet proposals on the European Advisory Commission which reached the press.',
      "I recommend that we do not press for the locality of Soviet operations, consistent with General Marshall's wish not to know it, and that we propose instead a standing arrangement under which plans and future strategy become known to each side as the armies converge.",
      'This assessment is for United States eyes only.',
    ].join('\n\n'),
    distribution: [{ office: 'jcs' }, { office: 'embassy' }],
  },
  {
    key: 'british-instruction',
    drafter: 'brooke',
    issuedAt: '1944-09-16T10:00:00Z',
    kind: 'memorandum',
    title: 'Proposal for a tripartite military committee in Moscow',
    marking: 'MOST SECRET//REL TO USA',
    fields: { subject: 'Instructions to the Head of the British Military Mission' },
    body: [
      'The Chiefs of Staff have agreed with the United States Chiefs of Staff that a tripartite committee should be established in Moscow as a consultative and advisory body, with no independent powers of decision.',
      'You should submit to the Red Army General Staff a proposal similar to that which General Deane is instructed to submit, keeping in close touch with him. The committee should not impinge on matters now handled by the European Advisory Commission, such as civil affairs.',
    ].join('\n\n'),
    distribution: [{ person: 'burrows' }, { office: 'usmm' }],
  },
];
