export { JudgingHomePage } from './JudgingHomePage';
export { ScoreSheetPage } from './ScoreSheetPage';
