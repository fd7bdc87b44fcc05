/**
 * The SDK as another team gets it (`npx tsx test/sdk-install/run.ts`, a CI step): `npm pack` in
 * sdk/ (prepack builds dist/), the tarball installed into a fresh project outside the checkout
 * with nothing but its own runtime dependency from the registry, a strict TypeScript program
 * that imports it by its package name compiled with tsc (and a wrong one that must not compile),
 * then run with node against the real server started as a process of its own. Prints the pack
 * time, the tarball's install time, its size and its files; exits non-zero on any failure.
 */
import { spawn } from 'node:child_process'
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { root, serverDatabase, startServer, type ServerProcess } from '../serverProcess.js'

const sdkDir = path.join(root, 'sdk')
const work = mkdtempSync(path.join(tmpdir(), 'duban-sdk-install-'))
const project = path.join(work, 'app')
const started = performance.now()

class Failure extends Error {}
function check(ok: unknown, what: string): asserts ok {
  if (!ok) throw new Failure(what)
}
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/**
 * The caller's environment without what npm exec and npm run put in it (npm_config_local_prefix,
 * npm_package_*, INIT_CWD …: they name the duban checkout), so the npm commands below act on the
 * directory they run in. The registry, proxy and cache settings stay.
 */
function npmEnv(): NodeJS.ProcessEnv {
  const keep = /^npm_config_(registry|cache|userconfig|globalconfig|cafile|ca|proxy|https_proxy|noproxy|strict_ssl|@.+:registry)$/i
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(process.env)) {
    if ((/^npm_/i.test(name) && !keep.test(name)) || name === 'INIT_CWD') continue
    env[name] = value
  }
  return env
}

interface Ran { code: number | null, stdout: string, stderr: string, ms: number }

/** Runs a command to its end (at most `withinMs`), its output collected. */
async function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = npmEnv(), withinMs = 180_000): Promise<Ran> {
  const begun = performance.now()
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString() })
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
  const timer = setTimeout(() => child.kill('SIGKILL'), withinMs)
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (status) => resolve(status))
  }).finally(() => clearTimeout(timer))
  return { code, stdout, stderr, ms: performance.now() - begun }
}

