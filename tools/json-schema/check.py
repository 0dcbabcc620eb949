"""Checks documents against the minutes4j JSON Schema with Python's jsonschema (draft 2020-12).

usage: /usr/bin/python3 check.py SCHEMA DOCUMENT...

Prints one line per document, "valid NAME" or "invalid NAME: first error", and exits 0. Exits 2
if the schema itself cannot be loaded or is not a valid draft 2020-12 schema (Python's re module
refuses \\p{...}, for example). The Java test PortableSchemaTest decides what each line must be.
"""
import json
import sys

import jsonschema


def main(schema_path, documents):
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        # Compiles every pattern, which Python's re module must accept.
        validator.is_valid({})
    except Exception as e:  # noqa: BLE001 - any failure to load is the finding
        print(f"schema not usable: {type(e).__name__}: {e}")
        return 2
    for path in documents:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        error = jsonschema.exceptions.best_match(validator.iter_errors(document))
        name = path.rsplit("/", 1)[-1]
        print(f"valid {name}" if error is None else f"invalid {name}: {error.message[:200]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
