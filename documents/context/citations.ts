/** Legal citation strings per profile (documents.md §6.4); configuration, versioned with the templates. */
import type { ProfileKey } from '../../server/domain/procedure/profiles.ts';

export interface Citations {
  rules: string;
  rules_acceptance_conditions: string;
  rules_scope: string;
  rules_form: string;
  rules_reply: string;
  rules_mediation_result: string;
  rules_deposit: string;
  law_tourism: string;
  law_penalty: string;
  law_pipl: string;
  reg_travel_agency: string;
}

export const CITATIONS: Record<ProfileKey, Citations> = {
  'interim-1991': {
    rules: '《旅游投诉暂行规定》',
    rules_acceptance_conditions: '《旅游投诉暂行规定》第八条',
    rules_scope: '《旅游投诉暂行规定》第九条',
    rules_form: '《旅游投诉暂行规定》第十条、第十一条',
    // † article of the 1991 rules for the reply period to be confirmed (documents.md §10)
    rules_reply: '《旅游投诉暂行规定》',
    rules_mediation_result: '《旅游投诉暂行规定》',
    rules_deposit: '《旅行社条例》第十五条',
    law_tourism: '《中华人民共和国旅游法》',
    law_penalty: '《中华人民共和国行政处罚法》',
    law_pipl: '《中华人民共和国个人信息保护法》',
    reg_travel_agency: '《旅行社条例》',
  },
  'measures-2010': {
    rules: '《旅游投诉处理办法》',
    rules_acceptance_conditions: '《旅游投诉处理办法》第十条',
    rules_scope: '《旅游投诉处理办法》第八条',
    rules_form: '《旅游投诉处理办法》第十一条',
    rules_reply: '《旅游投诉处理办法》第十七条、第十八条',
    rules_mediation_result: '《旅游投诉处理办法》第二十五条',
    rules_deposit: '《旅游投诉处理办法》第二十六条、《旅行社条例》第十五条',
    law_tourism: '《中华人民共和国旅游法》',
    law_penalty: '《中华人民共和国行政处罚法》',
    law_pipl: '《中华人民共和国个人信息保护法》',
    reg_travel_agency: '《旅行社条例》',
  },
};