/** Runs it and fails, with its output, unless it exits 0. */
async function runOk(what: string, command: string, args: string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<Ran> {
  const ran = await run(command, args, cwd, env)
  check(ran.code === 0, `${what} (${command} ${args.join(' ')}) exited with ${ran.code}:\n${ran.stdout}${ran.stderr}`)
  return ran
}

const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T

interface PackageJson {
  name: string
  version: string
  type?: string
  main?: string
  types?: string
  exports?: Record<string, unknown>
  files?: string[]
  engines?: Record<string, string>
  scripts?: Record<string, string>
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

/** The program another team would write: strict, NodeNext, the SDK imported by its package name. */
const program = `import { createDubanClient, DubanProblem, isProblem, unwrap, type City, type Problem, type TaskList } from '@duban/sdk'

function check(ok: boolean, what: string): asserts ok {
  if (!ok) throw new Error(\`failed: \${what}\`)
}

const baseUrl = process.env.DUBAN_URL
const apiKey = process.env.DUBAN_KEY
check(baseUrl !== undefined && apiKey !== undefined, 'DUBAN_URL and DUBAN_KEY are set')
const duban = createDubanClient({ baseUrl, apiKey })
const cityCode = '341700'

const created: City = await unwrap(duban.POST('/v1/cities', { body: { code: cityCode, name: '池州市', province: '安徽省' } }))
check(created.code === cityCode && created.version === 1, 'the city is created')
console.log(\`created city \${created.code} \${created.name}\`)

const read = await duban.GET('/v1/cities/{cityCode}', { params: { path: { cityCode } } })
check(read.response.status === 200 && read.data?.name === '池州市' && read.data.province === '安徽省', 'the city reads back')
console.log(\`read back \${read.data.code} \${read.data.name} (\${read.data.province}), ETag \${read.response.headers.get('etag')}\`)

const tasks: TaskList = await unwrap(duban.GET('/v1/cities/{cityCode}/tasks', { params: { path: { cityCode }, query: { year: 2025, limit: 10 } } }))
check(Array.isArray(tasks.items) && tasks.items.length === 0, 'a new city lists no tasks')
console.log(\`listed \${tasks.items.length} tasks\`)

// A problem (RFC 9457) comes back typed in \`error\`, as application/problem+json.
const missing = await duban.GET('/v1/cities/{cityCode}', { params: { path: { cityCode: '999999' } } })
const problem: Problem | undefined = missing.error
check(missing.response.status === 404 && problem?.code === 'not_found' && missing.data === undefined, 'a missing city is a 404 not_found')
check(/^application\\/problem\\+json/.test(missing.response.headers.get('content-type') ?? ''), 'as application/problem+json')
check(isProblem(missing.error), 'isProblem recognises it')
console.log(\`missing city: \${problem.status} \${problem.code}\`)

const invalid = await duban.POST('/v1/cities', { body: { code: '34', name: '池州市', province: '安徽省' } })
check(invalid.response.status === 400 && invalid.error?.code === 'validation_failed', 'a short city code is a 400 validation_failed')
const fields = (invalid.error.errors ?? []).map((error) => error.field)
check(fields.some((field) => field.includes('code')), \`the problem names the field (\${fields.join(', ')})\`)
console.log(\`invalid city: \${invalid.error.status} \${invalid.error.code} on \${fields.join(', ')}\`)

// unwrap() throws a DubanProblem.
const conflict = await unwrap(duban.POST('/v1/cities', { body: { code: cityCode, name: '池州市', province: '安徽省' } })).then(() => undefined, (error: unknown) => error)
check(conflict instanceof DubanProblem && conflict.status === 409 && conflict.code === 'city_exists', 'a second city with the code throws a 409 city_exists')
console.log(\`duplicate city: \${conflict.message}\`)

console.log('all checks passed')
`

/** Calls the types must refuse: each line marked \`// wrong\` has to be a compile error, and nothing else. */
const wrongProgram = `import { createDubanClient } from '@duban/sdk'

const duban = createDubanClient({ baseUrl: 'http://127.0.0.1:1' })
await duban.POST('/v1/cities', { body: { code: 341700, name: '池州市', province: '安徽省' } }) // wrong: the code is a string
await duban.POST('/v1/cities', { body: { code: '341700', name: '池州市' } }) // wrong: province is required
await duban.GET('/v1/towns/{townCode}', { params: { path: { townCode: '1' } } }) // wrong: no such path
const read = await duban.GET('/v1/cities/{cityCode}', { params: { path: { cityCode: '341700' } } })
console.log(read.data?.mayor) // wrong: a city has no mayor
const code: number | undefined = read.error?.code // wrong: a problem's code is a string
console.log(code)
`

const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noUncheckedIndexedAccess: true,
    // The SDK's .d.ts files are checked too, against Node's own fetch types (no DOM lib).
    skipLibCheck: false,
    types: ['node'],
    outDir: 'out',
    rootDir: '.',
  },
  files: ['main.ts', 'wrong.ts'],
}

