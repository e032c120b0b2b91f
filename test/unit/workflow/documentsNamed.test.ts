import { describe, expect, it } from 'vitest';
import { CASE_TRANSITIONS, PENALTY_TRANSITIONS } from '../../../server/domain/case/caseWorkflow.ts';
import { DOCUMENT_TYPES } from '../../../documents/index.ts';

describe('documents named by the workflow table', () => {
  it('every document a step produces is a known document type (procedure.md §9)', () => {
    const named = [...CASE_TRANSITIONS, ...PENALTY_TRANSITIONS].flatMap((t) => t.documents);
    expect(named.filter((d) => !(DOCUMENT_TYPES as readonly string[]).includes(d))).toEqual([]);
  });
});
