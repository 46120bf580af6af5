export { UnitInitiativesPage } from './UnitInitiativesPage';
