/**
 * Demo data (never in production, only into an empty database): one provincial department and two city
 * bureaus (one per procedure profile), three businesses, the demo accounts of the README (password
 * Demo@2026), and about 30 cases spread over every status of both profiles — each reached by replaying
 * events through the real services with a moving clock.
 */
import { createServices, type Services } from '../../server/services/index.ts';
import { FixedClock } from '../../server/services/clock.ts';
import { countUsers, insertUser } from '../../server/repositories/userRepository.ts';
import { insertAgency } from '../../server/repositories/agencyRepository.ts';
import { insertOrganisation } from '../../server/repositories/organisationRepository.ts';
import { hashSecret } from '../../server/services/secrets.ts';
import type { Actor } from '../../server/domain/case/types.ts';
import type { CaseStatus } from '../../server/domain/case/statuses.ts';
import type { Role } from '../../server/domain/roles.ts';
import { legalDateOf } from '../../server/domain/deadlines/legalDate.ts';
import { PATHS, pathDays, sampleComplaint, walkTo, type ScenarioActors } from './scenarios.ts';

export const DEMO_PASSWORD = 'Demo@2026';

export const DEMO_ORGANISATIONS = [
  { key: 'agency', name: '金陵国际旅行社有限公司', respondent_type: 'travel_agency', uscc: '91320100MA1XY0QK4R', licence_no: 'L-JS-CJ00123', address: '江苏省南京市秦淮区太平南路100号', division_code: '320104', legal_representative: '陈建国', contact_person: '王丽', contact_phone: '025-84561234' },
  { key: 'hotel', name: '南京紫金山庄酒店有限公司', respondent_type: 'accommodation', uscc: '91320100MA2AB3CD5A', licence_no: null, address: '江苏省南京市玄武区环陵路18号', division_code: '320102', contact_person: '刘强', contact_phone: '025-84858888' },
  { key: 'scenic', name: '苏州园林景区管理有限公司', respondent_type: 'scenic_area', uscc: '91320500MA1EF2GH6Q', licence_no: null, address: '江苏省苏州市姑苏区东北街178号', division_code: '320508', contact_person: '陈静', contact_phone: '0512-67510286' },
] as const;

async function createAccount(services: Services, row: { username: string; displayName: string; role: Role; agencyId?: number; organisationId?: number; email?: string }): Promise<Actor> {
  const id = await insertUser(services.database.knex, {
    username: row.username,
    display_name: row.displayName,
    email: row.email ?? `${row.username}@demo.invalid`,
    role: row.role,
    agency_id: row.agencyId ?? null,
    organisation_id: row.organisationId ?? null,
    password_hash: await hashSecret(DEMO_PASSWORD),
  });
  return { userId: id, role: row.role, agencyId: row.agencyId ?? null, organisationId: row.organisationId ?? null, displayName: row.displayName };
}

export interface DemoDirectory {
  agencies: { province: number; nanjing: number; suzhou: number };
  organisations: Record<'agency' | 'hotel' | 'scenic', number>;
  nanjing: ScenarioActors;
  suzhou: ScenarioActors;
  admin: Actor;
  province: Actor;
}

