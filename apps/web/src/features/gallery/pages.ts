export { ClipTracksListPage } from './ClipTracksListPage';
export { GalleryPage } from './GalleryPage';
export { RankingPage } from './RankingPage';
export { TrackResultsPage } from './TrackResultsPage';
