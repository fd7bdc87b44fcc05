/**
 * What a credential looks like once it may be shown: a receiver URL keeps its scheme, host and
 * path, and loses its user-info and the values of its query (a robot's `key=`, `access_token=`);
 * a text a receiver answered keeps none of the credentials it was sent.
 */
export const MASK = '***'

/** The URL with its user-info and every query value masked, its fragment dropped. */
export function maskUrl(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return MASK
  }
  if (parsed.username !== '' || parsed.password !== '') {
    parsed.username = MASK
    parsed.password = ''
  }
  const names = [...parsed.searchParams.keys()]
  parsed.search = names.length === 0 ? '' : `?${names.map((name) => `${encodeURIComponent(name)}=${MASK}`).join('&')}`
  parsed.hash = ''
  return parsed.toString().replaceAll(encodeURIComponent(MASK), MASK)
}

/** The credentials a URL carries, as written and as decoded: its user-info and its query values. */
export function urlCredentials(url: string): string[] {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return []
  }
  const raw = parsed.search.slice(1).split('&').map((pair) => pair.split('=').slice(1).join('='))
  const userInfo = [parsed.username, parsed.password].filter((part) => part !== '')
  // A URL's user-info goes out as Basic credentials, which a receiver may echo.
  const basic = userInfo.length === 0 ? [] : [Buffer.from(`${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`).toString('base64')]
  return [...userInfo, ...userInfo.map(decodeURIComponent), ...basic, ...raw, ...parsed.searchParams.values()]
}

/**
 * A short excerpt of a text from outside (a receiver's answer, an error): the credentials in it
 * masked (those of 4 characters or more: a shorter value is no secret and would mask half the
 * text), control characters and runs of white space made one space, at most `max` characters.
 */
export function excerpt(text: string, credentials: string[], max = 200): string {
  let clean = text
  for (const credential of [...new Set(credentials)].filter((value) => value.length >= 4).sort((a, b) => b.length - a.length)) {
    clean = clean.replaceAll(credential, MASK)
  }
  // eslint-disable-next-line no-control-regex -- control characters are what it removes
  clean = clean.replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ').trim()
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean
}
