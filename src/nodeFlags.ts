/**
 * The Node.js options the server runs with: `npm start` and the Dockerfile's CMD spell them out
 * (test/commands.test.ts holds both to this list), and the benchmarks start the built server
 * with them, so what is measured is what ships.
 *
 * --max-semi-space-size=4 (MB): V8 sizes its young generation from the machine's memory, up to
 * 16 MB a semi-space on a 64-bit machine, and keeps what it grew to. A server that has started
 * (every route's schemas compiled) held 28 MB of young generation with 4 MB in use, a third of
 * its idle RSS on PostgreSQL; at 4 MB it holds 8. A request's garbage dies young either way
 * (docs/perf.md, "Memory").
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4']

/** How to start the built server with them: node's arguments. */
export const serverArgs = (...before: string[]) => [...before, ...SERVER_NODE_FLAGS, 'dist/src/server.js']
