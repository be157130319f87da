#!/usr/bin/env python3
"""Fills the .ts files from translation tables, after lupdate has added the new strings.

    cmake --build build --target update_translations
    python3 i18n/fill_translations.py i18n/pending/*.tsv

Each table line: context <TAB> source <TAB> zh_CN <TAB> en <TAB> zh_TW, with \\n and \\t
escaped as in C. A plural (%n) message gives its forms separated by "||". Only messages that are
still unfinished are filled; it reports the unfinished ones that no table covers.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

LANGS = {'zh_CN': 2, 'en': 3, 'zh_TW': 4}


def unescape(text):
    return text.replace('\\n', '\n').replace('\\t', '\t').replace('\\\\', '\\')


def load(paths):
    table = {}
    for path in paths:
        for number, line in enumerate(Path(path).read_text(encoding='utf-8').splitlines(), 1):
            if not line.strip() or line.startswith('#'):
                continue
            cols = line.split('\t')
            if len(cols) != 5:
                sys.exit(f'{path}:{number}: expected 5 tab-separated columns, got {len(cols)}')
            table[(cols[0], unescape(cols[1]))] = cols
    return table


def fill(ts_path, column, table):
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            source = message.findtext('source')
            translation = message.find('translation')
            if translation is None or translation.get('type') != 'unfinished':
                continue
            row = table.get((name, source))
            if row is None:
                missing.append(f'{name}: {source!r}')
                continue
            forms = [unescape(f) for f in row[column].split('||')]
            if message.get('numerus') == 'yes':
                numerus = translation.findall('numerusform')
                if not numerus:
                    numerus = [ET.SubElement(translation, 'numerusform')]
                for i, element in enumerate(numerus):
                    element.text = forms[min(i, len(forms) - 1)]
            else:
                translation.text = forms[0]
            del translation.attrib['type']
    text = ET.tostring(tree.getroot(), encoding='unicode')
    Path(ts_path).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + '\n',
                             encoding='utf-8')
    return missing


def main():
    table = load(sys.argv[1:])
    here = Path(__file__).resolve().parent
    status = 0
    for lang, column in LANGS.items():
        missing = fill(here / f'fielddesk_{lang}.ts', column, table)
        for entry in missing:
            print(f'{lang}: unfinished: {entry}')
            status = 1
    return status


if __name__ == '__main__':
    sys.exit(main())
