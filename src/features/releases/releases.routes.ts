import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { publishPeriod, findRelease, listReleases, type ReleaseView } from './releases.service.js'
import { NotFound } from '../../shared/errors.js'
import { write } from '../../http/write.js'
import { ok, problems } from '../../shared/common.schemas.js'
import { PeriodParams } from '../periods/periods.schemas.js'
import { findPeriod } from '../periods/periods.service.js'
import { Release, ReleaseList, ReleaseParams } from './releases.schemas.js'
import { openUrl } from './open.routes.js'

const tags = ['releases']

/** A release as the API shows it: each file with the open URL of this version. */
const shown = (release: ReleaseView): Release => ({
  ...release,
  files: release.files.map((file) => ({ ...file, url: openUrl(release, file.name, release.version) })),
}) as Release

const releases: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db

  app.post('/periods/:periodId/publish', {
    config: { access: 'cityWrite' },
    schema: {
      tags, operationId: 'publishPeriod', summary: 'Publish the period\'s report (政务公开) as a new release',
      description: 'Freezes the report as the accepted entries make it now (nothing of a draft or of an entry under review) as the ' +
        'period\'s next version, with what changed since the version before, and makes its files (CSV, JSON, xlsx, datapackage.json) ' +
        'once: /open/ serves those bytes for ever (while the city\'s open data is on). Entry writes of the period wait meanwhile. ' +
        'When the report says what the latest release says, no version is made: 200 with that release. A period with releases cannot be deleted.',
      params: PeriodParams,
      response: { 200: ok(Release, 'Nothing changed since the latest release: it'), 201: ok(Release, 'The new release'), ...problems(404) },
    },
  }, async (request, reply) => {
    const { cityCode, periodId } = request.params
    const { release, created } = await write(request, reply, (trx, actor) => publishPeriod(trx, actor, cityCode, periodId))
    if (created) reply.status(201).header('location', `/v1/cities/${cityCode}/periods/${periodId}/releases/${release.version}`)
    return shown(release)
  })

  app.get('/periods/:periodId/releases', {
    config: { access: 'read' },
    schema: {
      tags, operationId: 'listReleases', summary: 'The period\'s releases, newest first', params: PeriodParams,
      response: { 200: ok(ReleaseList, 'Every release of the period'), ...problems(404) },
    },
  }, async (request) => {
    const { cityCode, periodId } = request.params
    const items = await listReleases(db, cityCode, periodId)
    if (items.length === 0 && !(await findPeriod(db, cityCode, periodId))) throw new NotFound('period', periodId)
    return { items: items.map(shown) }
  })

  app.get('/periods/:periodId/releases/:version', {
    config: { access: 'read' },
    schema: {
      tags, operationId: 'getRelease', summary: 'One release of the period, with its change log', params: ReleaseParams,
      response: { 200: ok(Release, 'The release'), ...problems(404) },
    },
  }, async (request) => {
    const { cityCode, periodId, version } = request.params
    const release = await findRelease(db, cityCode, { periodId, version })
    if (!release) throw new NotFound(`release ${version} of period`, periodId)
    return shown(release)
  })
}

export default releases
