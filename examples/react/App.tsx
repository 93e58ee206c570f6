// Importing a define module registers its element; `spine-widgets` itself (classes, types, API) defines nothing.
import 'spine-widgets/compare.js';
import 'spine-widgets/timeline.js';
import 'spine-widgets/risks.js';
import 'spine-widgets/quiz.js';
import { useState } from 'react';
import type { SpineCtaDetail, SpineQuizCompleteDetail } from 'spine-widgets';

/** A procedure date two weeks from today, as `YYYY-MM-DD`, so the timeline shows "You are here". */
function inTwoWeeks(): string {
  const date = new Date();
  date.setDate(date.getDate() + 14);
  return date.toISOString().slice(0, 10);
}

export function App() {
  const [quizResult, setQuizResult] = useState<SpineQuizCompleteDetail | null>(null);
  const [cta, setCta] = useState<SpineCtaDetail | null>(null);
  const [startDate] = useState(inTwoWeeks);

  // Both handlers are plain `on<event-name>` props: React 19 adds them with addEventListener.
  const onQuizComplete = (event: CustomEvent<SpineQuizCompleteDetail>) => {
    // Option ids only: the quiz never sends the patient's answers.
    setQuizResult(event.detail);
  };
  const onCta = (event: CustomEvent<SpineCtaDetail>) => {
    // Cancelable: route it ourselves (a real app would call its router here).
    event.preventDefault();
    setCta(event.detail);
  };

  return (
    <main>
      <h1>Back pain: your options</h1>

      <section aria-labelledby="quiz-heading">
        <h2 id="quiz-heading">Start here</h2>
        <spine-quiz
          emergency-number="911"
          procedures="esi,facet,rfa,scs,conservative"
          cta-href="/book"
          cta-label="Book a consultation"
          onspine-quiz-complete={onQuizComplete}
          onspine-cta={onCta}
        />
        <p>
          Options to ask about:{' '}
          <output id="quiz-ask" data-testid="quiz-ask">
            {quizResult ? quizResult.ask.join(',') : ''}
          </output>
        </p>
      </section>

      <spine-compare procedures="rfa,esi,facet" cta-href="/book" cta-label="Book a consultation" follow-quiz onspine-cta={onCta} />

      <spine-timeline procedures="esi,facet,rfa,scs,conservative" procedure="rfa" start-date={startDate} follow-quiz />

      <spine-risks procedure="esi" compare-with="conservative" follow-quiz />

      <p>
        Last call to action:{' '}
        <output id="cta" data-testid="cta">
          {cta ? `${cta.widget} ${cta.href} ${cta.label}` : ''}
        </output>
      </p>
    </main>
  );
}
