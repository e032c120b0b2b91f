import { describe, expect, it } from 'vitest';
import { CASE_EVENT_PAYLOADS, PENALTY_EVENT_PAYLOADS } from '../../../server/domain/case/eventPayloads.ts';
import { PROFILE_KEYS } from '../../../server/domain/procedure/profiles.ts';
import { buildCaseFacts } from '../../../documents/context/caseFacts.ts';
import { label } from '../../../documents/context/labels.ts';
import { FIXTURE, fixtureSource, fixtureStamp, type FixtureVariant } from '../../support/documentFixtures.ts';

const VARIANTS: FixtureVariant[] = [
  {},
  { joint: true, agent: true, eService: true },
  { acceptance: 'refuse' },
  { acceptance: 'refuse', refusalGrounds: ['supplement_not_provided'] },
  { acceptance: 'transfer' },
  { outcome: 'termination', terminationReason: 'party_absent_or_refuses' },
  { outcome: 'agreement', signingMode: 'portal', penalty: true, deposit: 'prepaid_fee_loss' },
];
const DECISION_VARIANTS: FixtureVariant[] = [1, 2, 3, 4].map((k) => ({ outcome: 'decision', decisionKind: k as 1 | 2 | 3 | 4, penalty: k === 3 }));

describe('document fixture (documents.md §9.0)', () => {
  const cases = PROFILE_KEYS.flatMap((p) => [...VARIANTS, ...(p === 'interim-1991' ? DECISION_VARIANTS : [])].map((v) => [p, v] as const));

  it.each(cases)('%s %j: ordered timeline with payloads that pass the schemas', (profile, variant) => {
    const s = fixtureSource(profile, variant);
    s.events.forEach((e, i) => {
      expect(e.seq).toBe(i + 1);
      if (i > 0) expect(e.occurredAt.getTime()).toBeGreaterThan(s.events[i - 1]!.occurredAt.getTime());
      const schema = e.penaltyId === null
        ? CASE_EVENT_PAYLOADS[e.eventType as keyof typeof CASE_EVENT_PAYLOADS]
        : PENALTY_EVENT_PAYLOADS[e.eventType as keyof typeof PENALTY_EVENT_PAYLOADS];
      expect(schema, e.eventType).toBeDefined();
      expect(() => schema.parse(e.payload)).not.toThrow();
      expect(e.occurredAt.toISOString().startsWith('2026-03-')).toBe(true);
    });
    // every cited document points at an event of the timeline
    for (const d of s.documents) expect(s.events.some((e) => e.id === d.sourceEventId)).toBe(true);
  });

  it('a handling decision exists only in interim-1991', () => {
    expect(() => fixtureSource('measures-2010', { outcome: 'decision' })).toThrow();
  });

  it('facts and reasons: about 900 characters with the hard characters', () => {
    const s = fixtureSource('interim-1991');
    const text = s.caseRecord.facts + s.caseRecord.reasons;
    expect(text.length).toBeGreaterThan(850);
    expect(text.length).toBeLessThan(1000);
    for (const needle of ['——', '……', '“', '”', '《', '》', '0731-12345678', 'ts@example.gov.cn', 'https://']) expect(text).toContain(needle);
  });

  it('case facts are formatted per §6.1', () => {
    const f = buildCaseFacts(fixtureSource('interim-1991', { joint: true, agent: true }));
    expect(f.complainantName).toBe('王玥珺等5人');
    expect(f.complainants.map((c) => c.name)).toEqual(['王玥珺', '赵堃', '钱喆', '孙赟', '李珺']);
    expect(f.complainant).toMatchObject({ sex: '女', age: '34', nationality: '', idMasked: '430102********1234', phoneMasked: '138****5678', agent: { name: '王小明', relation: '配偶' } });
    expect(f.respondent).toMatchObject({ name: FIXTURE.respondent.name, typeLabel: '旅行社', isTravelAgency: true, legalRep: '李四', licenceNo: 'L-HUN-CJ00123' });
    expect(f).toMatchObject({
      receivedDate: '2026年3月2日', receivedAt: '2026年3月2日9时30分', acceptedDate: '2026年3月6日', channel: '网上投诉', complaintSubject: '擅自变更旅游行程',
      disputeNature: '旅游合同纠纷', assignedDate: '2026年3月2日', closedDate: '2026年3月31日', amountClaimed: '人民币3600元', travelProduct: '海南双飞五日游',
      handlerName: '李明', handlerPhone: '0731-12345678', self: '本局',
    });
    expect(f.requests).toEqual(['退还因擅自变更行程未能游览景点的费用人民币3600元', '被投诉者书面赔礼道歉']);
    expect(f.evidence.map((e) => `${e.kind}/${e.submittedBy}`)).toEqual(['书证/投诉者', '书证/投诉者', '视听资料/投诉者']);
    expect(f.factsAndReasons).toHaveLength(4);
  });

  it('nationality prints only when not China; unknown respondent placeholder', () => {
    const s = fixtureSource('interim-1991');
    s.parties = s.parties.map((p) => (p.partyRole === 'complainant' ? { ...p, nationality: 'US', gender: 'unspecified' } : p)).filter((p) => p.partyRole !== 'respondent');
    const f = buildCaseFacts(s);
    expect(f.complainant.nationality).toBe('美国');
    expect(f.complainant.sex).toBe('');
    expect(f.respondent.name).toBe('（被投诉者不明确）');
  });

  it('labels read the zh-CN enum labels', () => {
    expect(label('evidence_kind', 'documentary')).toBe('书证');
    expect(label('evidence_kind', 'nope')).toBe('');
    expect(label('nope', 'documentary')).toBe('');
    expect(label('gender', null)).toBe('');
  });

  it('stamp', () => {
    expect(fixtureStamp()).toEqual({ issuedAt: new Date('2026-03-15T02:30:00Z'), dateText: '2026年3月15日', number: '平旅投受字〔2026〕15号', verificationCode: '7K3MQ9TX2HDA', draft: false });
    expect(fixtureStamp({ draft: true }).draft).toBe(true);
  });
});
