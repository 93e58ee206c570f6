import { SpineQuiz, type SpineQuizCompleteDetail } from '../components/quiz/quiz.js';
import { define } from '../shared/define.js';

define('spine-quiz', SpineQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'spine-quiz': SpineQuiz;
  }
  interface GlobalEventHandlersEventMap {
    'spine-quiz-complete': CustomEvent<SpineQuizCompleteDetail>;
    'spine-quiz-urgent': CustomEvent<undefined>;
  }
}
