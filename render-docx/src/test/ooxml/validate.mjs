// Validates DOCX files against the Open XML SDK's schemas (Microsoft 365 level) and prints one JSON
// object: file name -> list of errors (empty when valid). Used by OoxmlValidatorTest; runs offline.
// Calls the library directly, so that the package's command line (and its Node version needs) is not
// involved.
import { readFile } from "node:fs/promises";
import validate from "@ooxml-tools/validate";

const results = {};
for (const file of process.argv.slice(2)) {
  results[file] = await validate(await readFile(file), "docx", "Microsoft365");
}
process.stdout.write(JSON.stringify(results) + "\n");
