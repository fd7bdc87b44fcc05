/** Content-Disposition: attachment, with an ASCII fallback name and the Chinese one (RFC 6266 / 5987). */
export function attachment(asciiName: string, name: string) {
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`
}
