// Writes dist/content.schema.json: the JSON Schema of a clinic override, from the same valibot schema the widgets use.
import { writeFile } from 'node:fs/promises';
import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { contentOverrideSchema } from '../dist/esm/content/overrides.js';
import { idSchema, procedureSchema } from '../dist/esm/content/schema.js';

const procedurePatch = v.strictObject({ ...v.partial(procedureSchema).entries, id: idSchema });
const schema = v.strictObject({
  ...contentOverrideSchema.entries,
  procedures: v.optional(v.array(procedurePatch)),
});
const json = {
  ...toJsonSchema(schema, { errorMode: 'ignore' }),
  $id: 'https://unpkg.com/spine-widgets/dist/content.schema.json',
  title: 'spine-widgets content override',
  description:
    'What a clinic may change: names, notes, hidden options, extra sources and figures. Options are matched by id; lists (risks, figures, milestones) replace the standard list. Every figure keeps its sources.',
};
await writeFile(new URL('../dist/content.schema.json', import.meta.url), `${JSON.stringify(json, null, 2)}\n`);
console.log('wrote dist/content.schema.json');
