/**
 * Templates of the forms (表格式): 投诉登记表 / 立案表 (§7.1), 送达回证 (§7.15) and 结案报告 (§7.16), built from the shared
 * fixture.
 */
import { describe, expect, it } from 'vitest';
import type { CaseClock } from '../../../server/domain/case/types.ts';
import type { Block, Cell } from '../../../documents/layout/blocks.ts';
import type { DocumentSource, IssuedDocumentRef, IssueTarget } from '../../../documents/model.ts';
import { closureReport } from '../../../documents/templates/closureReport.ts';
import { registrationForm } from '../../../documents/templates/registrationForm.ts';
import { serviceReceipt } from '../../../documents/templates/serviceReceipt.ts';
import { FIXTURE, fixtureEvent, fixtureSource, fixtureStamp, type FixtureVariant } from '../../support/documentFixtures.ts';

/** The table of a form's block list. */
function tableOf(blocks: readonly Block[]): { columnsMm: number[]; rows: Cell[][] } {
  const t = blocks.find((b) => b.kind === 'table');
  if (t?.kind !== 'table') throw new Error('no table');
  return t;
}

/** The value of the row whose (first or second) label is `label`. */
function cell(blocks: readonly Block[], label: string): string {
  for (const row of tableOf(blocks).rows) {
    const i = row.findIndex((c) => c.label === true && c.text === label);
    if (i >= 0) return row[i + 1]?.text ?? '';
  }
  throw new Error(`no row ${label}`);
}

const stamp = fixtureStamp({ number: '平旅投登字〔2026〕15号' });

// ---------------------------------------------------------------------------------------------------------
// 7.1 投诉登记表
// ---------------------------------------------------------------------------------------------------------

