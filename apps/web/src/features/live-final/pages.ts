/** The live final's public pages, their own chunk: a hall's projector loads nothing else. */
export { LiveProjectorPage } from './LiveProjectorPage';
