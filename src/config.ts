import Type, { type Static } from 'typebox'
import { Value } from 'typebox/value'

export const ConfigSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  HOST: Type.String({ minLength: 1, default: '0.0.0.0' }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  DATA_DIR: Type.String({ minLength: 1, default: './data' }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info' }),
  /** Let GET requests under /v1 through without an API key. */
  ALLOW_ANONYMOUS_READS: Type.Boolean({ default: false }),
  /** When set, /metrics wants Authorization: Bearer <this token>. */
  METRICS_TOKEN: Type.Optional(Type.String({ minLength: 16 })),
  /** Origins allowed to call from a browser, comma-separated; empty: none. */
  CORS_ORIGINS: Type.String({ default: '' }),
  /** Requests a minute per API key (per address without one). */
  RATE_LIMIT_PER_MINUTE: Type.Integer({ minimum: 1, default: 1200 }),
})

export type Config = Static<typeof ConfigSchema>

export class ConfigError extends Error {}

/** Reads the environment once; an empty variable counts as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw: Record<string, unknown> = {}
  for (const key of Object.keys(ConfigSchema.properties)) {
    const value = env[key]
    if (value !== undefined && value !== '') raw[key] = value
  }
  const config = Value.Convert(ConfigSchema, Value.Default(ConfigSchema, raw))
  const [error] = Value.Errors(ConfigSchema, config)
  if (error) {
    const name = error.instancePath.replace(/^\//, '')
    throw new ConfigError(`${name}: ${error.message} (got ${JSON.stringify(raw[name])})`)
  }
  return config as Config
}
