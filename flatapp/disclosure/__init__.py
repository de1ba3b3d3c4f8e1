"""Disclosure control (Qt-free): the one gate every public output (poster, handout, slide) goes through.

See flatapp.disclosure.rules: a figure is public only when its base, its count and its complement are
large enough; breakdowns get secondary suppression; names, homes, ties and quotes never pass.
"""
