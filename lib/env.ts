import { z } from "zod";

// Relative imports: prisma.config.ts loads this file outside the app, where "@/" does not resolve.
import { DEFAULT_DATABASE_URL, providerOfUrl, type DatabaseProvider } from "./database-url.mjs";
import { trustedProxyEntries } from "./http/trusted-proxies.mjs";

// The one place that reads process.env (STYLE.md §9). Parsed once, on first use.

const ZDatabaseUrl = z
  .string()
  .trim()
  .refine((url) => /^file:.+/.test(url) || /^postgres(ql)?:\/\/.+/.test(url), {
    message: 'must start with "file:" (SQLite) or "postgresql://" (PostgreSQL)',
  });

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? DEFAULT_DATABASE_URL : v))
    .pipe(ZDatabaseUrl),
  // The public address of the app: absolute canonical and hreflang links use it.
  SITE_URL: z.url({ protocol: /^https?$/ }).default("http://localhost:3000"),
  // Signs session cookies. Every instance must share it. Optional for the SQLite quick
  // start (scripts/start.mjs creates one in ./data); required on PostgreSQL in production.
  BETTER_AUTH_SECRET: z.string().min(32, { message: "must be at least 32 characters" }).optional(),
  // Addresses or CIDR ranges of the reverse proxies in front of the app, comma-separated:
  // the client address for rate limits is read from X-Forwarded-For through them.
  TRUSTED_PROXIES: z.string().optional().transform(trustedProxyEntries),
  // Requests per minute one client may make to POST /api/decide (counted in each instance's memory).
  DECIDE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  // Requests per minute one signed-in person may make to /api/history and its actions (counted in each instance's memory).
  HISTORY_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
  // Upper bound for each server process's PostgreSQL pool; several instances share one server.
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  // Where mail goes out (address verification, password reset): smtp://user:pass@host:587 or smtps://…:465.
  // Unset: no mail, and sign-up works without it (README, "Email").
  SMTP_URL: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()))
    .pipe(z.url({ protocol: /^smtps?$/, message: 'must be an smtp:// or smtps:// URL, e.g. "smtp://user:password@mail.example.com:587"' }).optional()),
  // The sender of Kindly's mail; defaults to no-reply at SITE_URL's host.
  MAIL_FROM: z
    .string()
    .trim()
    .max(200)
    .regex(/^(?:[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, {
      message: 'must be an address, e.g. "no-reply@example.org" or "Kindly <no-reply@example.org>"',
    })
    .optional(),
});

const ZEnvWithDefaults = ZEnv.transform((values) => ({
  ...values,
  MAIL_FROM: values.MAIL_FROM ?? `Kindly <no-reply@${new URL(values.SITE_URL).hostname}>`,
}));

export type Env = z.infer<typeof ZEnvWithDefaults>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = ZEnvWithDefaults.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".") || "(env)"}: ${issue.message}`);
    throw new Error(`Invalid environment variable(s):\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export type { DatabaseProvider };

/** Which database a (validated) DATABASE_URL names: lib/database-url.mjs, shared with the start and migrate scripts. */
export const databaseProvider = providerOfUrl;
