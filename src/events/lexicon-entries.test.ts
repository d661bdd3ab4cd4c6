/** Trigger entries and the relative-clause refiner (sentences written for these tests). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codePlainText } from './plain-text.js';

async function events(text: string) {
  return (await codePlainText('t', text, '2021-03-10')).events.map((e) => ({ type: e.type, word: text.slice(e.trigger.start, e.trigger.end), confidence: e.confidence, rule: e.rule }));
}

/** Each sentence codes an event of its type, triggered by its word, above the threshold. */
async function assertCoded(cases: ReadonlyArray<readonly [string, string, string]>): Promise<void> {
  for (const [text, type, word] of cases) {
    const es = await events(text);
    assert.ok(es.some((e) => e.type === type && e.word === word && e.confidence >= 0.4), `${text} ${JSON.stringify(es)}`);
  }
}

test('giving the green light is SUPPORT (PLOVER: approve a policy or action)', async () => {
  const es = await events('The Chilean cabinet gave the green light to the minister to call new elections.');
  assert.ok(es.some((e) => e.type === 'SUPPORT' && e.word === 'green'), JSON.stringify(es));
});

test('forcing people to act is COERCE; the noun "forces" is not', async () => {
  const es = await events('Gunmen stopped the bus and forced the passengers to get out.');
  assert.ok(es.some((e) => e.type === 'COERCE' && e.word === 'forced'), JSON.stringify(es));
  const none = await events('Chilean forces to the south were quiet.');
  assert.ok(!none.some((e) => e.type === 'COERCE'), JSON.stringify(none));
});

test('a verb coordinated inside a relative clause is background, like the clause\'s first verb', async () => {
  const es = await events('Five Peruvians who stormed a Chilean bank and forced its staff to lie down were charged on Friday.');
  const forced = es.find((e) => e.word === 'forced');
  assert.match(forced?.rule ?? '', /relative-clause/);
});

test('declining all comment and species threatened with extinction are no events', async () => {
  const a = await events('The Chilean army spokesman on Monday declined all comment on the reports.');
  assert.ok(!a.some((e) => e.type === 'REJECT' && e.confidence >= 0.4), JSON.stringify(a));
  const b = await events('The Chilean government eased the protection of birds threatened with extinction.');
  assert.ok(!b.some((e) => e.type === 'THREATEN'), JSON.stringify(b));
});

test('phrasal verbs of criticism are ACCUSE: "spoke out against", "took issue with", "hit back at"', async () => {
  await assertCoded([
    ['The Chilean president spoke out against the Bolivian blockade on Monday.', 'ACCUSE', 'spoke'],
    ['Chile took issue with the Peruvian ruling.', 'ACCUSE', 'took'],
    ['The Chilean minister hit back at his Argentine critics.', 'ACCUSE', 'hit'],
  ]);
});

/** Asserts that `text` codes an event of `type` on `word`; returns its events. */
async function expectEvent(text: string, type: string, word: string) {
  const es = await events(text);
  assert.ok(es.some((e) => e.type === type && e.word === word), `${text} ${JSON.stringify(es)}`);
  return es;
}

test('idioms of criticism are ACCUSE, pushing back against a proposal is REJECT', async () => {
  await expectEvent('Iran tore into the Chilean government in a statement.', 'ACCUSE', 'tore');
  await expectEvent('China took Chile to task over the visit.', 'ACCUSE', 'took');
  await expectEvent('The senator railed against the Chilean government.', 'ACCUSE', 'railed');
  await expectEvent('Peru took aim at Chile over its trade policy.', 'ACCUSE', 'took');
  await expectEvent('Peru pushed back against the Chilean proposal.', 'REJECT', 'pushed');
});

test('what a speech act delivers is the act: a plea is REQUEST, a warning THREATEN, a speech nothing', async () => {
  const plea = await expectEvent('The Chilean president delivered an impassioned plea to the UN to act.', 'REQUEST', 'plea');
  assert.ok(!plea.some((e) => e.type === 'COOPERATE'), JSON.stringify(plea));
  await expectEvent('Peru issued a stern warning to Chile on Monday.', 'THREATEN', 'warning');
  const speech = await events('The Chilean president delivered a speech in Lima.');
  assert.ok(!speech.some((e) => e.type === 'COOPERATE'), JSON.stringify(speech));
});

