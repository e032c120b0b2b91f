/**
 * Reference data, idempotent: rows are inserted when missing and never overwrite what administrators
 * have edited since (procedure profiles, clock definitions, holiday calendar 2004–2026, lookups).
 */
import type { Knex } from 'knex';
import { SHIPPED_PROFILES } from '../../server/domain/procedure/profiles.ts';
import { SHIPPED_CLOCK_DEFINITIONS } from '../../server/domain/procedure/clockDefinitions.ts';
import { HOLIDAY_YEARS } from './holidayData.ts';
import { COMPLAINT_CATEGORY_ROWS, EVIDENCE_KIND_ROWS } from './lookups.ts';

export async function seedReferenceData(knex: Knex): Promise<void> {
  await knex.transaction(async (trx) => {
    for (const p of SHIPPED_PROFILES) {
      await trx('procedure_profiles')
        .insert({ key: p.key, name_zh: p.nameZh, name_en: p.nameEn, legal_source: p.legalSource, switches: JSON.stringify(p.switches) })
        .onConflict('key')
        .ignore();
    }
    for (const d of SHIPPED_CLOCK_DEFINITIONS) {
      await trx('clock_definitions')
        .insert({
          profile_key: d.profileKey,
          clock_key: d.clockKey,
          name_zh: d.nameZh,
          start_events: JSON.stringify(d.startEvents),
          start_basis: d.startBasis,
          start_condition: d.startCondition ?? null,
          scope: d.scope,
          unit: d.unit,
          length: d.length,
          end_events: JSON.stringify(d.endEvents),
          pause_events: JSON.stringify(d.pauseEvents),
          resume_events: JSON.stringify(d.resumeEvents),
          reminders: JSON.stringify(d.reminders),
          pausable: d.pausable,
          extendable: d.extendable,
          max_extension: d.maxExtension,
          on_resume: d.onResume,
          owner: d.owner,
          evaluate_only: d.evaluateOnly ?? false,
          source: d.source,
          evidence_marker: d.evidenceMarker,
        })
        .onConflict(['profile_key', 'clock_key'])
        .ignore();
    }
    for (const y of HOLIDAY_YEARS) {
      const inserted = await trx('calendar_years')
        .insert({ year: y.year, status: 'published', source_notice: y.sourceNotice, published_on: y.publishedOn })
        .onConflict('year')
        .ignore()
        .returning('year');
      if (inserted.length === 0) continue; // the year exists: administrators own it now
      if (y.days.length > 0) {
        await trx('calendar_days').insert(
          y.days.map((d) => ({ date: d.date, year: y.year, kind: d.kind, name: d.name, source_notice: d.sourceNotice ?? y.sourceNotice })),
        );
      }
    }
    for (const c of COMPLAINT_CATEGORY_ROWS) {
      await trx('complaint_categories').insert({ key: c.key, name_zh: c.nameZh, name_en: c.nameEn, source: c.source }).onConflict('key').ignore();
    }
    for (const k of EVIDENCE_KIND_ROWS) {
      await trx('evidence_kinds').insert({ key: k.key, name_zh: k.nameZh, name_en: k.nameEn, active: k.active }).onConflict('key').ignore();
    }
  });
}
