#!/usr/bin/env python3
"""Reads an HTML page on stdin and prints the named form's fields URL-encoded, as a browser would post them
(hidden antiforgery token and Version included), with NAME=VALUE overrides from the arguments.
   form-fields.py <form-css-class, "" for any form> [Name=value ...] < page.html"""
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

form = Form(sys.argv[1])
form.feed(sys.stdin.read())
overrides = dict(arg.split("=", 1) for arg in sys.argv[2:])
fields = [(name, overrides.pop(name, value)) for name, value in form.fields] + list(overrides.items())
print(urlencode(fields), end="")
