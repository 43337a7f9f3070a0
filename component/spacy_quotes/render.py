"""Self-contained HTML for `quotes render` and `quotes speakers --format html`.

Works on plain JSONL records (SPEC schema), so predictions can be rendered
without the pipeline. All text goes through html.escape; the pages carry their
CSS (and a few lines of script for hover-linking) inline, no external assets.
"""
from collections import Counter, defaultdict
from html import escape
from typing import Any, Dict, List, Optional, Tuple

KINDS = ("direct", "indirect", "mixed")
COLOURS = {"direct": "#ffd966", "indirect": "#9fd3ff", "mixed": "#d4b8ff"}

CSS = """
:root { --direct: %(direct)s; --indirect: %(indirect)s; --mixed: %(mixed)s; }
body { font: 16px/1.6 Georgia, 'Times New Roman', serif; color: #222; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; background: #fcfcfa; }
h1 { font: 600 1.6rem/1.3 system-ui, sans-serif; }
h2 { font: 600 1.1rem/1.3 system-ui, sans-serif; margin: 0 0 .4rem; word-break: break-all; }
.legend, .summary, table, .tag, .ref, .meta { font-family: system-ui, sans-serif; }
.legend span { display: inline-block; padding: 0 .5rem; margin-right: .5rem; border-radius: 3px; }
article { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 1rem 1.4rem; margin: 1.5rem 0; }
.summary { color: #555; font-size: .85rem; margin-bottom: .6rem; }
.text { white-space: pre-wrap; }
mark.q { padding: .1em 0; color: inherit; }
mark.direct { background: var(--direct); } mark.indirect { background: var(--indirect); } mark.mixed { background: var(--mixed); }
.cue { border-bottom: 2px solid #c0392b; font-weight: 600; }
.spk { border-bottom: 2px solid #1a7f37; font-weight: 600; }
.tag { font-size: .7rem; line-height: 1; padding: .1em .35em; border-radius: 3px; margin-left: .15em; white-space: nowrap; border: 1px solid #999; background: #fff; vertical-align: super; }
.tag.direct { border-color: #b8860b; } .tag.indirect { border-color: #1f6fb2; } .tag.mixed { border-color: #7a4fc2; }
.ref { font-size: .65rem; color: #555; vertical-align: sub; }
.hl { outline: 2px solid #e67e22; outline-offset: 1px; }
table { border-collapse: collapse; font-size: .85rem; margin-top: .8rem; width: 100%%; }
th, td { text-align: left; padding: .2rem .5rem; border-bottom: 1px solid #eee; vertical-align: top; }
th { background: #f4f4f4; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.silent td { color: #999; }
.meta { color: #666; font-size: .8rem; }
.chart { font-family: system-ui, sans-serif; font-size: .85rem; margin: 1rem 0 2rem; }
.row { display: grid; grid-template-columns: 14rem 1fr 4rem; align-items: center; gap: .5rem; margin: .2rem 0; }
.row .name { text-align: right; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.bar { display: flex; height: 1.1rem; background: #f0f0f0; border-radius: 2px; overflow: hidden; }
.bar span { display: block; height: 100%%; }
.bar .direct { background: var(--direct); } .bar .indirect { background: var(--indirect); } .bar .mixed { background: var(--mixed); }
""" % COLOURS

SCRIPT = """
<script>
document.querySelectorAll('article').forEach(function (doc) {
  function mark(event, on) {
    var el = event.target.closest('[data-q]');
    if (!el) return;
    var ids = el.getAttribute('data-q').split(' ');
    doc.querySelectorAll('[data-q]').forEach(function (other) {
      var theirs = other.getAttribute('data-q').split(' ');
      if (ids.some(function (id) { return theirs.indexOf(id) >= 0; })) other.classList.toggle('hl', on);
    });
  }
  doc.addEventListener('mouseover', function (e) { mark(e, true); });
  doc.addEventListener('mouseout', function (e) { mark(e, false); });
});
</script>
"""


def page_head(title: str) -> str:
    legend = " ".join(f'<span style="background:{COLOURS[k]}">{k} quote</span>' for k in KINDS)
    legend += ' <span class="cue">cue</span> <span class="spk">speaker mention</span>'
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"<h1>{escape(title)}</h1>\n<p class=\"legend\">{legend}. "
        "Hover over a quote to see its cue and speaker; the label after it gives the speaker's name, role and affiliation.</p>\n"
    )


def page_tail() -> str:
    return SCRIPT + "</body>\n</html>\n"


def _valid(span: Any, length: int) -> Optional[Tuple[int, int]]:
    if not isinstance(span, (list, tuple)) or len(span) != 2:
        return None
    start, end = max(0, int(span[0])), min(length, int(span[1]))
    return (start, end) if start < end else None


