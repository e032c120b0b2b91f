/** Read-only reference data for forms and the health check. */
import type { Knex } from 'knex';
import { listAgencies } from '../repositories/agencyRepository.ts';
import { listOrganisations } from '../repositories/organisationRepository.ts';

export function createReferenceService(deps: { db: Knex }) {
  const { db } = deps;
  return {
    listAgencies: () => listAgencies(db),
    listOrganisations: () => listOrganisations(db),
    /** true once the database answers and the migrations have run */
    async databaseReady(): Promise<boolean> {
      try {
        await db.raw('select 1 from procedure_profiles limit 1');
        return true;
      } catch {
        return false;
      }
    },
  };
}
