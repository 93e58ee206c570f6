/**
 * JSX types for the spine widgets in React 19.
 *
 * React 19 passes props to a custom element as properties when the element has a property of
 * that name (`procedures`, `ctaHref`, `emergencyNumber`…), otherwise as attributes (`cta-href`,
 * `start-date`, `follow-quiz`…), and turns `on<event-name>` props into `addEventListener` calls
 * with the name exactly as written after `on`. So the listener for `spine-quiz-complete` is
 * `onspine-quiz-complete` — all lower case, with the hyphens. (`onSpineQuizComplete` would
 * listen for an event named "SpineQuizComplete", which never fires.)
 *
 * In a React 19 app with `@types/react` 19, import it once for its types:
 * `import type {} from 'spine-widgets/react';`
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  SpineCalendarDownloadDetail,
  SpineCompare,
  SpineCompareChangeDetail,
  SpineCtaDetail,
  SpineErrorDetail,
  SpineIconArray,
  SpineProcedureChangeDetail,
  SpineQuiz,
  SpineQuizCompleteDetail,
  SpineRisks,
  SpineRisksCompareDetail,
  SpineTimeline,
} from './index.js';

type Listener<Detail> = (event: CustomEvent<Detail>) => void;

/** What every widget takes: the README's attributes (or their property names), and `spine-cta` / `spine-error`. */
type WidgetProps<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E> & {
  /** Comma-separated ids, or a list: React sets it as a property, and a list is read as if joined. */
  procedures?: string | readonly string[];
  'content-src'?: string;
  contentSrc?: string;
  'cta-href'?: string;
  ctaHref?: string;
  'cta-label'?: string;
  ctaLabel?: string;
  'onspine-cta'?: Listener<SpineCtaDetail>;
  'onspine-error'?: Listener<SpineErrorDetail>;
};

/** Widgets that reorder their options after a `<spine-quiz>` on the page completes. */
interface FollowingProps {
  'follow-quiz'?: boolean;
  followQuiz?: boolean;
}

/** Widgets that show one option at a time. */
interface SingleProcedureProps {
  procedure?: string;
  'onspine-procedure-change'?: Listener<SpineProcedureChangeDetail>;
}

export type SpineCompareProps = WidgetProps<SpineCompare> &
  FollowingProps & {
    'onspine-compare-change'?: Listener<SpineCompareChangeDetail>;
  };

export type SpineTimelineProps = WidgetProps<SpineTimeline> &
  FollowingProps &
  SingleProcedureProps & {
    /** `YYYY-MM-DD` */
    'start-date'?: string;
    startDate?: string;
    'onspine-calendar-download'?: Listener<SpineCalendarDownloadDetail>;
  };

export type SpineRisksProps = WidgetProps<SpineRisks> &
  FollowingProps &
  SingleProcedureProps & {
    'compare-with'?: string;
    compareWith?: string;
    denominator?: '100' | '1000';
    'onspine-risks-compare'?: Listener<SpineRisksCompareDetail>;
  };

export type SpineQuizProps = WidgetProps<SpineQuiz> & {
  'emergency-number'?: string;
  emergencyNumber?: string;
  'onspine-quiz-complete'?: Listener<SpineQuizCompleteDetail>;
  'onspine-quiz-urgent'?: Listener<null>;
};

export type SpineIconArrayProps = DetailedHTMLProps<HTMLAttributes<SpineIconArray>, SpineIconArray> & {
  count?: number;
  total?: number;
  upper?: number;
  label?: string;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'spine-compare': SpineCompareProps;
      'spine-timeline': SpineTimelineProps;
      'spine-risks': SpineRisksProps;
      'spine-quiz': SpineQuizProps;
      'spine-icon-array': SpineIconArrayProps;
    }
  }
}
