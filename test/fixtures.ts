import { readFileSync } from 'node:fs'

/** The documents the tests read: the two published reports the service is built around, and reports of our own making. */
export const fixturesDir = new URL('./fixtures/', import.meta.url)
export const seedsDir = new URL('./fixtures/seeds/', import.meta.url)
export const readSeed = (name: 'chizhou-2025-jan-may.txt' | 'huainan-2023-q1.txt') => readFileSync(new URL(name, seedsDir), 'utf8')
export const readFixture = (name: string) => readFileSync(new URL(name, fixturesDir), 'utf8')
