import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

interface QuizArgs {
  procedures?: string;
  'emergency-number'?: string;
  'cta-href'?: string;
  'cta-label'?: string;
}

const meta: Meta<QuizArgs> = {
  title: 'Widgets/spine-quiz',
  component: 'spine-quiz',
  render: (args) => html`<spine-quiz
    procedures=${ifDefined(args.procedures)}
    emergency-number=${ifDefined(args['emergency-number'])}
    cta-href=${ifDefined(args['cta-href'])}
    cta-label=${ifDefined(args['cta-label'])}
  ></spine-quiz>`,
};
export default meta;

type Story = StoryObj<QuizArgs>;

/** Red flags first; then one question per screen, what matters most, and the result. */
export const WholeJourney: Story = { args: { 'cta-href': '/book', 'cta-label': 'Book a consultation' } };

/** The emergency screen shows the number set for the clinic's country. */
export const EmergencyNumber: Story = { args: { 'emergency-number': '112' } };

/** A clinic that offers only some procedures: the result speaks only about those. */
export const ClinicOptions: Story = { args: { procedures: 'esi,rfa,conservative' } };

/** With the other widgets following it: complete the quiz and the options to ask about move to the front. */
export const WithFollowers: Story = {
  render: () => html`<spine-quiz></spine-quiz>
    <hr />
    <spine-compare follow-quiz procedures="esi,facet,rfa,scs"></spine-compare>
    <spine-risks follow-quiz></spine-risks>`,
};

/** Bad input: an emergency number without digits falls back to 911 and reports `spine-error`. */
export const BadInput: Story = { args: { 'emergency-number': 'call us' } };