/** Agencies, businesses and the demo accounts (also the fixture of the integration tests). */
export async function createDemoDirectory(services: Services): Promise<DemoDirectory> {
  const db = services.database.knex;
  const since = services.clock.now();
  const province = await insertAgency(db, { level: 'provincial', name: '江苏省文化和旅游厅', short_name: '省文旅厅', division_code: '320000', case_code: '320000', default_profile: 'interim-1991', address: '南京市鼓楼区北京西路70号', public_phone: '025-12345', reconsideration_organ: '江苏省人民政府', court: '南京市中级人民法院' });
  const nanjing = await insertAgency(db, { parent_id: province, level: 'prefecture', name: '南京市文化和旅游局', short_name: '南京文旅局', division_code: '320100', case_code: '320100', default_profile: 'interim-1991', address: '南京市建邺区江东中路265号', public_phone: '025-12301', reconsideration_organ: '南京市人民政府', court: '南京市玄武区人民法院', document_prefixes: JSON.stringify({ acceptance_notice: '宁旅投受字' }) });
  const suzhou = await insertAgency(db, { parent_id: province, level: 'prefecture', name: '苏州市文化广电和旅游局', short_name: '苏州文旅局', division_code: '320500', case_code: '320500', default_profile: 'measures-2010', address: '苏州市姑苏区三香路998号', public_phone: '0512-12301', reconsideration_organ: '苏州市人民政府', court: '苏州市姑苏区人民法院' });
  const organisations = {} as Record<'agency' | 'hotel' | 'scenic', number>;
  for (const o of DEMO_ORGANISATIONS) {
    const { key, ...row } = o;
    organisations[key] = await insertOrganisation(db, { ...row, verified: true, e_service_consent_at: since });
  }
  const citizen = await createAccount(services, { username: 'citizen', displayName: '张明', role: 'citizen' });
  const business = await createAccount(services, { username: 'business', displayName: '王丽（金陵国旅）', role: 'business_admin', organisationId: organisations.agency });
  const nanjingActors: ScenarioActors = {
    officer: await createAccount(services, { username: 'officer', displayName: '李承办', role: 'officer', agencyId: nanjing }),
    supervisor: await createAccount(services, { username: 'supervisor', displayName: '周科长', role: 'supervisor', agencyId: nanjing }),
    business,
    citizen,
  };
  const suzhouActors: ScenarioActors = {
    officer: await createAccount(services, { username: 'officer_sz', displayName: '吴承办', role: 'officer', agencyId: suzhou }),
    supervisor: await createAccount(services, { username: 'supervisor_sz', displayName: '郑科长', role: 'supervisor', agencyId: suzhou }),
    business,
    citizen,
  };
  return {
    agencies: { province, nanjing, suzhou },
    organisations,
    nanjing: nanjingActors,
    suzhou: suzhouActors,
    admin: await createAccount(services, { username: 'admin', displayName: '系统管理员', role: 'administrator', agencyId: province }),
    province: await createAccount(services, { username: 'province', displayName: '省厅督办处', role: 'supervisor', agencyId: province }),
  };
}

/** Loads the demo set when the database has no users yet; returns what it loaded, or null. */
export async function loadDemoDataIfEmpty(base: Services): Promise<{ cases: number } | null> {
  if ((await countUsers(base.database.knex)) > 0) return null;
  const now = base.clock.now();
  const clock = new FixedClock(new Date(now.getTime() - 240 * 86_400_000));
  const services = createServices({ database: base.database, clock, config: base.config, logger: base.logger });
  const directory = await createDemoDirectory(services);
  let count = 0;
  for (const [profile, agencyId, actors] of [
    ['interim-1991', directory.agencies.nanjing, directory.nanjing],
    ['measures-2010', directory.agencies.suzhou, directory.suzhou],
  ] as const) {
    for (const status of Object.keys(PATHS[profile]) as CaseStatus[]) {
      // start early enough that the walk ends shortly before today, so later expiry runs leave it where it is
      clock.set(new Date(now.getTime() - (pathDays(profile, status) + 2) * 86_400_000 - (count + 1) * 3_600_000));
      const form = sampleComplaint(legalDateOf(clock.now()), { complainant_name: DEMO_NAMES[count % DEMO_NAMES.length]! });
      const channel = count % 3 === 0 ? 'phone' : 'online';
      const { caseId } = await services.complaints.fileComplaint({ agencyId, channel, form, actor: channel === 'online' ? actors.citizen : actors.officer });
      await walkTo({ services, clock, actors, caseId, profile }, status);
      count++;
    }
  }
  return { cases: count };
}

const DEMO_NAMES = ['张明', '李华', '王芳', '赵磊', '孙丽', '周杰', '吴敏', '郑洁', '冯涛', '陈晨', '褚静', '卫东', '蒋琳', '沈涛', '韩梅', '杨帆'];
