"""An HTML document as a browser's tokenizer sees it (standard library parser), for inertness checks."""

from __future__ import annotations

import re
from html.parser import HTMLParser


class Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_startendtag(self, tag, attrs):  # noqa: ANN001
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):  # noqa: ANN001
        self._in_style = False

    def handle_data(self, data):  # noqa: ANN001
        (self.styles if self._in_style else self.text).append(data)


def parse(doc: str) -> Collect:
    p = Collect()
    p.feed(doc)
    p.close()
    return p


def assert_inert(doc: str) -> Collect:
    """No element that runs or fetches anything; every URL is an in-page anchor or a reference link."""
    p = parse(doc)
    names = [t for t, _ in p.tags]
    for bad in ("script", "img", "iframe", "link", "object", "embed", "base", "form", "video", "audio"):
        assert bad not in names, bad
    assert names.count("style") == 1
    for tag, attrs in p.tags:
        assert not any(k.startswith("on") for k in attrs), (tag, attrs)
        assert "style" not in attrs, tag  # the CSP admits only the hashed stylesheet
        for k in ("src", "srcset", "action", "xlink:href", "data", "poster"):
            assert k not in attrs, (tag, k)
        href = attrs.get("href")
        if href is not None:
            assert href.startswith("#") or (tag == "a" and re.match(r"https?://[^\s\"'<>]+$", href)), href
    assert "url(http" not in doc and "@import" not in doc
    return p