def describe(quote: Dict[str, Any]) -> str:
    """'Jane Doe, senator, Russia' (or 'speaker unknown')."""
    parts = [quote.get("speaker_name") or "speaker unknown"]
    parts += [quote[key] for key in ("role", "affiliation") if quote.get(key)]
    return ", ".join(str(p) for p in parts)


def render_text(text: str, quotes: List[Dict[str, Any]]) -> str:
    """The text as HTML: quotes as <mark> coloured by kind and numbered, cues and
    speaker mentions underlined with the numbers of their quotes. Spans may overlap:
    the text is cut at every span boundary and each piece wrapped in what covers it."""
    length = len(text)
    spans: List[Tuple[str, int, int, str]] = []  # (role, start, end, kind)
    numbers: Dict[Tuple[str, int, int], List[int]] = defaultdict(list)
    for k, quote in enumerate(quotes, 1):
        content = _valid([quote.get("start"), quote.get("end")], length)
        if content:
            spans.append(("quote", content[0], content[1], str(k)))
        for role in ("cue", "speaker"):
            span = _valid(quote.get(role), length)
            if span:
                if (role, *span) not in numbers:
                    spans.append((role, span[0], span[1], ""))
                numbers[(role, *span)].append(k)
    cuts = sorted({0, length, *(s for _, s, _, _ in spans), *(e for _, _, e, _ in spans)})
    html = []
    for a, b in zip(cuts, cuts[1:]):
        piece = escape(text[a:b])
        covering = [span for span in spans if span[1] <= a and span[2] >= b]
        for role, start, end, _ in covering:
            if role in ("cue", "speaker"):
                ids = " ".join(map(str, numbers[(role, start, end)]))
                css = "cue" if role == "cue" else "spk"
                piece = f'<span class="{css}" data-q="{ids}">{piece}</span>'
        for role, start, end, number in covering:
            if role == "quote":
                quote = quotes[int(number) - 1]
                kind = quote.get("type", "direct")
                title = f"Q{number} · {kind} · {describe(quote)}"
                if isinstance(quote.get("confidence"), (int, float)):
                    title += f" · confidence {quote['confidence']:.2f}"
                piece = f'<mark class="q {escape(kind)}" data-q="{number}" title="{escape(title)}">{piece}</mark>'
        html.append(piece)
        for role, start, end, number in spans:
            if end != b:
                continue
            if role == "quote":
                quote = quotes[int(number) - 1]
                kind = escape(str(quote.get("type", "direct")))
                html.append(f'<span class="tag {kind}" data-q="{number}">Q{number} {escape(describe(quote))}</span>')
            else:
                ids = numbers[(role, start, end)]
                html.append(f'<span class="ref" data-q="{" ".join(map(str, ids))}">{",".join(map(str, ids))}</span>')
    return "".join(html)


def speakers_from_quotes(record: Dict[str, Any]) -> List[Dict[str, Any]]:
    """Speakers of a record that has only quotes: one per speaker_name, with the
    most frequent role and affiliation and the numbers of its quotes."""
    grouped: Dict[str, Dict[str, Any]] = {}
    for k, quote in enumerate(record.get("quotes") or [], 1):
        name = quote.get("speaker_name")
        if not name:
            continue
        entry = grouped.setdefault(name, {"name": name, "kind": "", "roles": Counter(), "affiliations": Counter(), "quotes": [], "mentions": None})
        entry["quotes"].append(k)
        if quote.get("role"):
            entry["roles"][quote["role"]] += 1
        if quote.get("affiliation"):
            entry["affiliations"][quote["affiliation"]] += 1
    speakers = []
    for entry in grouped.values():
        roles, affiliations = entry.pop("roles"), entry.pop("affiliations")
        entry["role"] = roles.most_common(1)[0][0] if roles else None
        entry["affiliation"] = affiliations.most_common(1)[0][0] if affiliations else None
        speakers.append(entry)
    return speakers


def _cell(value: Any) -> str:
    return escape(str(value)) if value not in (None, "") else "—"


