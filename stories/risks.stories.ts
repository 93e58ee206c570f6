import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

interface RisksArgs {
  procedure?: string;
  procedures?: string;
  'compare-with'?: string;
  denominator?: string;
}

const meta: Meta<RisksArgs> = {
  title: 'Widgets/spine-risks',
  component: 'spine-risks',
  render: (args) => html`<spine-risks
    procedure=${ifDefined(args.procedure)}
    procedures=${ifDefined(args.procedures)}
    compare-with=${ifDefined(args['compare-with'])}
    denominator=${ifDefined(args.denominator)}
  ></spine-risks>`,
};
export default meta;

type Story = StoryObj<RisksArgs>;

export const EpiduralInjection: Story = { args: { procedure: 'esi' } };
export const FacetBlock: Story = { args: { procedure: 'facet' } };
export const RadiofrequencyAblation: Story = { args: { procedure: 'rfa' } };
export const SpinalCordStimulation: Story = { args: { procedure: 'scs' } };
export const Discectomy: Story = { args: { procedure: 'discectomy' } };
export const Vertebroplasty: Story = { args: { procedure: 'vertebroplasty' } };
export const CareWithoutAProcedure: Story = { args: { procedure: 'conservative' } };

/** Side by side with care without a procedure, on one denominator. */
export const CompareWithConservativeCare: Story = { args: { procedure: 'rfa', 'compare-with': 'conservative' } };

/** A clinician fixes the denominator at 1,000 for every view. */
export const Per1000: Story = { args: { procedure: 'scs', denominator: '1000' } };

/** Unknown ids and a bad denominator: a polite message and `spine-error`. */
export const BadInput: Story = { args: { procedure: 'esi', 'compare-with': 'magic', denominator: '7' } };
