#!/usr/bin/env python3
"""Wraps klayout/cpodrc.py into the KLayout macro klayout/cpodrc.lym (XML, code escaped)."""
import os
from xml.sax.saxutils import escape

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "klayout")
with open(os.path.join(here, "cpodrc.py"), encoding="utf-8") as f:
    code = f.read()
lym = """<?xml version="1.0" encoding="utf-8"?>
<klayout-macro>
 <description>cpodrc: check the current layout</description>
 <version/>
 <category>pymacros</category>
 <prolog/>
 <epilog/>
 <doc/>
 <autorun>true</autorun>
 <autorun-early>false</autorun-early>
 <shortcut/>
 <show-in-menu>false</show-in-menu>
 <group-name/>
 <menu-path/>
 <interpreter>python</interpreter>
 <dsl-interpreter-name/>
 <text>""" + escape(code) + """</text>
</klayout-macro>
"""
with open(os.path.join(here, "cpodrc.lym"), "w", encoding="utf-8") as f:
    f.write(lym)
