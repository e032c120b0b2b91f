/**
 * npm run audit:verify — checks every case's hash chain; exits 1 naming each broken case.
 * Runs against DATABASE_URL, or the embedded database in DATA_DIR (the portal must be stopped then).
 */
import { loadConfig } from '../config.ts';
import { createDb, migrateLatest } from '../db.ts';
import { createAuditService } from '../services/auditService.ts';

const config = loadConfig();
const database = await createDb(config);
await migrateLatest(database.knex);
const { checked, broken } = await createAuditService({ db: database.knex }).verifyAll();
await database.close();
if (broken.length === 0) {
  console.log(`audit:verify: ${checked} cases, every hash chain intact / 全部 ${checked} 件案件的哈希链完整`);
  process.exit(0);
}
for (const b of broken) console.log(`BROKEN ${b.caseNumber} (case id ${b.caseId}) at event seq ${b.seq} / 哈希链断裂`);
console.log(`audit:verify: ${broken.length} of ${checked} cases broken`);
process.exit(1);
