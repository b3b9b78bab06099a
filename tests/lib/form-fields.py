#!/usr/bin/env python3
"""Reads an HTML page on stdin and prints the named form's fields URL-encoded, as a browser would post them
(hidden antiforgery token and Version included), with NAME=VALUE overrides from the arguments. With --curl-form first,
prints them as curl config lines for a multipart post instead (curl -K -), to which a file field can be added.
   form-fields.py [--curl-form] <form-css-class, "" for any form> [Name=value ...] < page.html"""
import sys
from html.parser import HTMLParser
from urllib.parse import urlencode

class Form(HTMLParser):
    def __init__(self, css_class):
        super().__init__(convert_charrefs=True)
        self.css_class, self.inside, self.fields, self.text_name, self.select_name = css_class, False, [], None, None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and (not self.css_class or self.css_class in (a.get("class") or "").split()):
            self.inside = True
        if self.inside and tag == "option" and self.select_name and "selected" in a:
            self.fields.append([self.select_name, a.get("value", "")])
        if not self.inside or "name" not in a or a.get("disabled") is not None:
            return
        if tag == "input" and a.get("type") not in ("submit", "button", "file", "checkbox", "radio") or \
           tag == "input" and a.get("type") in ("checkbox", "radio") and "checked" in a:
            self.fields.append([a["name"], a.get("value") or ("true" if a.get("type") == "checkbox" else "")])
        elif tag == "textarea":
            self.text_name = a["name"]; self.fields.append([a["name"], ""])
        elif tag == "select":
            self.select_name = a["name"]
    def handle_data(self, data):
        if self.text_name: self.fields[-1][1] += data
    def handle_endtag(self, tag):
        if tag == "textarea": self.text_name = None
        if tag == "select": self.select_name = None
        if tag == "form": self.inside = False

args = sys.argv[1:]
multipart = args[:1] == ["--curl-form"]
if multipart: args = args[1:]
form = Form(args[0])
form.feed(sys.stdin.read())
overrides = dict(arg.split("=", 1) for arg in args[1:])
fields = [(name, overrides.pop(name, value)) for name, value in form.fields] + list(overrides.items())
if multipart:
    # form-string: a value starting with @ or < is text, not a file to read. Quoted as curl's config file reads it.
    quote = lambda text: text.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "\\r").replace("\n", "\\n")
    print("".join(f'form-string = "{quote(name)}={quote(value)}"\n' for name, value in fields), end="")
else:
    print(urlencode(fields), end="")
