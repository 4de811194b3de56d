// Validates DOCX files against the Open XML SDK's schemas (Microsoft 365 level). Prints one line per
// file: its path, a tab, the number of errors, a tab, and the errors as JSON. Used by
// OoxmlValidatorTest; runs offline. Calls the library directly, not the package's command line.
import { readFile } from "node:fs/promises";
import validate from "@ooxml-tools/validate";

for (const file of process.argv.slice(2)) {
  const errors = await validate(await readFile(file), "docx", "Microsoft365");
  process.stdout.write(`${file}\t${errors.length}\t${JSON.stringify(errors)}\n`);
}
