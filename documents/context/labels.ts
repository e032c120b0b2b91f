/**
 * Chinese labels of enum values (server/i18n/labels.zh-CN.json, keys `enum.<enumName>.<value>`), for documents.
 * Pure lookup; an unknown enum or value gives ''.
 */
import labels from '../../server/i18n/labels.zh-CN.json' with { type: 'json' };

const TABLE: Readonly<Record<string, string>> = labels;

/** label('evidence_kind', 'documentary') → '书证'; '' for null, unknown names or values. */
export function label(enumName: string, value: string | null | undefined): string {
  if (value == null || value === '') return '';
  return TABLE[`enum.${enumName}.${value}`] ?? '';
}
