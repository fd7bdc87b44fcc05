export { assertCity, cityRevision, deleteCity, findCity, insertCity, listCities, updateCity } from './cities.repository.js'
