/** Procedure profiles and clock definitions (rows administrators may edit). */
import type { Db } from './rows.ts';
import type { ProcedureProfile, ProfileKey } from '../domain/procedure/profiles.ts';
import type { ClockDefinition } from '../domain/procedure/clockDefinitions.ts';

export async function getProfile(db: Db, key: ProfileKey): Promise<ProcedureProfile> {
  const row = await db('procedure_profiles').where({ key }).first('key', 'name_zh', 'name_en', 'legal_source', 'switches');
  if (!row) throw new Error(`procedure profile ${key} is not configured`);
  return { key: row.key, nameZh: row.name_zh, nameEn: row.name_en, legalSource: row.legal_source, switches: row.switches };
}

export interface StoredClockDefinition extends ClockDefinition {
  id: number;
  version: number;
}

export async function listClockDefinitions(db: Db, profileKey: ProfileKey): Promise<StoredClockDefinition[]> {
  const rows = await db('clock_definitions')
    .where({ profile_key: profileKey })
    .orderBy('id')
    .select(
      'id', 'version', 'profile_key', 'clock_key', 'name_zh', 'start_events', 'start_basis', 'start_condition', 'scope', 'unit', 'length',
      'end_events', 'pause_events', 'resume_events', 'reminders', 'pausable', 'extendable', 'max_extension', 'on_resume', 'owner',
      'evaluate_only', 'source', 'evidence_marker',
    );
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    profileKey: r.profile_key,
    clockKey: r.clock_key,
    nameZh: r.name_zh,
    startEvents: r.start_events,
    startBasis: r.start_basis,
    ...(r.start_condition ? { startCondition: r.start_condition } : {}),
    scope: r.scope,
    unit: r.unit,
    length: r.length,
    endEvents: r.end_events,
    pauseEvents: r.pause_events,
    resumeEvents: r.resume_events,
    reminders: r.reminders,
    pausable: r.pausable,
    extendable: r.extendable,
    maxExtension: r.max_extension,
    onResume: r.on_resume,
    owner: r.owner,
    evaluateOnly: r.evaluate_only,
    source: r.source,
    evidenceMarker: r.evidence_marker,
  }));
}
