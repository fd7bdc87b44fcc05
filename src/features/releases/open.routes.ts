/**
 * Open data (政务公开): the published releases of every city whose open data is on, as the files
 * made when each was published, at stable URLs, without a key and read only:
 *   /open/catalog.json                                   every release (a DCAT-style catalogue)
 *   /open/{cityCode}/{year}/{label}/{file}               the latest release of the period
 *   /open/{cityCode}/{year}/{label}/v{n}/{file}          version n, for ever the same bytes
 * Nothing else is reachable here: a draft, an entry under review, a period never published or a
 * city whose open data is off answers 404. Each answer has its ETag, Last-Modified and
 * Cache-Control, and a revalidation that finds it unchanged is a 304. Requests are limited per
 * address like every anonymous call (plugins/edges.ts).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'
import Type from 'typebox'
import { NotFound } from '../../shared/errors.js'
import { problems } from '../../shared/common.schemas.js'
import { openFile, openReleases } from './releases.service.js'
import { contentEtag, RELEASE_FILES, type ReleaseFileName } from './releases.files.js'
import { OpenParams, OpenVersionParams } from './releases.schemas.js'

const tags = ['open data']

/** Where /open/ serves a release's file: of one version, or (no version) the period's latest. */
export function openUrl(release: { cityCode: string, year: number, label: string }, file: string, version?: number) {
  return `/open/${release.cityCode}/${release.year}/${encodeURIComponent(release.label)}${version === undefined ? '' : `/v${version}`}/${file}`
}

const LATEST = 'public, max-age=300'
const FOREVER = 'public, max-age=31536000, immutable'

/** Not modified: the ETag matches If-None-Match, or (without one) nothing is newer than If-Modified-Since. */
function unchanged(request: FastifyRequest, etag: string, modified: Date) {
  const match = request.headers['if-none-match']
  if (match !== undefined) return match.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')
  const since = Date.parse(request.headers['if-modified-since'] ?? '')
  return !Number.isNaN(since) && Math.floor(modified.getTime() / 1000) * 1000 <= since
}

function send(request: FastifyRequest, reply: FastifyReply, body: Buffer, file: { mediaType: string, etag: string, modified: Date, cacheControl: string }) {
  reply.header('etag', file.etag).header('last-modified', file.modified.toUTCString()).header('cache-control', file.cacheControl)
    .header('access-control-allow-origin', '*')
  if (unchanged(request, file.etag, file.modified)) return reply.status(304).send()
  return reply.type(file.mediaType).send(body)
}

const fileResponse = {
  200: {
    description: 'The file as published',
    content: {
      'text/csv': { schema: Type.String() },
      [RELEASE_FILES['report.json']]: { schema: Type.Object({}, { additionalProperties: true, description: 'report.json: the table (title, narrative, columns, rows); datapackage.json: the Frictionless descriptor' }) },
      [RELEASE_FILES['report.xlsx']]: { schema: Type.String({ format: 'binary' }) },
    },
  },
  304: { description: 'Not modified since the ETag or time the request names', type: 'null' },
  ...problems(404, 429),
}

const open: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db

  async function serve(request: FastifyRequest, reply: FastifyReply, params: { cityCode: string, year: number, label: string, file: ReleaseFileName }, version?: number) {
    const found = await openFile(db, params.cityCode, params.year, params.label, version, params.file)
    if (!found) throw new NotFound('published release', `${params.cityCode}/${params.year}/${params.label}${version === undefined ? '' : `/v${version}`}`)
    return send(request, reply, found.body, { mediaType: found.mediaType, etag: found.etag, modified: new Date(found.publishedAt),
      cacheControl: version === undefined ? LATEST : FOREVER })
  }

  app.get('/catalog.json', {
    config: { access: 'open' },
    schema: {
      tags, operationId: 'getOpenCatalog', summary: 'Every published release of the deployment (a DCAT-style catalogue, JSON-LD)',
      response: {
        200: { description: 'dcat:Catalog with a dcat:Dataset a release, each with its distributions (CSV, JSON, xlsx) and its datapackage.json',
          content: { 'application/ld+json': { schema: Type.Object({}, { additionalProperties: true }) } } },
        304: { description: 'Not modified', type: 'null' },
        ...problems(429),
      },
    },
  }, async (request, reply) => {
    const releases = await openReleases(db)
    const modified = releases.reduce((latest, release) => (release.publishedAt > latest ? release.publishedAt : latest), '1970-01-01T00:00:00.000Z')
    const catalog = {
      '@context': { dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/', foaf: 'http://xmlns.com/foaf/0.1/', owl: 'http://www.w3.org/2002/07/owl#' },
      '@type': 'dcat:Catalog',
      'dct:title': '重点工作进展情况公开数据目录 (Progress of key government tasks: open data)',
      'dct:modified': modified,
      'dcat:dataset': releases.map((release) => ({
        '@type': 'dcat:Dataset',
        '@id': openUrl(release, '', release.version),
        'dct:identifier': `${release.cityCode}/${release.year}/${release.label}/v${release.version}`,
        'dct:title': release.title,
        'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': release.publisher },
        'dct:spatial': release.cityCode,
        'dct:temporal': `${release.year}年${release.label}`,
        'dct:issued': release.publishedAt,
        'dct:modified': release.publishedAt,
        'owl:versionInfo': String(release.version),
        'dct:license': release.openData.license.path,
        'dcat:distribution': release.files.map((file) => ({
          '@type': 'dcat:Distribution',
          'dct:title': file.name,
          'dcat:mediaType': file.mediaType.split(';')[0],
          'dcat:byteSize': file.bytes,
          'dcat:downloadURL': openUrl(release, file.name, release.version),
          ...(file.name === 'datapackage.json' ? { 'dct:conformsTo': 'https://specs.frictionlessdata.io/tabular-data-package/' } : {}),
        })),
      })),
    }
    const body = Buffer.from(JSON.stringify(catalog))
    return send(request, reply, body, { mediaType: 'application/ld+json', etag: contentEtag(body), modified: new Date(modified), cacheControl: LATEST })
  })

  app.get('/:cityCode/:year/:label/:file', {
    config: { access: 'open' },
    schema: {
      tags, operationId: 'getOpenFile', summary: 'A file of the period\'s latest release',
      description: 'report.csv (UTF-8 with a BOM), report.json, report.xlsx or datapackage.json (Frictionless, describing report.csv) of the ' +
        'latest release of the period the year and label name. Cached for five minutes; a new release replaces it here, its versioned URL stays.',
      params: OpenParams, response: fileResponse,
    },
  }, async (request, reply) => serve(request, reply, request.params))

  app.get('/:cityCode/:year/:label/:version/:file', {
    config: { access: 'open' },
    schema: {
      tags, operationId: 'getOpenVersionFile', summary: 'A file of one release: for ever the same bytes',
      params: OpenVersionParams, response: fileResponse,
    },
  }, async (request, reply) => serve(request, reply, request.params, Number(request.params.version.slice(1))))
}

export default open
