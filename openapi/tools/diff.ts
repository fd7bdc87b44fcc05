import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { breakingChanges, majorVersion, type OpenApiDoc } from './breaking.js'

// Breaking changes in openapi/openapi.json since a git ref (or against a file). Exit 0: none, or
// info.version's major number was raised; 1: breaking changes; 2: bad arguments or documents.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const documentPath = 'openapi/openapi.json'
const usage = 'usage: npm run openapi:diff -- <git-ref> | --against <old.json>   [--current <new.json>, default openapi/openapi.json]'

class UsageError extends Error {}

/** The document at `ref`; undefined when the ref has no such file. */
function documentAtRef(ref: string): string | undefined {
  if (ref.startsWith('-')) throw new UsageError(`not a git ref: ${ref}`)
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] })
  try {
    git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`)
  } catch {
    throw new UsageError(`not a commit in this repository: ${ref}`)
  }
  try {
    git('cat-file', '-e', `${ref}:${documentPath}`)
  } catch {
    return undefined
  }
  return git('show', `${ref}:${documentPath}`)
}

function parse(text: string, name: string): OpenApiDoc {
  try {
    return JSON.parse(text) as OpenApiDoc
  } catch (error) {
    throw new UsageError(`${name} is not JSON: ${(error as Error).message}`)
  }
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { against: { type: 'string' }, current: { type: 'string' } },
  })
  const ref = positionals[0]
  if ((ref === undefined) === (values.against === undefined) || positionals.length > 1) {
    console.error(usage)
    return 2
  }
  const currentFile = values.current ?? path.join(root, documentPath)
  let previousText: string | undefined
  let previousName: string
  if (values.against !== undefined) {
    previousName = values.against
    previousText = readFileSync(values.against, 'utf8')
  } else {
    previousName = `${ref}:${documentPath}`
    previousText = documentAtRef(ref!)
    if (previousText === undefined) {
      console.log(`${documentPath} does not exist at ${ref}: nothing to compare`)
      return 0
    }
  }
  const before = parse(previousText, previousName)
  const after = parse(readFileSync(currentFile, 'utf8'), path.relative(process.cwd(), currentFile) || currentFile)

  const changes = breakingChanges(before, after)
  if (changes.length === 0) {
    console.log(`no breaking changes against ${previousName}`)
    return 0
  }
  const was = majorVersion(before)
  const now = majorVersion(after)
  const accepted = was !== undefined && now !== undefined && now > was
  for (const change of changes) console.log(`${accepted ? 'accepted' : 'breaking'}: ${change.where}: ${change.message} [${change.kind}]`)
  if (accepted) {
    console.log(`${changes.length} breaking change(s) against ${previousName}, accepted: info.version's major went from ${was} to ${now}`)
    return 0
  }
  console.log(`${changes.length} breaking change(s) against ${previousName}; ` +
    `avoid them, or raise the major number of the version (info.version ${before.info?.version ?? '(none)'}, from package.json) to accept them`)
  return 1
}

try {
  process.exitCode = main(process.argv.slice(2))
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code
  const badArguments = error instanceof UsageError || code?.startsWith('ERR_PARSE_ARGS') === true
  // bad arguments and unreadable files say so in a line; anything else is a bug: the stack
  console.error(badArguments || code ? (error as Error).message : error)
  if (badArguments) console.error(usage)
  process.exitCode = 2
}