test('what one says one will never or will not yield is a refusal (REJECT); a plain "did not" stays a negated act', async () => {
  const never = await expectEvent('Peru says it will never cede any part of the border region to Chile.', 'REJECT', 'cede');
  assert.ok(never.some((e) => /refusal:RETREAT/.test(e.rule)), JSON.stringify(never));
  const { events: past } = await codePlainText('t', 'Peru did not sign the agreement with Chile.', '2021-03-10');
  assert.ok(past.some((e) => e.type === 'SUPPORT' && e.flags.negated), JSON.stringify(past.map((e) => [e.type, e.flags])));
});

test('diplomatic protests are ACCUSE, not PROTEST; a summoned ambassador too', async () => {
  const lodged = await expectEvent('Chile delivered a sharp protest to Peru over the border incident.', 'ACCUSE', 'protest');
  assert.ok(!lodged.some((e) => e.type === 'PROTEST'), JSON.stringify(lodged));
  await expectEvent('The Peruvian ambassador was summoned to the Chilean foreign ministry on Monday.', 'ACCUSE', 'summoned');
  await expectEvent('Thousands of Chileans joined a protest in Santiago.', 'PROTEST', 'protest');
});

test('handing a suspect to another country\'s justice is judicial cooperation', async () => {
  await expectEvent('Peru on Monday handed two suspected smugglers to Chilean police.', 'COOPERATE', 'handed');
});

test('a fine and a confiscation ordered by a court are acts, not references back to earlier ones', async () => {
  const seized = await expectEvent('A Chilean judge ordered the confiscation of the ship.', 'COERCE', 'confiscation');
  assert.ok(!seized.some((e) => e.word === 'confiscation' && /definite/.test(e.rule)), JSON.stringify(seized));
  await expectEvent('The judge fined him 500 pesos.', 'SANCTION', 'fined');
  const back = await events('Peru condemned the attack.');
  assert.ok(back.some((e) => e.word === 'attack' && /definite/.test(e.rule)), JSON.stringify(back));
});

test('wounding, killing by hand, arson and thrown explosives are ASSAULT', async () => {
  await assertCoded([
    ['Ruritanian rebels injured four soldiers near the border.', 'ASSAULT', 'injured'],
    ['A mob hacked the Ruritanian journalist to death.', 'ASSAULT', 'hacked'],
    ['Ruritanian militiamen set the village houses ablaze.', 'ASSAULT', 'set'],
    ['Ruritanian gunmen threw a grenade into the market.', 'ASSAULT', 'threw'],
    ['Ruritanian and Borduran troops exchanged fire along the border.', 'ASSAULT', 'exchanged'],
    ['Ruritanian riot police clubbed students outside parliament.', 'ASSAULT', 'clubbed'],
  ]);
});

test('killing two and injuring more: the second verb has no subject of its own, not the first one\'s object', async () => {
  const { events: es } = await codePlainText('t', 'A truck veered into the crowd, killing two people and injuring a dozen more.', '2021-03-10');
  const injuring = es.find((e) => e.type === 'ASSAULT' && e.trigger.start === 'A truck veered into the crowd, killing two people and '.length);
  assert.ok(injuring);
  assert.deepEqual(injuring.actors, []);
});

test('agreements reached, charges brought, assets frozen, reservists called up and jets scrambled are coded', async () => {
  await assertCoded([
    ['Ruritania and Borduria reached an agreement on the border on Monday.', 'SUPPORT', 'reached'],
    ['Ruritanian prosecutors charged the former mayor with corruption.', 'ACCUSE', 'charged'],
    ['Ruritania froze the accounts of the Borduran bank.', 'SANCTION', 'froze'],
    ['Ruritania called up 20,000 reservists.', 'MOBILIZE', 'called'],
    ['Ruritania scrambled fighter jets after the incursion.', 'MOBILIZE', 'scrambled'],
    ['Ruritania moved troops closer to the Borduran border.', 'MOBILIZE', 'moved'],
  ]);
});

