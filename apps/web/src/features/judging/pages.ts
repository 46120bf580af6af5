export { JudgingHomePage } from './JudgingHomePage';
export { ScoreSheetPage } from './ScoreSheetPage';
export { LiveJudgingPage } from './LiveJudgingPage';
