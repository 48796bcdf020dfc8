#!/usr/bin/env python3
"""Turns off SARIF2006 (UrisShouldBeReachable) in a Multitool validation config: offline, each
help URI fetch times out slowly. Same as .ci/sarif-validate.sh. Usage: disable_sarif2006.py CFG"""
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)
for props in tree.getroot().iter("Properties"):
    if props.get("Key") == "SARIF2006.UrisShouldBeReachable.Options":
        for prop in props.iter("Property"):
            if prop.get("Key") == "RuleEnabled":
                prop.set("Value", "Disabled")
tree.write(path, encoding="utf-8", xml_declaration=True)