let serverStarting: Promise<ServerProcess> | undefined
let server: ServerProcess | undefined
let dropDatabase: (() => Promise<void>) | undefined
try {
  const sdkPackage = readJson<PackageJson>(path.join(sdkDir, 'package.json'))
  const rootPackage = readJson<PackageJson>(path.join(root, 'package.json'))

  // 1. Pack: prepack builds dist/ with the TypeScript compiler.
  const packed = await runOk('npm pack in sdk/', 'npm', ['pack', '--json', '--pack-destination', work], sdkDir)
  const [pack] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as { filename: string, size: number, unpackedSize: number, files: { path: string, size: number }[] }[]
  check(pack, 'npm pack reported the tarball')
  const tarball = path.join(work, pack.filename)
  check(existsSync(tarball), `the tarball is at ${tarball}`)
  const packedFiles = pack.files.map((file) => file.path).sort()
  for (const file of ['package.json', 'README.md', 'dist/index.js', 'dist/index.d.ts', 'dist/schema.d.ts']) {
    check(packedFiles.includes(file), `the tarball holds ${file} (it holds ${packedFiles.join(', ')})`)
  }
  const strays = packedFiles.filter((file) => !/^(package\.json|README\.md|dist\/[^/]+\.(js|d\.ts))$/.test(file))
  check(strays.length === 0, `the tarball holds only the package file, the README and dist's JS and types, not ${strays.join(', ')}`)
  console.log(`packed ${pack.filename} in ${seconds(packed.ms)}: ${(pack.size / 1024).toFixed(1)} KiB (${(pack.unpackedSize / 1024).toFixed(1)} KiB unpacked), ${packedFiles.length} files`)
  for (const file of pack.files) console.log(`  ${file.path.padEnd(18)} ${String(file.size).padStart(7)} B`)

  // 2. A fresh project, outside the checkout: the tarball alone, then the compiler.
  mkdirSync(project)
  await runOk('npm init', 'npm', ['init', '-y'], project)
  const projectPackage = readJson<PackageJson>(path.join(project, 'package.json'))
  writeFileSync(path.join(project, 'package.json'), `${JSON.stringify({ ...projectPackage, type: 'module' }, null, 2)}\n`)
  const installed = await runOk('npm install of the tarball', 'npm', ['install', '--no-audit', '--no-fund', tarball], project)
  const installedDir = path.join(project, 'node_modules', sdkPackage.name)
  check(existsSync(installedDir) && !lstatSync(installedDir).isSymbolicLink(), `${sdkPackage.name} is installed as a directory of its own, not a link`)
  check(existsSync(path.join(project, 'node_modules', 'openapi-fetch', 'package.json')), 'openapi-fetch is installed into the project')
  const lock = readJson<{ packages: Record<string, { dev?: boolean, hasInstallScript?: boolean }> }>(path.join(project, 'package-lock.json'))
  const modules = Object.keys(lock.packages).filter((key) => key !== '').map((key) => key.replace(/^node_modules\//, '')).sort()
  check(!modules.some((name) => name === 'typescript' || name.startsWith('@types/')), `the tarball brings no dev tools (${modules.join(', ')})`)
  check(!Object.values(lock.packages).some((entry) => entry.hasInstallScript), 'nothing it installs runs an install script')
  console.log(`installed the tarball in ${seconds(installed.ms)}: ${modules.join(', ')}`)

  // What the installed package says of itself.
  const shipped = readJson<PackageJson>(path.join(installedDir, 'package.json'))
  const lifecycle = Object.keys(shipped.scripts ?? {}).filter((name) => /^(pre|post)?(install|prepare)$/.test(name))
  check(lifecycle.length === 0, `the package runs nothing when installed (${lifecycle.join(', ')})`)
  check(shipped.type === 'module', 'the package is ESM')
  check(JSON.stringify(Object.keys(shipped.dependencies ?? {})) === '["openapi-fetch"]', 'its one runtime dependency is openapi-fetch')
  check(shipped.engines?.node === '>=20', 'it needs node >=20')
  const entry = shipped.exports?.['.'] as { types?: string, import?: string } | undefined
  for (const file of [shipped.main, shipped.types, entry?.types, entry?.import]) {
    check(file && existsSync(path.join(installedDir, file)), `main, types and exports name files the package holds (${file})`)
  }

  const devTools = [`typescript@${sdkPackage.devDependencies?.typescript ?? 'latest'}`, `@types/node@${rootPackage.devDependencies?.['@types/node'] ?? '20'}`]
  const tools = await runOk('npm install of the compiler', 'npm', ['install', '--save-dev', '--no-audit', '--no-fund', ...devTools], project)
  console.log(`installed ${devTools.join(' and ')} in ${seconds(tools.ms)}`)

  // 3. The server starts (its own process, a database of its own) while the program compiles.
  const database = await serverDatabase()
  dropDatabase = database.drop
  const serverStarted = performance.now()
  serverStarting = startServer({ ...database.env, LOG_LEVEL: 'warn' })
  serverStarting.catch(() => {}) // awaited below, or by the clean-up when the compile fails first

  // 4. One tsc run over both files: main.ts with no error, each wrong call in wrong.ts an error.
  writeFileSync(path.join(project, 'main.ts'), program)
  writeFileSync(path.join(project, 'wrong.ts'), wrongProgram)
  writeFileSync(path.join(project, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`)
  const compiled = await run(path.join(project, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json', '--pretty', 'false'], project)
  const said = `tsc said (exit ${compiled.code}):\n${compiled.stdout}${compiled.stderr}`
  const diagnostics = [...compiled.stdout.matchAll(/^(\S.*?)\((\d+),\d+\): error (TS\d+): /gm)]
  const elsewhere = compiled.stdout.split('\n').filter((line) => /^\S/.test(line) && !/^wrong\.ts\(\d+,\d+\): error TS\d+: /.test(line))
  check(elsewhere.length === 0 && compiled.stderr === '', `the strict program compiles with no error; ${said}`)
  check(existsSync(path.join(project, 'out', 'main.js')), 'tsc wrote out/main.js')
  const wrongLines = wrongProgram.split('\n').flatMap((line, index) => (line.includes('// wrong') ? [index + 1] : []))
  const errorLines = [...new Set(diagnostics.map((match) => Number(match[2])))].sort((a, b) => a - b)
  check(compiled.code !== 0, `the wrong calls do not compile; ${said}`)
  check(!diagnostics.some((match) => ['TS2307', 'TS7016'].includes(match[3]!)), `the wrong program finds the SDK and its types; ${said}`)
  check(JSON.stringify(errorLines) === JSON.stringify(wrongLines), `each wrong call (lines ${wrongLines.join(', ')}), and nothing else, is an error; ${said}`)
  console.log(`compiled in ${seconds(compiled.ms)}: the strict program with no error, the ${wrongLines.length} wrong calls each an error (${[...new Set(diagnostics.map((match) => match[3]))].join(', ')})`)

  // 5. Run it against the server.
  server = await serverStarting
  console.log(`server up at ${server.url} ${seconds(performance.now() - serverStarted)} after it was started`)
  const keyFile = database.env.FIRST_ADMIN_KEY_FILE ?? path.join(database.dir, 'admin-key')
  const key = readFileSync(keyFile, 'utf8').trim()
  const ran = await run(process.execPath, ['out/main.js'], project, { ...npmEnv(), DUBAN_URL: server.url, DUBAN_KEY: key }, 60_000)
  process.stdout.write(ran.stdout.trimEnd().replace(/^/gm, '  | ') + '\n')
  check(ran.code === 0 && /^all checks passed$/m.test(ran.stdout), `the program ran against the server and passed (exit ${ran.code}):\n${ran.stderr}`)
  check(await server.stop() === 0, 'the server stopped cleanly')

  console.log(`figures: pack ${seconds(packed.ms)}, tarball install ${seconds(installed.ms)}, tarball ${pack.size} B (${pack.unpackedSize} B unpacked), ${packedFiles.length} files; whole check ${seconds(performance.now() - started)}`)
  console.log('ok: the SDK installs from its tarball into a fresh project and works there')
} catch (error) {
  process.exitCode = 1
  console.error(`FAIL: ${error instanceof Failure ? error.message : error instanceof Error ? error.stack : String(error)}`)
} finally {
  server ??= await serverStarting?.catch(() => undefined)
  await server?.kill()
  await dropDatabase?.()
  if (process.env.DUBAN_SDK_INSTALL_KEEP) console.log(`kept ${work}`)
  else rmSync(work, { recursive: true, force: true })
}
