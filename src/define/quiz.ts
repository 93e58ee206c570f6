import { SpineQuiz } from '../components/quiz/quiz.js';
import { define } from '../shared/define.js';

define('spine-quiz', SpineQuiz);

// The element's type, and with it the typed tag name and events, for code that imports this file.
export type { SpineQuiz };
