// Compiles each JSON Schema given with ajv in strict mode, then gives ajv's verdict on documents.
// Usage: node verdicts.js <schema>... [--documents <file>]
//   prints, for each schema, "compiled <schema>" or "failed <schema>: <ajv's message>";
//   with --documents, a JSON file of [{"schema": i, "text": "..."}], prints one line "verdicts <json>":
//   an array of true (the schema accepts the text) or false (it rejects it, or the text is not JSON).
// Run by SchemaVerdictTest, from the copy of this folder that it installs under target/.
"use strict";
const fs = require("fs");
const Ajv2020 = require("ajv/dist/2020");

const args = process.argv.slice(2);
const at = args.indexOf("--documents");
const schemas = at < 0 ? args : args.slice(0, at);
const validators = [];
let failed = false;
for (const file of schemas) {
  // strict: true turns every strict restriction into an error, strictRequired and strictTypes included.
  const ajv = new Ajv2020({strict: true, allErrors: false});
  try {
    validators.push(ajv.compile(JSON.parse(fs.readFileSync(file, "utf8"))));
    console.log("compiled " + file);
  } catch (e) {
    failed = true;
    validators.push(null);
    console.log("failed " + file + ": " + e.message);
  }
}
if (at >= 0 && !failed) {
  const documents = JSON.parse(fs.readFileSync(args[at + 1], "utf8"));
  const verdicts = documents.map(({schema, text}) => {
    let value;
    try {
      value = JSON.parse(text);
    } catch (e) {
      return false;
    }
    return validators[schema](value) === true;
  });
  console.log("verdicts " + JSON.stringify(verdicts));
}
process.exitCode = failed ? 1 : 0;
