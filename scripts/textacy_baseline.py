"""textacy's rule-based quotation finder on a SPEC.md JSONL file, as predictions in the
same schema, for the comparison table of the README:

    pip install textacy==0.13.0   # a separate environment is fine: this script needs only spaCy and textacy
    python scripts/textacy_baseline.py assets/polnear/dev.jsonl training/textacy_dev.jsonl --model en_core_web_sm
    quotes evaluate training/textacy_dev.jsonl assets/polnear/dev.jsonl --output metrics/textacy_dev.json

textacy finds direct quotations only (`textacy.extract.triples.direct_quotations`):
each triple becomes a DIRECT quote from the first to the last token of its content
(marks included, as PolNeAR marks them), with its cue and speaker spans. textacy
raises on a document with an odd number of quotation marks: that document gets no
quotes, and the count is printed.
"""
import json
import sys
from pathlib import Path

import spacy
import textacy
from textacy.extract.triples import direct_quotations
from tqdm import tqdm


def char_span(tokens) -> list:
    tokens = sorted(tokens, key=lambda token: token.i)
    return [tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)]


def main(input_path: str, output_path: str, model: str = "en_core_web_sm") -> None:
    nlp = spacy.load(model)
    records = [json.loads(line) for line in Path(input_path).open(encoding="utf8") if line.strip()]
    Path(output_path).parent.mkdir(parents=True, exist_ok=True)
    refused = 0
    with Path(output_path).open("w", encoding="utf8") as out:
        texts = (record["text"] for record in records)
        for record, doc in zip(records, tqdm(nlp.pipe(texts), total=len(records), desc=f"textacy {textacy.__version__}")):
            quotes = []
            try:
                triples = list(direct_quotations(doc))
            except ValueError:  # textacy refuses documents with an odd number of marks
                triples, refused = [], refused + 1
            for triple in triples:
                start, end = char_span(triple.content)
                quotes.append({
                    "start": start, "end": end, "type": "direct",
                    "cue": char_span(triple.cue) if triple.cue else None,
                    "speaker": char_span(triple.speaker) if triple.speaker else None,
                    "speaker_name": " ".join(token.text for token in triple.speaker) or None,
                })
            out.write(json.dumps({"id": record["id"], "text": record["text"], "quotes": quotes}) + "\n")
    print(f"{len(records)} documents, {refused} refused by textacy (no quotes for them)")


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    main(*sys.argv[1:])
