import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

interface CompareArgs {
  procedures?: string;
  'cta-href'?: string;
  'cta-label'?: string;
  lang?: string;
}

const meta: Meta<CompareArgs> = {
  title: 'Widgets/spine-compare',
  component: 'spine-compare',
  render: (args) => html`<spine-compare
    procedures=${ifDefined(args.procedures)}
    cta-href=${ifDefined(args['cta-href'])}
    cta-label=${ifDefined(args['cta-label'])}
    lang=${ifDefined(args.lang)}
  ></spine-compare>`,
};
export default meta;

type Story = StoryObj<CompareArgs>;

/** All seven options: the six procedures and care without a procedure. */
export const AllOptions: Story = {};

/** A clinic that offers two procedures; care without a procedure is always added. */
export const TwoProcedures: Story = { args: { procedures: 'rfa,esi' } };

/** With a call to action that fires `spine-cta`. */
export const WithCallToAction: Story = {
  args: { procedures: 'scs,discectomy', 'cta-href': '/book', 'cta-label': 'Book a consultation' },
};

/** In a 320px CMS sidebar the table stacks into one question at a time. */
export const NarrowColumn: Story = {
  args: { procedures: 'esi,facet' },
  render: (args) => html`<div style="width: 320px; border: 1px dashed #999">
    <spine-compare procedures=${ifDefined(args.procedures)}></spine-compare>
  </div>`,
};

/** On a dark page the widget follows the page's text color; the accent is set through tokens. */
export const DarkPage: Story = {
  args: { procedures: 'vertebroplasty' },
  render: (args) => html`<div style="background: #14181c; color: #e8ecef; padding: 1rem;
    --spine-color-accent: #8cc4ff; --spine-color-accent-text: #0b1b2b; --spine-color-focus: #8cc4ff;">
    <spine-compare procedures=${ifDefined(args.procedures)} cta-href="/book" cta-label="Book a consultation"></spine-compare>
  </div>`,
};

/** Themed in a clinic's brand through `--spine-*` custom properties. */
export const Themed: Story = {
  args: { procedures: 'rfa,facet' },
  render: (args) => html`<div style="--spine-color-accent: #6b2c91; --spine-font-family: Georgia, serif; --spine-radius: 0;">
    <spine-compare procedures=${ifDefined(args.procedures)} cta-href="/book" cta-label="Ask about these options"></spine-compare>
  </div>`,
};

/** Bad input: an unknown id and a `javascript:` link give a polite message and a `spine-error` event. */
export const BadInput: Story = {
  args: { procedures: 'esi,made-up', 'cta-href': 'javascript:alert(1)', 'cta-label': 'Book' },
};
