#!/usr/bin/env python3
"""report_html.py PAGE: check a page of `growthstat report` with Python's
HTML parser, an independent reader of it. Prints one line per problem and
exits 1 if any, else prints "images=N tables=N" and exits 0.

Checked: every element is closed in order (void elements aside); no
duplicate id; every href="#x" names an id of the page; every src and href
is a data: URI or a #anchor (self-contained); no script, no style
attribute that loads anything, no element outside the HTML vocabulary the
report uses."""
import sys
from html.parser import HTMLParser

VOID = {"meta", "img", "br", "wbr", "hr", "link", "input"}
KNOWN = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3",
         "p", "table", "caption", "thead", "tbody", "tr", "th", "td", "a",
         "figure", "img", "wbr"}


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.problems, self.ids, self.links = [], [], set(), []
        self.images = self.tables = 0

    def bad(self, msg):
        self.problems.append("line %d: %s" % (self.getpos()[0], msg))

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag not in KNOWN:
            self.bad("unexpected element <%s>" % tag)
        for k, v in attrs:
            if k.startswith("on"):
                self.bad("event handler %s" % k)
        if "id" in a:
            if a["id"] in self.ids:
                self.bad("duplicate id %r" % a["id"])
            self.ids.add(a["id"])
        for k in ("src", "href"):
            v = a.get(k)
            if v is None:
                continue
            if v.startswith("#"):
                self.links.append(v[1:])
            elif not v.startswith("data:"):
                self.bad("external %s=%r" % (k, v[:80]))
        if tag == "img":
            self.images += 1
            if not a.get("src", "").startswith("data:image/svg+xml;base64,"):
                self.bad("image is not an inline SVG")
        self.tables += tag == "table"
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.bad("</%s> closes <%s>" % (tag, self.stack[-1] if self.stack else "nothing"))
            return
        self.stack.pop()


def main():
    p = Page()
    with open(sys.argv[1], encoding="utf-8") as f:
        text = f.read()
    if not text.startswith("<!DOCTYPE html>"):
        p.problems.append("no <!DOCTYPE html>")
    p.feed(text)
    p.close()
    if p.stack:
        p.problems.append("unclosed: %s" % " ".join(p.stack))
    for l in p.links:
        if l not in p.ids:
            p.problems.append("link to missing anchor #%s" % l)
    for m in p.problems[:20]:
        print(m)
    if p.problems:
        sys.exit(1)
    print("images=%d tables=%d" % (p.images, p.tables))


main()
