export { MyEntriesPage } from './MyEntriesPage';
