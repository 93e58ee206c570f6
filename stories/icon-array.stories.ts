import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

interface IconArrayArgs {
  count: number;
  upper?: number;
  total: number;
  label?: string;
}

const meta: Meta<IconArrayArgs> = {
  title: 'Parts/spine-icon-array',
  component: 'spine-icon-array',
  render: (args) => html`<spine-icon-array count=${args.count} upper=${ifDefined(args.upper)} total=${args.total} label=${ifDefined(args.label)}></spine-icon-array>`,
};
export default meta;

type Story = StoryObj<IconArrayArgs>;

export const TwelveIn1000: Story = { args: { count: 12, total: 1000, label: 'About 12 in 1,000 procedures had this.' } };
export const FiftyFourIn100: Story = { args: { count: 54, total: 100, label: 'About 54 in 100 people had at least half their leg pain go away.' } };
/** A range: the striped squares show how high it may be. */
export const Range: Story = { args: { count: 18, upper: 21, total: 1000, label: 'Between 18 and 21 in 1,000 people had this.' } };
export const None: Story = { args: { count: 0, total: 1000, label: 'None of 1,000.' } };
export const All: Story = { args: { count: 1000, total: 1000, label: 'All 1,000.' } };
/** Invalid numbers: a short message and `spine-error`. */
export const BadInput: Story = { args: { count: -3, total: 50 } };