test('material aid as news words it is AID: shipments, disbursements, debt relief, credit lines', async () => {
  await assertCoded([
    ['Ruritania shipped 20 tonnes of medicine to Borduria on Monday.', 'AID', 'shipped'],
    ['The Ruritanian central bank disbursed $1 billion to Borduria.', 'AID', 'disbursed'],
    ['Ruritania cancelled $2 billion of Borduran debt.', 'AID', 'cancelled'],
    ['Ruritania extended a $900 million line of credit to Borduria.', 'AID', 'line'],
    ['Ruritania handed over four patrol boats to the Borduran navy.', 'AID', 'handed'],
  ]);
});

test('a conflictual act a party says it will or may do is THREATEN; a writer\'s "could" is not', async () => {
  const threat = await codePlainText('t', 'Ruritania said it would strike rebel camps inside Borduria if the attacks continued.', '2021-03-10');
  const t = threat.events.find((e) => e.type === 'THREATEN');
  assert.ok(t, JSON.stringify(threat.events.map((e) => e.type)));
  assert.equal(t.mode, 'violence');
  assert.match(t.rule, /threat:ASSAULT/);
  const possible = await codePlainText('t', 'Under its rules, Ruritania could impose sanctions on Borduria.', '2021-03-10');
  const s = possible.events.find((e) => e.type === 'SANCTION');
  assert.ok(s && s.flags.hypothetical, JSON.stringify(possible.events.map((e) => e.type)));
});

test('withdrawals, disarmament, access and security cooperation as news words them', async () => {
  await assertCoded([
    ['Ruritanian troops have withdrawn from the Borduran border region.', 'RETREAT', 'withdrawn'],
    ['Ruritanian rebels handed in their weapons to UN monitors on Tuesday.', 'RETREAT', 'handed'],
    ['Ruritania allowed UN inspectors into the enrichment site.', 'RETREAT', 'allowed'],
    ['Ruritania and Borduria set up a joint task force against smugglers.', 'COOPERATE', 'joint'],
    ['Ruritanian police handed over the suspect to Borduran authorities.', 'COOPERATE', 'handed'],
    ['Ruritania shared intelligence on the plot with Borduran officials.', 'COOPERATE', 'shared'],
  ]);
});

test('posturing, protest forms and reduced relations as news words them', async () => {
  await assertCoded([
    ['Ruritania staged large-scale military drills near the Borduran border.', 'MOBILIZE', 'staged'],
    ['Ruritania stationed tactical missiles near the Borduran border.', 'MOBILIZE', 'stationed'],
    ['Ruritania put its army on highest alert on Friday.', 'MOBILIZE', 'put'],
    ['Ruritanian teachers downed tools for a third week over pay.', 'PROTEST', 'downed'],
    ['Ruritanian prisoners refused food in protest at their conditions.', 'PROTEST', 'refused'],
    ['Ruritania declared the Borduran ambassador persona non grata.', 'SANCTION', 'persona'],
    ['Ruritania halted all imports of Borduran seafood.', 'SANCTION', 'halted'],
    ['Ruritania quit the regional trade bloc on Saturday.', 'SANCTION', 'quit'],
  ]);
});

test('a joint drill is COOPERATE, a drill alone MOBILIZE', async () => {
  const joint = await events('The Ruritanian navy carried out a joint search-and-rescue drill with Borduria.');
  assert.ok(joint.some((e) => e.type === 'COOPERATE' && e.confidence >= 0.4), JSON.stringify(joint));
  assert.ok(!joint.some((e) => e.type === 'MOBILIZE'), JSON.stringify(joint));
});

test('censorship, cyber attacks, withheld utilities, concessions and pleas as news words them', async () => {
  await assertCoded([
    ['Ruritania blocked access to the social media platform on Monday.', 'COERCE', 'blocked'],
    ['Ruritanian hackers breached the networks of Borduran defence firms.', 'COERCE', 'breached'],
    ['Ruritania cut off electricity and fuel to the Borduran enclave.', 'COERCE', 'cut'],
    ['Ruritanian police took the opposition leader into custody on Friday.', 'COERCE', 'took'],
    ['Ruritania dropped its objections to Borduran membership of the alliance.', 'CONCEDE', 'dropped'],
    ['The Ruritanian government rescinded the ban on the opposition party.', 'CONCEDE', 'rescinded'],
    ['Ruritania commuted the death sentence of the Borduran journalist.', 'CONCEDE', 'commuted'],
    ['Ruritania implored Borduria to release the detained sailors.', 'REQUEST', 'implored'],
  ]);
});

