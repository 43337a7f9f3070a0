"""Readers that turn corpora into the JSONL schema of SPEC.md."""
