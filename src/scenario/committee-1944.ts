/**
 * The Tripartite Military Committee of the 1944 scenario, built through the same use cases its people
 * would use, each on its own date (seed 002): Deane proposes it, Burrows and Antonov approve its
 * charter (advisory only; civil affairs reserved to the European Advisory Commission); Deane's proposal
 * and Burrows' parallel one are negotiated under embargo; the first meeting has an agenda (one item
 * referred), a paper, attendance, and minutes approved by two parties of three, with a Russian
 * translation by the Soviet interpreter; a recommendation awaits the three parties' chiefs; an action
 * item is due.
 */
import type { AppContext, Caller } from '../app/context.js';
import type { AppResult } from '../app/errors.js';
import { addTextVersion } from '../app/committees/add-text-version.js';
import { approveCharter } from '../app/committees/approve-charter.js';
import { assignActionItem } from '../app/committees/assign-action-item.js';
import { attachPaper } from '../app/committees/attach-paper.js';
import { consentToText } from '../app/committees/consent-to-text.js';
import { draftMinutes } from '../app/committees/draft-minutes.js';
import { proposeAgendaItem } from '../app/committees/propose-agenda-item.js';
import { proposeCommittee } from '../app/committees/propose-committee.js';
import { proposeRecommendation } from '../app/committees/propose-recommendation.js';
import { recordAttendance } from '../app/committees/record-attendance.js';
import { scheduleMeeting } from '../app/committees/schedule-meeting.js';
import { submitProposal } from '../app/committees/submit-proposal.js';
import { addTranslation } from '../app/translations/add-translation.js';
import { CIVIL_AFFAIRS_TERMS } from '../core/committee/reserved-matter.js';
import type { Scenario } from './scenario-1944.js';

export class CommitteeScenarioError extends Error {}

export interface Committee1944 {
  readonly committeeId: string;
  readonly meetingId: string;
  readonly minutesId: string;
  readonly recommendationId: string;
  readonly proposalId: string;
  readonly referredItemId: string;
}

export const COMMITTEE_NAME = 'Tripartite Military Committee';