describe('registration_form (§7.1)', () => {
  const build = (profile: 'interim-1991' | 'measures-2010', variant: FixtureVariant = {}, edit?: (s: DocumentSource) => void) => {
    const source = fixtureSource(profile, variant);
    edit?.(source);
    const ctx = registrationForm.buildContext(source, { type: 'registration_form' }, stamp);
    return { ctx, blocks: registrationForm.buildBlocks(ctx) };
  };

  it('is an internal form issued on accept', () => {
    expect(registrationForm.info).toMatchObject({ family: 'form', prefix: '旅投登字', internal: true, sealed: false, issuedOn: ['accept'], recipients: { complainant: false, respondent: false } });
  });

  it('has 20 rows in 28 | 50 | 28 | 50 mm with the full personal data', () => {
    for (const profile of ['interim-1991', 'measures-2010'] as const) {
      const { ctx, blocks } = build(profile);
      expect(ctx.missing).toEqual([]);
      expect(blocks[0]).toEqual({ kind: 'head', family: 'form' });
      expect(blocks[1]).toEqual({ kind: 'title', lines: [profile === 'measures-2010' ? '旅游投诉立案表' : '旅游投诉登记表'] });
      expect(blocks[2]).toEqual({ kind: 'meta', left: '编号：平旅投登字〔2026〕15号', right: '登记日期：2026年3月2日' });
      expect(blocks.map((b) => b.kind)).toEqual(['head', 'title', 'meta', 'table', 'signature']);
      const table = tableOf(blocks);
      expect(table.columnsMm).toEqual([28, 50, 28, 50]);
      expect(table.rows).toHaveLength(20);
      for (const row of table.rows) expect(row.reduce((n, c) => n + (c.span ?? 1), 0)).toBe(4);
      expect(table.rows[0]).toEqual([{ text: '案件编号', label: true }, { text: '2026-03-0015' }, { text: '投诉渠道', label: true }, { text: '网上投诉' }]);
      expect(cell(blocks, '收到时间')).toBe('2026年3月2日9时30分');
      expect(cell(blocks, '投诉人数')).toBe('1人');
      expect(cell(blocks, '投诉者姓名')).toBe('王玥珺');
      expect(cell(blocks, '国籍')).toBe('中国');
      expect(cell(blocks, '证件类型及号码')).toBe(`居民身份证：${FIXTURE.complainant.idNumber}`);
      expect(cell(blocks, '通讯地址及邮政编码')).toBe('湖南省长沙市芙蓉区五一大道1号（邮政编码：410011）');
      expect(cell(blocks, '电子邮箱')).toBe(FIXTURE.complainant.email);
      expect(cell(blocks, '委托代理人')).toBe('无');
      expect(cell(blocks, '被投诉者名称')).toBe('某某国际旅行社有限公司');
      expect(cell(blocks, '经营者类型')).toBe('旅行社');
      expect(cell(blocks, '统一社会信用代码')).toBe('91320100MA1XY0QK4R');
      expect(cell(blocks, '旅游产品或线路')).toBe('海南双飞五日游');
      expect(cell(blocks, '发生时间')).toBe('2026年2月15日');
      expect(cell(blocks, '投诉主要事实及理由').split('\n')[0]).toMatch(/^2026年2月10日，投诉者与被投诉者签订/);
      expect(cell(blocks, '投诉请求')).toBe('1.退还因擅自变更行程未能游览景点的费用人民币3600元\n2.被投诉者书面赔礼道歉');
      expect(cell(blocks, '证据材料').split('\n')).toEqual([
        '共3份：', '1.《国内旅游组团合同》及补充条款（合同编号：HN20260210-018）（书证）', '2.团费支付凭证（银行转账记录）（书证）', '3.导游宣布变更行程的现场录音（视听资料）',
      ]);
      expect(cell(blocks, '初审意见').split('\n')).toEqual([
        '投诉时效：符合', '管辖：属于本机关管辖', '投诉者资格（直接利害关系）：具备', '被投诉者明确：是', '投诉请求具体：是', '事实根据：有', '受理范围：属于',
        '审查结论：受理', '承办人：李明　2026年3月6日',
      ]);
      expect(cell(blocks, '交办日期')).toBe('2026年3月2日');
      // both 联系电话 cells: the complainant's full number, then the respondent's
      const phones = tableOf(blocks).rows.flatMap((r) => r.flatMap((c, i) => (c.text === '联系电话' && c.label ? [r[i + 1]?.text] : [])));
      expect(phones).toEqual([FIXTURE.complainant.phone, FIXTURE.respondent.phone]);
    }
  });

  it('records a refusal, a transfer and a joint complaint', () => {
    const refused = build('measures-2010', { acceptance: 'refuse' });
    expect(refused.ctx.missing).toEqual([]);
    expect(refused.ctx.title).toBe('旅游投诉登记表');
    expect(cell(refused.blocks, '初审意见')).toContain('管辖：不属于\n');
    expect(cell(refused.blocks, '初审意见')).toContain('审查结论：不予受理（不属于本机构职责范围或管辖）');
    const transferred = build('interim-1991', { acceptance: 'transfer' });
    expect(cell(transferred.blocks, '初审意见')).toContain('审查结论：转送（某某省某某市文化广电和旅游局）');
    const joint = build('interim-1991', { joint: true, agent: true });
    expect(cell(joint.blocks, '投诉人数')).toBe('5人');
    expect(cell(joint.blocks, '委托代理人')).toBe('王小明（配偶）');
    expect(cell(joint.blocks, '备注')).toBe('共同投诉者：王玥珺、赵堃、钱喆、孙赟、李珺');
  });

  it('reports missing values', () => {
    const { ctx } = build('interim-1991', {}, (s) => {
      s.requests = [];
      s.handler = null;
      s.events = s.events.filter((e) => !['accept', 'request_supplement'].includes(e.eventType));
    });
    expect(ctx.missing).toEqual(['requests', 'review_result', 'handler_name']);
    // a supplement request is a completed review too (§7.1 "When"): its result is 补正, the checklist left to tick
    const supplement = build('interim-1991', {}, (s) => {
      s.events = s.events.filter((e) => e.eventType !== 'accept');
    });
    expect(cell(supplement.blocks, '初审意见')).toContain('投诉时效：符合／不符合\n');
    expect(cell(supplement.blocks, '初审意见')).toContain('审查结论：补正');
  });
});

// ---------------------------------------------------------------------------------------------------------
// 7.15 送达回证
// ---------------------------------------------------------------------------------------------------------

