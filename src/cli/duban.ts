#!/usr/bin/env node
/**
 * The command line: `npx duban <command> [options]` (or `npm run <command> -- [options]`), on the
 * built code in dist/ (`npm install` builds it; `npm start` rebuilds what changed): a command
 * starts at once and never rebuilds under a running server.
 */
const commands: Record<string, { file: string, what: string }> = {
  'backup': { file: './backup.js', what: 'back up the configured database into one file (the embedded one while the server runs)' },
  'import': { file: './import.js', what: 'import a report document through the running server' },
  'key:create': { file: './key-create.js', what: 'create an API key in the database directly' },
  'migrate': { file: './migrate.js', what: 'apply pending migrations to the configured database' },
  'restore': { file: './restore.js', what: 'restore a backup into an empty database, then migrate it' },
}

const usage = () => `usage: duban <command> [options]\n\n${Object.entries(commands)
  .map(([name, { what }]) => `  ${name.padEnd(12)}${what}`).join('\n')}\n\nEach command says its own options when it is given none it can run with.`

const [name, ...rest] = process.argv.slice(2)
const command = name === undefined ? undefined : commands[name]
if (command === undefined) {
  console.error(name === undefined || name === '--help' || name === '-h' ? usage() : `duban: no command "${name}"\n\n${usage()}`)
  process.exit(name === '--help' || name === '-h' ? 0 : 2)
}
// The command reads its own options from process.argv, as when run by itself.
process.argv = [process.argv[0]!, process.argv[1]!, ...rest]
await import(command.file)
