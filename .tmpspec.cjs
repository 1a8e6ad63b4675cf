const [file, ...wanted] = process.argv.slice(2);
const s = require('/work/shared/highlevel-openapi/apps/' + file);
const seen = new Set();
const deref = (v, depth = 0) => {
  if (depth > 8) return '…';
  if (Array.isArray(v)) return v.map((x) => deref(x, depth + 1));
  if (v && typeof v === 'object') {
    if (v.$ref) { const name = v.$ref.split('/').pop(); return { ['<' + name + '>']: deref(s.components.schemas[name], depth + 1) }; }
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deref(x, depth + 1)]));
  }
  return v;
};
for (const [p, ops] of Object.entries(s.paths)) for (const [m, op] of Object.entries(ops)) {
  if (wanted.length && !wanted.includes(op.operationId)) continue;
  console.log('=====', m.toUpperCase(), p, op.operationId);
  console.log(JSON.stringify(deref({ parameters: op.parameters, requestBody: op.requestBody, responses: op.responses && { 200: op.responses['200'], 201: op.responses['201'] } }), null, 1));
}
