import type { PropertyDeclarations } from 'lit';
import type { Procedure } from '../content/schema.js';
import { SpineElement } from './spine-element.js';

/**
 * A widget that can follow a `<spine-quiz>` on the same page: with `follow-quiz`, the options
 * the quiz lists to ask about come to the front. Kept in memory only.
 * @internal
 */
export abstract class FollowingElement extends SpineElement {
  static override get properties(): PropertyDeclarations {
    return {
      followQuiz: { type: Boolean, attribute: 'follow-quiz' },
      quizFront: { state: true },
    };
  }

  /** When a `<spine-quiz>` on the page completes, bring the options to ask about to the front (in memory only). */
  followQuiz = false;

  /** Option ids the quiz listed to ask about, care without a procedure left in its place. */
  protected quizFront: string[] = [];

  readonly #onQuizComplete = (event: Event) => {
    if (!this.followQuiz) return;
    const ask = (event as CustomEvent<{ ask?: unknown }>).detail?.ask;
    this.quizFront = Array.isArray(ask) ? ask.filter((id): id is string => typeof id === 'string' && id !== 'conservative') : [];
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('spine-quiz-complete', this.#onQuizComplete);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('spine-quiz-complete', this.#onQuizComplete);
  }

  protected override get selectedProcedures(): Procedure[] {
    const options = super.selectedProcedures;
    const rank = (procedure: Procedure) => {
      const index = this.quizFront.indexOf(procedure.id);
      return index < 0 ? this.quizFront.length : index;
    };
    return this.quizFront.length ? [...options].sort((a, b) => rank(a) - rank(b)) : options;
  }
}
