import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

interface TimelineArgs {
  procedure?: string;
  procedures?: string;
  'start-date'?: string;
  'cta-href'?: string;
  'cta-label'?: string;
}

const meta: Meta<TimelineArgs> = {
  title: 'Widgets/spine-timeline',
  component: 'spine-timeline',
  render: (args) => html`<spine-timeline
    procedure=${ifDefined(args.procedure)}
    procedures=${ifDefined(args.procedures)}
    start-date=${ifDefined(args['start-date'])}
    cta-href=${ifDefined(args['cta-href'])}
    cta-label=${ifDefined(args['cta-label'])}
  ></spine-timeline>`,
};
export default meta;

type Story = StoryObj<TimelineArgs>;

export const EpiduralInjection: Story = { args: { procedure: 'esi' } };
export const FacetBlock: Story = { args: { procedure: 'facet' } };
export const RadiofrequencyAblation: Story = { args: { procedure: 'rfa' } };
/** The trial comes before the implant. */
export const SpinalCordStimulation: Story = { args: { procedure: 'scs' } };
export const Discectomy: Story = { args: { procedure: 'discectomy' } };
export const Vertebroplasty: Story = { args: { procedure: 'vertebroplasty' } };
export const CareWithoutAProcedure: Story = { args: { procedure: 'conservative' } };

/** With a picker among the clinic's options. */
export const WithPicker: Story = { args: { procedures: 'esi,rfa,scs,conservative', procedure: 'scs' } };

/** On real dates; "Add to my calendar" downloads an .ics made in the browser. */
export const WithDates: Story = { args: { procedure: 'esi', 'start-date': '2027-01-15', 'cta-href': '/book', 'cta-label': 'Book a consultation' } };

export const Themed: Story = {
  args: { procedure: 'rfa' },
  render: (args) => html`<div style="--spine-color-accent: #6b2c91; --spine-color-danger: #8f1d1d; --spine-font-family: Georgia, serif;">
    <spine-timeline procedure=${ifDefined(args.procedure)}></spine-timeline>
  </div>`,
};

/** An unknown id and an impossible date: a polite message and `spine-error`, the rest still works. */
export const BadInput: Story = { args: { procedure: 'laser', 'start-date': '2027-02-30' } };
