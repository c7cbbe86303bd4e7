/**
 * Sample prose for the fingerprint tests and benchmark (no file is read at run time).
 *
 * `MEMORANDUM_1944` is the body of the memorandum of conversation between Marshal Stalin and
 * Ambassador Harriman, June 26, 1944 (W. Averell Harriman Papers, Library of Congress; Wilson Center
 * Digital Archive document 219945), in which Stalin complains that secret communications "leaked out
 * to the press". `LIAISON_MEMORANDA` is invented prose in the style of the Moscow Embassy and Military
 * Mission papers of 1944, written for these tests. Together they make a five-page document of about
 * 2,500 words.
 */

export const MEMORANDUM_1944 = `Marshal Stalin recalled the decisions reached at Tehran with respect to joint military operations and pointed out that, as he had promised at Tehran, the Russian offensive had started shortly after the invasion of Europe. I stated that the President, General Marshall, General Eisenhower, had had no doubt whatsoever that this offensive would start. Stalin said that nonetheless doubts had existed in certain quarters. I again pointed out that no one in the higher circles of the Allied Governments or Armies ever entertained such doubts. Stalin said that he had informed the President on June 21 of the date of the coming Soviet offensive and that 130 divisions would be involved. However, he had not told the President of the exact locality of the offensive for he feared some possible leak. Newspapermen wrote articles for personal profit. I stated that I knew that General Marshall did not desire to know where the offensive would take place but added, however, that once the Anglo-American armies had firmly established themselves on the continent and once the Russian and the Anglo-American armies were getting closer to each other, it would be necessary to set up some close liaison whereby plans and future strategy might become known to each side. Stalin agreed and stated that it would of course be advisable to establish some such consultative group. I said that General Deane was leaving in a week or ten days to consult with General Eisenhower and General Marshall on this subject.

I emphasized to the Marshal that real security existed within the American and British military staff. Stalin stated that he was not always so sure that secrets would be maintained in so far as the British were concerned. He said that there had been two examples of secret communications from him to Prime Minister Churchill which had leaked out to the press. In addition he said that the Soviet proposals which had been advanced on the European Advisory Commission to the effect that the German army after the defeat of Germany should be a prisoner army, had also leaked out to the press before agreement had been reached on this point. He said that after the defeat of France the Germans had enforced upon the French army a similar prisoner status. However, the American and British representatives on the European Advisory Commission had opposed such a step on the grounds that it would make the Germans the perpetual enemies of the Russians. Stalin stated that the Russians could take care of that.

I pointed out that the leaks which he was referring to were political and not military in nature, the first was really a question between him and the Prime Minister personally, and that the greatest secrecy and security were maintained in anything to do with military questions. As an example, I said that although the Germans knew that the invasion was coming they did not know where we would strike and were consequently caught unaware. I also referred generally to North Africa and the Pacific operations. Although Stalin apparently agreed that real military security was being maintained, he referred to a certain American major-general who had recently been punished for talking out of turn. I said that I knew of this incident and that it involved an American major-general who had talked to another officer on secret matters which he had no business to talk about. He had been immediately demoted to a lieutenant-colonel and sent home. I said that this was an example of the drastic punishment we meted out to anyone who broke our security rules. Stalin said that "we have loose talkers too and we also know how to deal with them".`;

