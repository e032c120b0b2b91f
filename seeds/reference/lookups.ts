/** Lookup rows: complaint categories (procedure.md §5.1) and evidence kinds (§2.5). */
export const COMPLAINT_CATEGORY_ROWS = [
  { key: 'contract_breach', nameZh: '不履行合同或协议/违约', nameEn: 'Breach of contract or agreement', source: 'IR1991 art. 9(1); M2010 art. 8(1)' },
  { key: 'service_quality', nameZh: '服务质价不符/服务质量', nameEn: 'Service not worth the price / service quality', source: 'IR1991 art. 9(2)' },
  { key: 'luggage_damage_loss', nameZh: '损坏、丢失行李', nameEn: 'Luggage damaged or lost', source: 'IR1991 art. 9(3)' },
  { key: 'personal_injury', nameZh: '人身伤害', nameEn: 'Personal injury', source: 'IR1991 art. 9(4); M2010 art. 8(2)' },
  { key: 'property_damage', nameZh: '财产损害', nameEn: 'Property damage', source: 'M2010 art. 8(2)' },
  { key: 'fraud', nameZh: '欺诈', nameEn: 'Fraud', source: 'IR1991 art. 9(5)' },
  { key: 'kickback_tip', nameZh: '索要回扣、小费', nameEn: 'Demanding kickbacks or tips', source: 'IR1991 art. 9(6); TL arts. 41, 102' },
  { key: 'forced_shopping', nameZh: '强迫或变相强迫购物、另行付费项目', nameEn: 'Forced shopping or extra-paid items', source: 'TL arts. 35, 41' },
  { key: 'force_majeure_dispute', nameZh: '因不可抗力、意外事故引起的合同纠纷', nameEn: 'Contract dispute caused by force majeure or accident', source: 'M2010 art. 8(3)' },
  { key: 'other', nameZh: '其他损害旅游者权益', nameEn: 'Other harm to tourists’ rights', source: 'IR1991 art. 9(7); M2010 art. 8(4)' },
] as const;

export const EVIDENCE_KIND_ROWS = [
  { key: 'documentary', nameZh: '书证', nameEn: 'Documentary evidence', active: true },
  { key: 'physical', nameZh: '物证', nameEn: 'Physical evidence', active: true },
  { key: 'audiovisual', nameZh: '视听资料', nameEn: 'Audio-visual material', active: true },
  { key: 'witness_testimony', nameZh: '证人证言', nameEn: 'Witness testimony', active: true },
  { key: 'party_statement', nameZh: '当事人陈述', nameEn: 'Statement of a party', active: true },
  { key: 'appraisal_conclusion', nameZh: '鉴定结论', nameEn: 'Appraisal conclusion', active: true },
  { key: 'inspection_record', nameZh: '勘验笔录', nameEn: 'Inspection record', active: true },
  { key: 'electronic_data', nameZh: '电子数据', nameEn: 'Electronic data', active: false },
  { key: 'on_site_record', nameZh: '现场笔录', nameEn: 'On-site record', active: false },
] as const;