export async function loadCommittee1944(ctx: AppContext, scenario: Scenario): Promise<Committee1944> {
  const person = (username: string): string => {
    const id = scenario.people.get(username);
    if (!id) throw new CommitteeScenarioError(`no person ${username}`);
    return id;
  };
  const office = (key: string): string => {
    const id = scenario.offices.get(key);
    if (!id) throw new CommitteeScenarioError(`no office ${key}`);
    return id;
  };
  /** One step, as a person, on a date: fails loudly, as a broken demo should. */
  const as = async <T>(
    username: string,
    at: string,
    step: string,
    work: (then: AppContext, caller: Caller) => Promise<AppResult<T>>,
  ): Promise<T> => {
    const when = new Date(at);
    const result = await work({ ...ctx, now: () => when }, { personId: person(username), address: null });
    if (!result.ok) throw new CommitteeScenarioError(`${step}: ${result.message}`);
    return result.value;
  };

  const committee = await as('deane', '1944-09-17T10:00:00Z', 'committee', (then, caller) =>
    proposeCommittee(then, caller, {
      name: COMMITTEE_NAME,
      remit:
        'To discuss in detail all strategical and operational matters of mutual concern to the Red Army in the East and the ' +
        'Allied forces in the West as their attacks converge on Germany, and to submit recommendations to the respective ' +
        'Chiefs of Staff. A consultative and advisory body, with no independent powers of decision.',
      place: 'Moscow',
      parties: [
        { party: 'SUN', member: 'antonov', interpreters: ['pavlov'], chiefsOffice: office('stavka') },
        { party: 'USA', member: 'deane', secretaries: ['page'], chiefsOffice: office('jcs') },
        { party: 'GBR', member: 'burrows', chiefsOffice: office('bcos') },
      ],
      reservedMatters: [
        { topic: 'civil affairs', body: 'European Advisory Commission', terms: [...CIVIL_AFFAIRS_TERMS] },
      ],
      note: 'As directed by the United States Chiefs of Staff (memorandum of September 19, 1944).',
    }),
  );
  const committeeId = committee.id;
  await as('burrows', '1944-09-18T09:00:00Z', 'charter (GBR)', (then, caller) =>
    approveCharter(then, caller, committeeId, 1),
  );
  await as('antonov', '1944-09-18T15:00:00Z', 'charter (SUN)', (then, caller) =>
    approveCharter(then, caller, committeeId, 1),
  );

  // Seed 002: Deane submits the proposal; the British head of mission submits a similar one.
  const proposal = await as('deane', '1944-09-19T12:00:00Z', 'proposal', (then, caller) =>
    submitProposal(then, caller, committeeId, {
      title: 'Procedure for joint military collaboration in Moscow',
      text: [
        'The United States Chiefs of Staff propose that collaboration between the Red Army in the East and the Allied forces in the West, as their attacks converge on Germany, be effected through a tripartite committee in Moscow, acting as a consultative and advisory body for the respective Chiefs of Staff.',
        'Membership: a high-ranking member of the Red Army General Staff and the Chiefs of the British and United States Military Missions in Moscow.',
        'The committee should of course have no independent powers of decision, but should discuss in detail all strategical and operational matters of mutual concern and submit recommendations to the respective Chiefs of Staff.',
        'The committee should not impinge on matters now being handled by the European Advisory Commission, such as civil affairs.',
      ].join('\n\n'),
      note: 'Submitted to the Red Army General Staff in accordance with instructions.',
    }),
  );
  await as('burrows', '1944-09-20T11:00:00Z', 'parallel proposal', (then, caller) =>
    addTextVersion(then, caller, committeeId, 'proposal', proposal.id, {
      version: 1,
      kind: 'parallel-submission',
      title: 'Procedure for joint military collaboration in Moscow (British proposal)',
      text: [
        'The British Chiefs of Staff propose that collaboration between the Red Army in the East and the Allied forces in the West, as their attacks converge on Germany, be effected through a tripartite committee in Moscow, acting as a consultative and advisory body for the respective Chiefs of Staff.',
        'Membership: a high-ranking member of the Red Army General Staff and the Heads of the British and United States Military Missions in Moscow, each with such advisers as he may require.',
        'The committee should have no independent powers of decision, but should discuss in detail all strategical and operational matters of mutual concern and submit recommendations to the respective Chiefs of Staff.',
        'The committee should not impinge on matters now being handled by the European Advisory Commission, such as civil affairs.',
      ].join('\n\n'),
      note: 'A similar proposal, submitted on the instructions of the British Chiefs of Staff, in close touch with General Deane.',
    }),
  );

  const meeting = await as('page', '1944-09-25T09:00:00Z', 'meeting', (then, caller) =>
    scheduleMeeting(then, caller, committeeId, {
      scheduledFor: '1944-10-02T07:00:00Z',
      place: 'Red Army General Staff, Moscow',
    }),
  );
  const item = (username: string, at: string, title: string, text: string, placed: boolean) =>
    as(username, at, `agenda item ${title}`, (then, caller) =>
      proposeAgendaItem(then, caller, committeeId, {
        title,
        text,
        ...(placed ? { meetingId: meeting.id } : {}),
      }),
    );
  await item(
    'deane',
    '1944-09-26T10:00:00Z',
    'Exchange of weather information and bomb lines',
    'Daily exchange of weather reports from the American and Soviet meteorological services, and agreement on the bomb lines beyond which Allied aircraft will not attack, as the fronts converge.',
    true,
  );
  await item(
    'burrows',
    '1944-09-27T10:00:00Z',
    'Coordination of the approach of the Allied and Soviet forces',
    'Arrangements for the exchange of information on the general direction of operations as the Allied and Soviet armies come closer together, so that plans and future strategy may become known to each side.',
    true,
  );
  const referred = await item(
    'antonov',
    '1944-09-28T10:00:00Z',
    'Military government of Germany after the cessation of hostilities',
    'Arrangements for the administration of Germany by the Allied armies, and the boundaries of the zones of occupation.',
    true,
  );
  if (referred.status !== 'referred')
    throw new CommitteeScenarioError('the civil-affairs item was not referred');
  const memorandum = scenario.documents.get('seed-002-memorandum');
  if (!memorandum) throw new CommitteeScenarioError('no seed 002 memorandum');
  await as('page', '1944-09-29T09:00:00Z', 'paper', (then, caller) =>
    attachPaper(then, caller, committeeId, meeting.id, { documentId: memorandum }),
  );
  await as('page', '1944-10-02T12:00:00Z', 'attendance', (then, caller) =>
    recordAttendance(then, caller, committeeId, meeting.id, {
      attendees: ['antonov', 'deane', 'burrows', 'page', 'pavlov'],
    }),
  );

  const minutesText = (burrowsAmendment: boolean) =>
    [
      'Present: General A. I. Antonov, Red Army General Staff; Major General J. R. Deane, Chief, United States Military Mission; Lieutenant General M. B. Burrows, Head, British Military Mission. Mr. E. Page, secretary; Mr. V. N. Pavlov, interpreter.',
      '1. Exchange of weather information and bomb lines. General Deane described the weather reports the United States forces could furnish daily. General Antonov undertook to examine the Soviet reports that could be exchanged in return. The committee agreed to submit a recommendation on a joint weather and bomb-line liaison to the respective Chiefs of Staff.',
      burrowsAmendment
        ? '2. Coordination of the approach of the Allied and Soviet forces. General Burrows stated that the British Chiefs of Staff attach the greatest importance to an early exchange of information on the general direction of operations, with due regard to security. General Antonov took note and said that the General Staff would study the matter.'
        : '2. Coordination of the approach of the Allied and Soviet forces. General Burrows asked for an early exchange of information on the general direction of operations. General Antonov took note.',
      '3. Military government of Germany after the cessation of hostilities. The item falls within civil affairs, a matter of the European Advisory Commission; it was referred there and not discussed.',
    ].join('\n\n');
  const minutes = await as('page', '1944-10-03T10:00:00Z', 'minutes', (then, caller) =>
    draftMinutes(then, caller, committeeId, meeting.id, { text: minutesText(false) }),
  );
  await as('burrows', '1944-10-04T10:00:00Z', 'minutes amendment', (then, caller) =>
    addTextVersion(then, caller, committeeId, 'minutes', minutes.id, {
      version: 1,
      kind: 'amendment',
      text: minutesText(true),
      note: 'Item 2: the British position as stated at the meeting.',
    }),
  );
  await as('deane', '1944-10-05T09:00:00Z', 'minutes approval (USA)', (then, caller) =>
    consentToText(then, caller, committeeId, 'minutes', minutes.id, { version: 2 }),
  );
  const approved = await as('burrows', '1944-10-05T11:00:00Z', 'minutes approval (GBR)', (then, caller) =>
    consentToText(then, caller, committeeId, 'minutes', minutes.id, { version: 2 }),
  );
  const version2 = approved.versions.find((version) => version.version === 2);
  if (!version2) throw new CommitteeScenarioError('no second version of the minutes');
  // Seed 001: "Mr. Pavlov, Soviet interpreter".
  await as('pavlov', '1944-10-05T15:00:00Z', 'translation', (then, caller) =>
    addTranslation(then, caller, version2.document.id, {
      language: 'ru',
      originalLanguage: 'en',
      title: 'Протокол первого заседания Трехсторонней военной комиссии (проект, вариант 2)',
      body: [
        'Присутствовали: генерал А. И. Антонов, Генеральный штаб Красной Армии; генерал-майор Дж. Р. Дин, начальник Военной миссии США; генерал-лейтенант М. Б. Берроуз, глава Британской военной миссии. Г-н Э. Пейдж, секретарь; г-н В. Н. Павлов, переводчик.',
        '1. Обмен метеорологическими сведениями и линиями бомбометания. Генерал Дин изложил, какие метеорологические сводки вооруженные силы США могут предоставлять ежедневно. Генерал Антонов обещал рассмотреть, какими советскими сводками можно обмениваться в ответ. Комиссия согласилась представить соответствующим начальникам штабов рекомендацию о совместной связи по метеорологии и линиям бомбометания.',
        '2. Согласование сближения союзных и советских войск. Генерал Берроуз заявил, что Британский комитет начальников штабов придает величайшее значение скорейшему обмену сведениями об общем направлении операций при должном соблюдении секретности. Генерал Антонов принял это к сведению и сказал, что Генеральный штаб изучит вопрос.',
        '3. Военное управление Германией после прекращения военных действий. Вопрос относится к гражданским делам, находящимся в ведении Европейской консультативной комиссии; он передан туда и не обсуждался.',
      ].join('\n\n'),
    }),
  );

  const recommendation = await as('deane', '1944-10-04T15:00:00Z', 'recommendation', (then, caller) =>
    proposeRecommendation(then, caller, committeeId, {
      title: 'Joint weather and bomb-line liaison',
      meetingId: meeting.id,
      text: [
        'The Tripartite Military Committee recommends to the Chiefs of Staff of the Union of Soviet Socialist Republics, the United States and the United Kingdom:',
        '(a) that the meteorological services of the three armies exchange weather reports daily through the military missions in Moscow;',
        '(b) that bomb lines be agreed in Moscow and notified to the three air forces, and revised as the fronts converge.',
        'The recommendation is submitted for the consideration of each Chief of Staff.',
      ].join('\n\n'),
    }),
  );
  for (const [username, at] of [
    ['deane', '1944-10-06T09:00:00Z'],
    ['burrows', '1944-10-06T10:00:00Z'],
    ['antonov', '1944-10-06T12:00:00Z'],
  ] as const)
    await as(username, at, `concurrence (${username})`, (then, caller) =>
      consentToText(then, caller, committeeId, 'recommendation', recommendation.id, { version: 1 }),
    );

  await as('page', '1944-10-03T11:00:00Z', 'action item', (then, caller) =>
    assignActionItem(then, caller, committeeId, {
      meetingId: meeting.id,
      title: 'Circulate the schedule of American weather reports available for exchange',
      owner: 'deane',
      dueDate: '1944-10-09',
    }),
  );

  return {
    committeeId,
    meetingId: meeting.id,
    minutesId: minutes.id,
    recommendationId: recommendation.id,
    proposalId: proposal.id,
    referredItemId: referred.id,
  };
}
