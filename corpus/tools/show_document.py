"""Print a PolNeAR document for annotation: paragraphs with character offsets,
then every quote with its source span, so an annotator can read the whole
document before writing speaker and role annotations (see corpus/README.md).

python corpus/tools/show_document.py dev 0        # by position in sorted id order
python corpus/tools/show_document.py dev polnear/dev/breitbart_2016-09-12_...
"""
import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "polnear"


def load(split):
    docs = [json.loads(line) for line in (DATA / f"{split}.jsonl").open(encoding="utf8")]
    return sorted(docs, key=lambda d: d["id"])


def main(split, key):
    docs = load(split)
    doc = docs[int(key)] if key.isdigit() else next(d for d in docs if d["id"] == key)
    text = doc["text"]
    print(f"# {doc['id']}  ({len(text)} chars, {len(doc['quotes'])} quotes)\n")
    offset = 0
    for para in text.split("\n"):
        if para.strip():
            print(f"[{offset}] {para}")
        offset += len(para) + 1
    print("\n# quotes: index, content [start,end], source [start,end] 'source text', cue")
    for i, q in enumerate(doc["quotes"]):
        src = q["speaker"]
        src_text = text[src[0]:src[1]] if src else None
        cue = text[q["cue"][0]:q["cue"][1]] if q["cue"] else None
        content = text[q["start"]:q["end"]]
        short = content if len(content) < 90 else content[:60] + " ... " + content[-25:]
        print(f"{i:3d} [{q['start']},{q['end']}] src={src} {src_text!r} cue={cue!r} | {short!r}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