describe('service_receipt (§7.15)', () => {
  const build = (source: DocumentSource, eventType: string, t: Partial<IssueTarget> = {}) => {
    const ev = fixtureEvent(source, eventType);
    const ctx = serviceReceipt.buildContext(source, { type: 'service_receipt', sourceEventId: ev.id, ...t }, stamp);
    return { ctx, blocks: serviceReceipt.buildBlocks(ctx) };
  };

  it('is a form per service event in 40 | 116 mm', () => {
    expect(serviceReceipt.info).toMatchObject({ family: 'form', per: 'service', sealed: false, issuedOn: ['serve_notice', 'serve_decision', 'serve_penalty_decision'] });
    const { ctx, blocks } = build(fixtureSource('interim-1991'), 'serve_notice');
    expect(ctx.missing).toEqual([]);
    expect(blocks.slice(0, 3)).toEqual([
      { kind: 'head', family: 'form' },
      { kind: 'title', lines: ['送达回证'] },
      { kind: 'meta', left: '编号：平旅投登字〔2026〕15号', right: '送达机关：某某市文化和旅游局' },
    ]);
    expect(blocks[blocks.length - 1]).toEqual({ kind: 'signature' });
    const table = tableOf(blocks);
    expect(table.columnsMm).toEqual([40, 116]);
    expect(table.rows.map((r) => r[0]?.text)).toEqual([
      '送达文书名称及文号', '案件编号', '受送达人', '送达地址', '送达方式', '送达时间', '受送达人签名或者盖章', '代收人签名及代收理由', '拒收事由及见证人签名', '送达人签名', '备注',
    ]);
    expect(cell(blocks, '送达文书名称及文号')).toBe('《旅游投诉答复通知书》（平旅投答字〔2026〕15号）共5页');
    expect(cell(blocks, '案件编号')).toBe('2026-03-0015');
    expect(cell(blocks, '受送达人')).toBe('某某国际旅行社有限公司');
    expect(cell(blocks, '送达地址')).toBe('湖南省长沙市天心区某某路88号');
    expect(cell(blocks, '送达方式')).toBe('邮寄送达（邮件号：EMS1234567890）');
    expect(cell(blocks, '送达时间')).toBe('2026年3月9日　　时　　分');
    expect(cell(blocks, '受送达人签名或者盖章')).toBe('');
    expect(cell(blocks, '送达人签名')).toBe('李明');
  });

  it('measures-2010 serves the 受理通知书; electronic service prints the arrival time', () => {
    const { ctx, blocks } = build(fixtureSource('measures-2010', { eService: true }), 'serve_notice');
    expect(ctx.missing).toEqual([]);
    expect(cell(blocks, '送达文书名称及文号')).toBe('《旅游投诉受理通知书》（平旅投答字〔2026〕15号）共5页');
    expect(cell(blocks, '送达地址')).toBe('电子送达：旅游投诉服务平台账户');
    expect(cell(blocks, '送达方式')).toBe('电子送达');
    expect(cell(blocks, '送达时间')).toBe('2026年3月9日11时00分');
    expect(cell(blocks, '受送达人签名或者盖章')).toBe('电子送达，送达时间以系统记录的到达时间为准');
  });

  it('serves the handling decision on each party and the penalty decision on the penalised party', () => {
    const source = fixtureSource('interim-1991', { outcome: 'decision', penalty: true });
    const toComplainant = source.events.find((e) => e.eventType === 'serve_decision' && e.payload.party_id === FIXTURE.complainantId);
    const ctx = serviceReceipt.buildContext(source, { type: 'service_receipt', sourceEventId: toComplainant?.id ?? null }, stamp);
    const blocks = serviceReceipt.buildBlocks(ctx);
    expect(ctx.missing).toEqual([]);
    expect(cell(blocks, '送达文书名称及文号')).toBe('《旅游投诉处理决定书》（平旅投决字〔2026〕4号）共4页');
    expect(cell(blocks, '受送达人')).toBe('王玥珺');
    expect(cell(blocks, '送达地址')).toBe(FIXTURE.complainant.address);
    expect(cell(blocks, '送达方式')).toBe('直接送达');
    const penalty = build(source, 'serve_penalty_decision');
    expect(penalty.ctx.missing).toEqual([]);
    expect(cell(penalty.blocks, '送达文书名称及文号')).toBe('《行政处罚决定书》（平旅罚决字〔2026〕2号）共3页');
    expect(cell(penalty.blocks, '受送达人')).toBe('某某国际旅行社有限公司');
    expect(cell(penalty.blocks, '送达时间')).toBe('2026年3月27日　　时　　分');
  });

  it('names the type and reports served_document when the document is not issued yet', () => {
    const source = fixtureSource('interim-1991', { outcome: 'decision' });
    source.documents = source.documents.filter((d) => d.type !== 'handling_decision');
    const { ctx, blocks } = build(source, 'serve_decision');
    expect(ctx.missing).toEqual(['served_document']);
    expect(cell(blocks, '送达文书名称及文号')).toBe('《旅游投诉处理决定书》（）');
    const none = serviceReceipt.buildContext(source, { type: 'service_receipt', sourceEventId: 999999 }, stamp);
    expect(none.missing).toEqual(['service_event', 'served_document', 'recipient', 'service_method', 'server_names']);
  });

  it('uses the latest not superseded document', () => {
    const source = fixtureSource('interim-1991');
    const first = source.documents.find((d) => d.type === 'reply_notice') as IssuedDocumentRef;
    first.supersededById = 77;
    source.documents.push({ ...first, id: 77, number: '平旅投答字〔2026〕16号', supersededById: null, issuedAt: new Date('2026-03-07T02:00:00Z') });
    expect(cell(build(source, 'serve_notice').blocks, '送达文书名称及文号')).toBe('《旅游投诉答复通知书》（平旅投答字〔2026〕16号）共5页');
  });
});

