// The Frictionless Data Package library, used by the tests to validate the datapackage.json a release publishes.
declare module 'datapackage' {
  const dataPackage: { validate(descriptor: unknown): Promise<{ valid: boolean, errors: Error[] }> }
  export default dataPackage
}