test('rejections, intentions and political support as news words them', async () => {
  await assertCoded([
    ['Ruritania barred UN inspectors from the enrichment site.', 'REJECT', 'barred'],
    ['The Ruritanian parliament voted down the Borduran trade pact.', 'REJECT', 'voted'],
    ['Ruritania repudiated the Borduran resolution on Tuesday.', 'REJECT', 'repudiated'],
    ['Ruritania signalled its readiness to join the Borduran initiative.', 'AGREE', 'signalled'],
    ['The Ruritanian government threw its weight behind the Borduran mediation effort.', 'SUPPORT', 'threw'],
    ['Ruritania and Borduria upgraded their diplomatic relations to full embassies.', 'SUPPORT', 'upgraded'],
  ]);
});

test('threats, exchanges of fire, riots, audiences and accusations as news words them', async () => {
  await assertCoded([
    ['Ruritania vowed to crush any Borduran attempt at secession.', 'THREATEN', 'vowed'],
    ['Ruritania warned Borduria of severe consequences over the drilling.', 'THREATEN', 'warned'],
    ['A Ruritanian court ordered the arrest in absentia of the Borduran envoy.', 'THREATEN', 'absentia'],
    ['Ruritanian and Borduran troops traded fire along the border overnight.', 'ASSAULT', 'traded'],
    ['Ruritanian gunmen kidnapped 30 pupils from a school on Thursday.', 'ASSAULT', 'kidnapped'],
    ['Ruritanian protesters torched cars in the capital on Friday.', 'PROTEST', 'torched'],
    ['The Ruritanian foreign minister sat down with Borduran officials in the capital.', 'CONSULT', 'sat'],
    ['Ruritania holds Borduria responsible for the killing of its scientist.', 'ACCUSE', 'holds'],
  ]);
});

test('idioms of rejection and concession, receptions, and sanctions adopted are coded; news formulas are not', async () => {
  await assertCoded([
    ['The Ruritanian foreign ministry shot down the idea of talks with Borduria.', 'REJECT', 'shot'],
    ['The Ruritanian president bowed to pressure from protesters and withdrew the bill.', 'CONCEDE', 'bowed'],
    ['The Ruritanian king received the visiting Borduran foreign minister at his palace.', 'CONSULT', 'received'],
    ['Ruritanian ministers approved a new package of sanctions against Borduria.', 'SANCTION', 'approved'],
    ['The regional bloc suspended Ruritania from all its activities after the coup.', 'SANCTION', 'suspended'],
  ]);
  const none = await events('Ruritanian officials did not respond to a request for comment, and the economy beat forecasts.');
  assert.ok(!none.some((e) => e.confidence >= 0.4), JSON.stringify(none));
});

test('a negation word inside a name negates nothing; a party whip is no whipping', async () => {
  const { events: es } = await codePlainText('t', 'Nippon Ishin no Kai leader Taro Nishimura urged the prime minister to call a snap election.', '2024-06-15');
  const urged = es.find((e) => e.type === 'REQUEST');
  assert.ok(urged && !urged.flags.negated, JSON.stringify(es.map((e) => [e.type, e.flags])));
  const whip = await events('The Ruritanian chief whip said the vote would go ahead.');
  assert.ok(!whip.some((e) => e.type === 'ASSAULT'), JSON.stringify(whip));
  await assertCoded([
    ['Ruritanian party heavyweight blasts central bank chief over rate hike', 'ACCUSE', 'blasts'],
    ['The Ruritanian speaker defended the finance minister against attacks from the opposition.', 'SUPPORT', 'defended'],
  ]);
});

test('charges made, branding and questioning fitness are ACCUSE', async () => {
  await assertCoded([
    ['A Ruritanian opposition senator charged in a speech that ministers had pocketed kickbacks.', 'ACCUSE', 'charged'],
    ['The Ruritanian opposition leader branded the security plan a total failure.', 'ACCUSE', 'branded'],
    ['A Ruritanian opposition lawmaker questioned whether the government was fit to run the railways.', 'ACCUSE', 'questioned'],
  ]);
});