// ---------------------------------------------------------------------------------------------------------
// 7.16 结案报告
// ---------------------------------------------------------------------------------------------------------

/** A stopped or expired clock of the case. */
function clock(id: number, clockKey: CaseClock['clockKey'], due: string, state: CaseClock['state'], stoppedAt: string | null): CaseClock {
  return {
    id, caseId: FIXTURE.caseId, clockKey, definitionId: 1, definitionVersion: 1, partyId: null, obligationId: null, penaltyId: null, startEventId: 1000 + id,
    startAt: new Date(`2026-03-0${id}T02:00:00Z`), startDate: `2026-03-0${id}`, unit: 'calendar_day', length: 30, extension: 0, pauses: [], extensions: [],
    dueOverride: null, state, dueDate: due, dueAt: new Date(`${due}T15:59:59Z`), isProvisional: false, explanation: [], calendarVersion: 1,
    stoppedAt: stoppedAt === null ? null : new Date(`${stoppedAt}T02:00:00Z`), expiredAt: state === 'expired' ? new Date(`${due}T16:00:00Z`) : null, version: 1,
  };
}

describe('closure_report (§7.16)', () => {
  const build = (profile: 'interim-1991' | 'measures-2010', variant: FixtureVariant, edit?: (s: DocumentSource) => void) => {
    const source = fixtureSource(profile, variant);
    edit?.(source);
    const ctx = closureReport.buildContext(source, { type: 'closure_report' }, fixtureStamp({ number: '平旅投结字〔2026〕3号' }));
    return { ctx, blocks: closureReport.buildBlocks(ctx) };
  };

  it('is an internal form of 16 rows', () => {
    expect(closureReport.info).toMatchObject({ family: 'form', internal: true, issuedOn: ['close'] });
    const { ctx, blocks } = build('interim-1991', { outcome: 'decision', penalty: true, deposit: 'decision_not_performed' }, (s) => {
      s.clocks = [clock(1, 'acceptance', '2026-03-09', 'stopped', '2026-03-06'), clock(2, 'respondent_reply', '2026-04-08', 'stopped', '2026-03-12'), clock(3, 'performance', '2026-03-30', 'expired', null)];
    });
    expect(ctx.missing).toEqual([]);
    expect(blocks[1]).toEqual({ kind: 'title', lines: ['旅游投诉结案报告'] });
    expect(blocks[2]).toEqual({ kind: 'meta', left: '编号：平旅投结字〔2026〕3号', right: '结案日期：2026年3月31日' });
    expect(blocks[blocks.length - 1]).toEqual({ kind: 'signature' });
    const table = tableOf(blocks);
    expect(table.columnsMm).toEqual([28, 50, 28, 50]);
    expect(table.rows).toHaveLength(16);
    expect(cell(blocks, '案件编号')).toBe('2026-03-0015');
    expect(cell(blocks, '受理日期')).toBe('2026年3月6日');
    expect(cell(blocks, '投诉者')).toBe('王玥珺');
    expect(cell(blocks, '被投诉者')).toBe('某某国际旅行社有限公司');
    expect(cell(blocks, '案由')).toBe('旅游合同纠纷');
    expect(cell(blocks, '程序规范')).toBe('旅游投诉暂行规定');
    const course = cell(blocks, '办理经过').split('\n');
    expect(course[0]).toBe('2026年3月2日　提交投诉');
    expect(course).toContain('2026年3月6日　发出受理通知书　平旅投答字〔2026〕15号');
    expect(course).toContain('2026年3月27日　作出行政处罚决定　平旅罚决字〔2026〕2号');
    expect(course).toContain('2026年3月30日　作出处理决定　平旅投决字〔2026〕4号');
    expect(course[course.length - 1]).toBe('2026年3月31日　结案');
    expect(course.some((l) => l.includes('添加证据材料'))).toBe(false);
    expect(cell(blocks, '处理结果')).toBe('作出处理决定（属于被投诉者的过错，平旅投决字〔2026〕4号）');
    expect(cell(blocks, '赔偿（退款）金额')).toBe('人民币3600元');
    expect(cell(blocks, '履行情况')).toBe('某某国际旅行社有限公司赔礼道歉：待履行；某某国际旅行社有限公司支付款项：待履行');
    expect(cell(blocks, '行政处罚')).toBe('平旅罚决字〔2026〕2号：某某国际旅行社有限公司，警告；罚款人民币30000元（大写：叁万元整）');
    expect(cell(blocks, '质量保证金赔付')).toBe('人民币3600元');
    expect(cell(blocks, '行政复议、行政诉讼情况')).toBe('无');
    expect(cell(blocks, '时限执行情况').split('\n')).toEqual([
      '受理时效：期限至2026年3月9日，2026年3月6日完成，按期',
      '书面答复期限：期限至2026年4月8日，2026年3月12日完成，按期',
      '履行期限：期限至2026年3月30日，逾期',
    ]);
    expect(cell(blocks, '承办人意见')).toBe('本案已办结。\n承办人：李明　2026年3月31日');
    expect(cell(blocks, '审核意见')).toContain('审核人：');
  });

  it('states the outcome of an agreement and of a 2010 termination', () => {
    const agreed = build('interim-1991', {}, (s) => {
      s.documents.push({ id: 50, type: 'mediation_agreement', number: '平旅投协字〔2026〕1号', issuedAt: new Date('2026-03-20T07:00:00Z'), recipientPartyId: null, penaltyId: null, sourceEventId: fixtureEvent(s, 'sign_mediation_agreement').id, supersededById: null, title: '旅游投诉调解协议书', pageCount: 3 });
    });
    expect(agreed.ctx.missing).toEqual([]);
    expect(cell(agreed.blocks, '处理结果')).toBe('调解结案（平旅投协字〔2026〕1号）');
    expect(cell(agreed.blocks, '办理经过')).toContain('2026年3月20日　签订调解协议　平旅投协字〔2026〕1号');
    expect(cell(agreed.blocks, '行政处罚')).toBe('无');
    expect(cell(agreed.blocks, '质量保证金赔付')).toBe('无');
    const terminated = build('measures-2010', { outcome: 'termination' });
    expect(cell(terminated.blocks, '处理结果')).toBe('终止调解');
    expect(cell(terminated.blocks, '程序规范')).toBe('旅游投诉处理办法（2010）');
    expect(cell(terminated.blocks, '赔偿（退款）金额')).toBe('无');
  });

  it('reports missing values', () => {
    const { ctx } = build('interim-1991', {}, (s) => {
      s.events = s.events.filter((e) => e.eventType !== 'sign_mediation_agreement');
      const close = fixtureEvent(s, 'close');
      close.payload = { ...close.payload, closure_summary: '' };
    });
    expect(ctx.missing).toEqual(['outcome', 'handler_opinion']);
  });
});