export const LIAISON_MEMORANDA = `Memorandum of Conversation, July 3, 1944. Present: General Deane, Admiral Olsen, Colonel Crockett; General Slavin and Colonel Kutuzov of the Red Army General Staff.

General Deane opened the meeting by recalling that the exchange of weather information had been agreed in principle at Tehran but that in practice the information reached us late and in incomplete form. He said that our bomber units at Poltava could not plan their missions with any confidence unless they received the reports from the stations east of Kiev within two hours of the observations. General Slavin replied that the Soviet meteorological service was under great strain and that many of its stations had been destroyed during the German retreat. He added that he would nonetheless take up the matter with the Chief of the Air Staff and that he hoped to give us an answer within ten days.

Admiral Olsen then raised the question of the convoys. He pointed out that the last convoy had lost three ships to submarines operating from bases in northern Norway, and that the escort could not be increased unless the Soviet Northern Fleet assumed responsibility for the approaches to Murmansk. General Slavin stated that he was not competent to discuss naval matters but that he would transmit the request to the People's Commissariat of the Navy. In addition he said that the Soviet Government attached the greatest importance to the convoys and was grateful for the sacrifices made by the British and American seamen.

Colonel Crockett asked whether the Soviet authorities would permit American officers to visit the airfields which had recently been captured in Byelorussia. He explained that the information was needed in order to select emergency landing grounds for aircraft returning from missions over eastern Germany. General Slavin answered that such visits presented certain difficulties, since the front was still moving rapidly, but that he saw no objection in principle. He promised to give a definite answer after consulting the Commander of the front concerned.

In conclusion General Deane said that he wished to express his appreciation for the cooperation which the Soviet officers had shown during the past month. He said that the operations from Poltava had demonstrated that the three Allies could work together effectively when the arrangements were made in advance and carried out in good faith. General Slavin agreed and said that he would report the conversation to Marshal Vasilevsky on the following day.

Memorandum for the Ambassador, July 11, 1944. Subject: Security of communications between the Embassy and the Military Mission.

In accordance with your instructions I have examined the arrangements for the handling of secret correspondence between the Embassy, the Military Mission and the Department. I regret to report that the arrangements are not entirely satisfactory. Although no document is known to have been lost, the procedures leave room for errors which might have serious consequences.

At present the telegrams of the Military Mission are enciphered by the Mission's own staff and transmitted through the Embassy's radio station. The telegrams of the Embassy are enciphered in the code room on the second floor, which is also used for the storage of the daily files. During the past month the code room was left unattended on at least two occasions, and on one of these occasions a Soviet charwoman was found in the corridor outside the door. I do not suggest that anything was removed, but it is clear that the present arrangements depend too much on the vigilance of individual clerks.

I recommend that the following measures be taken. First, the code room should be kept locked at all times and the key held by the duty officer. Second, the files should be moved to a separate room to which only the Ambassador, the Counselor and the chief of the code room have access. Third, all drafts and carbon copies should be burned each evening in the presence of two officers, and a record of the destruction should be kept. Fourth, the number of persons who see the incoming telegrams should be reduced to the minimum necessary for the conduct of business.

I have discussed these proposals with General Deane, who agrees with them and who has undertaken to apply similar measures within the Military Mission. He pointed out, however, that the Mission's staff had increased from 40 officers to nearly 120 officers during the past year and that its offices were scattered among four buildings. He believes that it will not be possible to bring all the offices under one roof before the end of the year.

I should add that the leaks which have occurred in recent months do not appear to have originated in Moscow. The two telegrams which were quoted in the London press had been repeated to several posts, and there is reason to believe that the texts were given to newspapermen in London or Washington. Nevertheless it would be prudent to assume that every telegram sent from this Embassy may be read by persons for whom it is not intended, and to draft our telegrams accordingly.

Minutes of the Combined Liaison Committee, Moscow, August 14, 1944. Present: for the United States, General Deane and Colonel Crockett; for the United Kingdom, Admiral Archer and Brigadier Firebrace; for the Soviet Union, General Slavin and Colonel Kutuzov.

The Committee considered the report of the subcommittee on the exchange of intelligence concerning the German order of battle. Colonel Crockett stated that the subcommittee had met on six occasions and had exchanged information on approximately 200 German divisions. He said that the information supplied by the Soviet side had been of great value, but that it usually arrived some weeks after the events to which it referred. Colonel Kutuzov replied that the delays were due to the need to verify the reports of prisoners, and that he would try to shorten them.

Admiral Archer reported that the British Government had agreed to send a further 25 locomotives and 300 trucks through the Persian Corridor during the month of September. He stated that the shipments would leave the Persian Gulf ports in four groups, and that the first group would reach the Soviet frontier about the middle of the month. General Slavin thanked the Admiral and asked whether the shipments could be increased, since the railways behind the advancing armies were in very poor condition.

Brigadier Firebrace raised the question of the British and American officers who had been attached to Soviet headquarters in the south. He said that the officers had been treated with great courtesy but had not been permitted to visit the front line, with the result that they could report only what they were told. General Slavin stated that the Soviet commanders were responsible for the safety of the foreign officers and could not allow them to run unnecessary risks. After some discussion it was agreed that the matter should be referred to the Chief of the General Staff.

The Committee agreed that its next meeting should be held on August 28, 1944, and that the subcommittee should submit a further report at that time. The meeting closed at 6 p.m.

Report on the Persian Corridor, September 2, 1944.

Since the beginning of the year the volume of supplies delivered to the Soviet Union through Iran has risen steadily. In June the railway carried about 180,000 tons, and the trucking companies carried a further 40,000 tons by the highway from Khorramshahr to Kazvin. In July the total rose to nearly 240,000 tons, which is the largest figure recorded since the route was opened. The principal items were trucks, aircraft, aviation gasoline, steel, food and explosives.

The improvement is due chiefly to the arrival of 60 American locomotives and to the completion of the new docks at Khorramshahr. The Persian Gulf Command now has about 28,000 officers and men, and the Iranian State Railway employs a further 20,000 civilians. The Command reports that the morale of the troops is good in spite of the extreme heat, although the rate of sickness rose sharply during July.

Several problems remain. The Soviet authorities at Kazvin are slow to release the empty wagons, with the result that as many as 900 wagons have been held on the northern section of the line at one time. The Iranian Government complains that the traffic of the Command interferes with the movement of grain to the towns, and has asked that a larger share of the capacity be reserved for civilian needs. In addition the highway is in poor repair and will need extensive work before the winter rains.

The Command believes that the route can carry at least 300,000 tons a month by the end of the year, provided that the Soviet authorities return the wagons promptly and that the shipping allocated to the Persian Gulf is maintained. The Command recommends that these questions be taken up with the Soviet Government through the Military Mission in Moscow, and that the Iranian Government be assured that its civilian needs will be met as far as possible.

Memorandum for the Ambassador, September 9, 1944. Subject: Relations with the foreign correspondents in Moscow.

The correspondents have asked once again that they be allowed to visit the front and that the censorship of their dispatches be relaxed. Mr. Stevens, who speaks for most of them, called on me yesterday and said that the correspondents had not been permitted to leave Moscow for nearly three months. He said that their editors were beginning to ask why the American and British press should depend on the communiques of the Soviet Information Bureau for news of the largest battles of the war. I told him that the Embassy had raised the question with the People's Commissariat for Foreign Affairs on several occasions and would continue to do so, but that the decision rested with the Soviet authorities.

I believe that we should support the request, although we should not expect much from it. The Soviet officials with whom I have discussed the matter have made it clear that they regard the correspondents with suspicion, and that they hold them responsible for the publication of material which the Soviet Government considers harmful. Mr. Vyshinsky remarked to me some weeks ago that the foreign press had printed the substance of two secret communications within a few days of their receipt, and that he could not understand why the Allied Governments permitted such things.

It would be unwise to dismiss this complaint. The correspondents themselves are careful, and I know of no case in which one of them has published information obtained improperly in Moscow. Nonetheless the stories to which Mr. Vyshinsky referred were real, and they have done harm. Until we are able to show that we can keep the secrets entrusted to us, we shall find it difficult to persuade the Soviet authorities to trust us with more.

I recommend that the Department be asked to remind all officers who handle Soviet material of the rules which govern its distribution, and that each copy of a secret telegram be numbered and its recipients recorded, so that if a leak should occur in the future we may at least know where to look for its source.`;

export const FIVE_PAGE_DOCUMENT = `${MEMORANDUM_1944}\n\n${LIAISON_MEMORANDA}`;

/** Proper names in the sample text; no copy may change how often each occurs. */
export const NAMES: readonly string[] = [
  'Stalin',
  'Harriman',
  'Churchill',
  'Tehran',
  'Marshall',
  'Eisenhower',
  'Deane',
  'Molotov',
  'Europe',
  'Germany',
  'France',
  'Slavin',
  'Olsen',
  'Crockett',
  'Kutuzov',
  'Poltava',
  'Kiev',
  'Murmansk',
  'Vasilevsky',
  'Archer',
  'Firebrace',
  'Khorramshahr',
  'Kazvin',
  'Iran',
  'Stevens',
  'Vyshinsky',
  'Moscow',
  'London',
  'Washington',
];

/** The words of quoted speech in the sample text, which no copy may change. */
export const QUOTED_SPEECH = 'we have loose talkers too and we also know how to deal with them';
