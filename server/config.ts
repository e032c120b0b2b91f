/**
 * The ONLY reader of process.env. Typed; values required in production fail at start.
 */
import path from 'node:path';

export interface Config {
  env: 'development' | 'test' | 'production';
  port: number;
  /** Set → that PostgreSQL; unset → embedded PGlite in dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  sessionSecret: string;
  /** Load the demo data set into an empty database (never in production). */
  loadDemoData: boolean;
  /** Mark cookies Secure (behind HTTPS). */
  secureCookies: boolean;
  /** Trust X-Forwarded-* from this many proxies (load balancer). */
  trustProxy: number;
  logLevel: string;
  uploads: { maxFileBytes: number; maxCaseBytes: number };
  /** Timezone of legal dates (procedure.md §0). */
  legalTimeZone: 'Asia/Shanghai';
  /** Formal documents (documents.md §1.5, §6.3): portal name, public address for verification, licensed fonts. */
  documents: {
    portalName: string;
    /** e.g. https://ts.example.gov.cn, printed in every QR code */
    publicBaseUrl: string;
    fonts: { fangsong?: string; xiaobiaosong?: string; heiti?: string; kaiti?: string };
  };
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const production = nodeEnv === 'production';
  const required = (name: string): string => {
    const v = env[name];
    if (!v) throw new ConfigError(`${name} must be set in production`);
    return v;
  };
  const int = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) throw new ConfigError(`${name} must be a non-negative integer, got "${raw}"`);
    return n;
  };
  const port = int('PORT', 3000);
  if (port > 65535) throw new ConfigError(`PORT must be at most 65535, got ${port}`);
  return {
    env: nodeEnv,
    port,
    databaseUrl: env.DATABASE_URL || null,
    dataDir: path.resolve(env.DATA_DIR || './data'),
    sessionSecret: production ? required('SESSION_SECRET') : env.SESSION_SECRET || 'development-only-session-secret-change-me',
    loadDemoData: !production && env.DEMO_DATA !== 'false',
    secureCookies: env.SECURE_COOKIES ? env.SECURE_COOKIES === 'true' : production,
    trustProxy: int('TRUST_PROXY', 0),
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info'),
    uploads: {
      maxFileBytes: int('UPLOAD_MAX_FILE_BYTES', 20 * 1024 * 1024),
      maxCaseBytes: int('UPLOAD_MAX_CASE_BYTES', 200 * 1024 * 1024),
    },
    legalTimeZone: 'Asia/Shanghai',
    documents: {
      portalName: env.PORTAL_NAME || '旅游投诉服务平台',
      publicBaseUrl: publicBaseUrl(env.PUBLIC_BASE_URL, production, port),
      fonts: {
        ...(env.DOC_FONT_FANGSONG ? { fangsong: env.DOC_FONT_FANGSONG } : {}),
        ...(env.DOC_FONT_XIAOBIAOSONG ? { xiaobiaosong: env.DOC_FONT_XIAOBIAOSONG } : {}),
        ...(env.DOC_FONT_HEITI ? { heiti: env.DOC_FONT_HEITI } : {}),
        ...(env.DOC_FONT_KAITI ? { kaiti: env.DOC_FONT_KAITI } : {}),
      },
    },
  };
}

/** The public address printed in documents' QR codes: required in production, http://localhost:PORT otherwise. */
function publicBaseUrl(raw: string | undefined, production: boolean, port: number): string {
  if (!raw) {
    if (production) throw new ConfigError('PUBLIC_BASE_URL must be set in production (it is printed in every document)');
    return `http://localhost:${port}`;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`PUBLIC_BASE_URL must be an absolute URL, got "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError('PUBLIC_BASE_URL must use http or https');
  return url.origin;
}
