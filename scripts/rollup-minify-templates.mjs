// Shrinks the static parts of Lit's css`` and html`` templates in the script-tag bundle:
// CSS loses comments and indentation; HTML keeps one space wherever a line break stood, and none
// between a tag and a block's tag.
const tags = new Set(['css', 'html', 'svg']);

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    // Sibling combinators, in selectors only: `+` in calc() needs its spaces.
    .replace(/\s*([+~])\s*(?=[^{};()]*\{)/g, '$1')
    .replace(/\s+!important/g, '!important')
    .replace(/:\s+/g, ':')
    .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
    .replace(/;}/g, '}')
    .replace(/\[([\w-]+)='([a-z][\w-]*)'\]/g, '[$1=$2]')
    .replace(/#([\da-f])\1([\da-f])\2([\da-f])\3\b/gi, '#$1$2$3');
}

// Elements whose boxes are blocks (or SVG paths): white space next to their tags never shows.
const blocks = 'p|div|ul|ol|li|h[1-6]|section|fieldset|legend|form|table|caption|thead|tbody|tr|th|td|dl|dt|dd|details|summary|path';
const spaceBeforeBlock = new RegExp(`>\\s+<(/?(?:${blocks})[\\s>])`, 'g');

function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ').replace(spaceBeforeBlock, '><$1');
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value.type === 'string') walk(value, visit);
  }
}

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const name = node.tag.name.replace(/\$\d+$/, '');
        if (!tags.has(name)) return;
        const minify = name === 'css' ? minifyCss : minifyHtml;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const shorter = minify(raw);
          if (shorter !== raw) edits.push([quasi.start, quasi.end, shorter]);
        }
      });
      let result = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) result = result.slice(0, start) + text + result.slice(end);
      return { code: result, map: null };
    },
  };
}
