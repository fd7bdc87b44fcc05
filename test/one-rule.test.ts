import t from 'tap'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

// A rule of the domain is written once, in one place, and every path that changes data asks
// it there: each rule below is found in its one file and in no other under src/.
const src = new URL('../src/', import.meta.url).pathname

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? sources(full) : name.endsWith('.ts') && !name.endsWith('.test.ts') ? [full] : []
  })
}

const files = sources(src).map((file) => ({ file: path.relative(src, file), text: readFileSync(file, 'utf8') }))

const rules: { rule: string, pattern: RegExp, home: string }[] = [
  { rule: 'a closed period is read-only', pattern: /new PeriodClosed\(/, home: 'shared/periods.ts' },
  { rule: 'figures a person typed are kept', pattern: /indicatorsSource === 'manual'/, home: 'shared/entryIndicators.ts' },
  { rule: 'what a lead unit may still edit', pattern: /state === 'draft' \|\| state === 'returned'/, home: 'shared/values.ts' },
  { rule: 'one import at a time per city and year', pattern: /duban:import:/, home: 'db/locks.ts' },
  { rule: 'an entry write needs an open period of its task\'s year', pattern: /year_mismatch', `task \$\{task\.id\} is on the/, home: 'features/entries/entries.service.ts' },
  { rule: 'how a task not yet accepted stands, in words', pattern: /'已报送待审核'/, home: 'shared/values.ts' },
  { rule: 'who sees only what is published', pattern: /publishedOnly \?\? true/, home: 'http/published.ts' },
]

for (const { rule, pattern, home } of rules) {
  t.test(rule, async (t) => {
    t.same(files.filter(({ text }) => pattern.test(text)).map(({ file }) => file), [home], `written in ${home} only`)
  })
}