def render_speakers(speakers: List[Dict[str, Any]]) -> str:
    if not speakers:
        return '<p class="meta">No speakers found.</p>'
    rows = []
    ordered = sorted(speakers, key=lambda s: (-len(s.get("quotes") or []), str(s.get("name") or "")))
    for speaker in ordered:
        quotes = [q for q in (speaker.get("quotes") or []) if q is not None]
        mentions = speaker.get("mentions")
        attributes = f' data-q="{" ".join(map(str, quotes))}"' if quotes else ' class="silent"'
        rows.append(
            f"<tr{attributes}>"
            f"<td>{_cell(speaker.get('name'))}</td><td>{_cell(speaker.get('role'))}</td>"
            f"<td>{_cell(speaker.get('affiliation'))}</td><td>{_cell(speaker.get('kind'))}</td>"
            f"<td>{', '.join(f'Q{q}' for q in quotes) if quotes else 'mentioned, not quoted'}</td>"
            f'<td class="n">{_cell(mentions)}</td></tr>'
        )
    return (
        "<table><thead><tr><th>Speaker</th><th>Role</th><th>Affiliation</th><th>Kind</th>"
        "<th>Quotes</th><th>Mentions</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


def render_document(record: Dict[str, Any], index: int = 1) -> str:
    """One <article>: id, a count of quotes by kind, the highlighted text and the speakers."""
    quotes = record.get("quotes") or []
    kinds = Counter(q.get("type") for q in quotes)
    unattributed = sum(1 for q in quotes if not q.get("speaker_name"))
    summary = f"{len(quotes)} quote{'s' if len(quotes) != 1 else ''}"
    if quotes:
        summary += " (" + ", ".join(f"{kinds[k]} {k}" for k in KINDS if kinds[k]) + ")"
    if unattributed:
        summary += f", {unattributed} without a resolved speaker"
    speakers = record.get("speakers")
    if speakers is None:
        speakers = speakers_from_quotes(record)
    ident = record.get("id", f"document {index}")
    return (
        f'<article id="doc-{index}">\n<h2>{escape(str(ident))}</h2>\n'
        f'<div class="summary">{escape(summary)}</div>\n'
        f'<div class="text">{render_text(record.get("text", ""), quotes)}</div>\n'
        f"{render_speakers(speakers)}\n</article>\n"
    )


def speakers_page(rows: List[Dict[str, Any]], summary: Dict[str, int], top: int = 20,
                  title: str = "Whose voices does the coverage carry?") -> str:
    """A page with a bar chart of the `top` most quoted speakers (bars split by kind
    of quote) and a table of all `rows` (as made by `quotes speakers`)."""
    chart_rows = rows[:top]
    most = max((row["quotes"] for row in chart_rows), default=1) or 1
    bars = []
    for row in chart_rows:
        segments = "".join(
            f'<span class="{kind}" style="width:{100 * row[kind] / most:.2f}%" title="{row[kind]} {kind}"></span>'
            for kind in KINDS
            if row.get(kind)
        )
        label = row["speaker_name"] + (f" ({row['role']})" if row.get("role") else "")
        bars.append(
            f'<div class="row"><span class="name" title="{escape(label)}">{escape(row["speaker_name"])}</span>'
            f'<div class="bar">{segments}</div><span class="n">{row["quotes"]}</span></div>'
        )
    table_rows = "".join(
        f"<tr><td class=\"n\">{rank}</td><td>{escape(row['speaker_name'])}</td><td class=\"n\">{row['quotes']}</td>"
        f"<td class=\"n\">{100 * row.get('share', 0.0):.1f}%</td><td class=\"n\">{row['documents']}</td>"
        f"<td>{_cell(row.get('role'))}</td><td>{_cell(row.get('affiliation'))}</td>"
        + "".join(f"<td class=\"n\">{row.get(kind, 0)}</td>" for kind in KINDS)
        + "</tr>"
        for rank, row in enumerate(rows, 1)
    )
    attributed = summary.get("quotes", 0) - summary.get("unattributed", 0)
    affiliations = Counter()
    for row in rows:
        affiliations[row.get("affiliation") or "(none)"] += row["quotes"]
    aff_list = ", ".join(f"{escape(name)}: {n}" for name, n in affiliations.most_common(8))
    legend = " ".join(f'<span style="background:{COLOURS[k]}">{k}</span>' for k in KINDS)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<h1>{escape(title)}</h1>\n"
        f'<p class="summary">{summary.get("quotes", 0)} quotes in {summary.get("documents", 0)} documents; '
        f'{attributed} attributed to {summary.get("speakers", len(rows))} named speakers, {summary.get("unattributed", 0)} without a resolved speaker.</p>\n'
        f'<p class="legend">Bars by kind of quote: {legend}</p>\n'
        f'<h2>The {len(chart_rows)} most quoted</h2>\n<div class="chart">{"".join(bars)}</div>\n'
        f'<p class="meta">Quotes by most frequent affiliation of the speaker: {aff_list or "—"}</p>\n'
        "<table><thead><tr><th>#</th><th>Speaker</th><th>Quotes</th><th>Share</th><th>Documents</th><th>Role</th>"
        "<th>Affiliation</th><th>Direct</th><th>Indirect</th><th>Mixed</th></tr></thead>\n<tbody>"
        f"{table_rows}</tbody></table>\n</body>\n</html>\n"
    )
