import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { assertManages, checkKeyShape, createApiKey, findApiKey, listApiKeys, revokeApiKey } from './keys.service.js'
import { write } from '../../http/write.js'
import { withEtag } from '../../http/etag.js'
import { NotFound } from '../../shared/errors.js'
import { forbidden } from '../../http/problem.js'
import { ApiKey, ApiKeyCreate, ApiKeyList, ApiKeyListQuery, ApiKeyParams, NewApiKey } from './keys.schemas.js'
import { NoContent, ok, problems } from '../../shared/common.schemas.js'

const tags = ['api-keys']

const apiKeys: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db

  app.post('/', {
    config: { access: 'keys', idempotent: true },
    schema: {
      tags, operationId: 'createApiKey', summary: 'Create an API key (the secret is in this response only)', body: ApiKeyCreate,
      response: { 201: ok(NewApiKey, 'The key, with its secret'), ...problems(401, 403, 404, 429) },
    },
  }, async (request, reply) => {
    const { name, role, scope } = request.body
    const cityCode = request.body.cityCode ?? null
    const leadUnitId = request.body.leadUnitId ?? null
    checkKeyShape({ name, role, cityCode, leadUnitId, scope })
    if (role === 'admin' && request.apiKey!.role !== 'admin') throw forbidden('only an admin creates admin keys')
    if (role !== 'admin') assertManages(request.apiKey!, cityCode)
    return write(request, reply, async (trx, actor) => {
      const key = await createApiKey(trx, actor, { name, role, cityCode, leadUnitId, scope })
      reply.status(201).header('location', `/v1/api-keys/${key.id}`)
      return withEtag(reply, key)
    })
  })

  app.get('/', {
    config: { access: 'keys' },
    schema: {
      tags, operationId: 'listApiKeys', summary: 'List API keys (never their secrets)', querystring: ApiKeyListQuery,
      response: { 200: ok(ApiKeyList, 'A page of keys'), ...problems(401, 403, 429) },
    },
  }, async (request) => {
    const { limit = 50, cursor } = request.query
    const caller = request.apiKey!
    const cityCode = caller.role === 'admin' ? request.query.cityCode : caller.cityCode!
    return listApiKeys(db, { limit, cursor, cityCode })
  })

  app.get('/:apiKeyId', {
    config: { access: 'keys' },
    schema: {
      tags, operationId: 'getApiKey', summary: 'Read an API key (never its secret)', params: ApiKeyParams,
      response: { 200: ok(ApiKey, 'The key'), ...problems(401, 403, 404, 429) },
    },
  }, async (request, reply) => {
    const key = await findApiKey(db, request.params.apiKeyId)
    if (!key) throw new NotFound('API key', request.params.apiKeyId)
    assertManages(request.apiKey!, key.cityCode)
    return withEtag(reply, key)
  })

  app.delete('/:apiKeyId', {
    config: { access: 'keys' },
    schema: {
      tags, operationId: 'revokeApiKey', summary: 'Revoke an API key: it stops working at once',
      params: ApiKeyParams,
      response: { 204: NoContent, ...problems(401, 403, 404, 429) },
    },
  }, async (request, reply) => {
    const { apiKeyId } = request.params
    await write(request, reply, async (trx, actor) => {
      const key = await findApiKey(trx, apiKeyId)
      if (!key) throw new NotFound('API key', apiKeyId)
      assertManages(request.apiKey!, key.cityCode)
      await revokeApiKey(trx, actor, apiKeyId)
    })
    // At once here; other instances stop believing it within a second (KeyScopes).
    app.keyScopes.forget(apiKeyId)
    return reply.status(204).send(null)
  })
}

export default apiKeys
