#!/usr/bin/env python3
"""Regenerates the spreadsheet-saved catalog fixtures beside this script.

The spreadsheet is source.csv (UTF-8, LF, comma): a team catalog of three rows whose cells hold a quoted comma,
doubled quotes, a two-line remedy, an unquoted semicolon and comma, ’ — → ü, emoji and codes, and three typed team
columns (retryable:bool, http_status:int, owner:text) holding true/false as a maintainer types them, numbers, a text
with ';' and ',' and a text of digits with a leading zero. LibreOffice Calc opens it and saves it as CSV in each format
its CSV filter writes; the formats it cannot write itself are derived from one of its outputs by one small
transformation that does what the real tool does:

  *-bom      3 bytes EF BB BF before the file: Excel's "CSV UTF-8 (Comma delimited)" writes a byte-order mark
             (LibreOffice 7.4 has no option for one).
  *-crlf     every LF written as CRLF, line breaks inside quoted fields included: what Git's CRLF conversion
             (core.autocrlf=true, or eol=crlf) gives on checkout, and what LibreOffice and Excel write on Windows.
  *-sep      the first line "sep=X" and a line break: the line Excel honours (and reads the separator from).

Then Python's csv module, a reader independent of the analyzer's, reads every fixture with its encoding and
separator (after its sep= line), and fixtures.json records the manifest with the cells it read and each file's
SHA-256 (so a test sees if a checkout converted a file's bytes). The script checks
that each fixture holds the spreadsheet's cells as Calc reads them (CALC_READS: a truth value in capitals, a number
without its leading zeros) and as the encoding holds them (Windows-1252 ones with '?' where the encoding has no
character, as LibreOffice writes them). The tests read the committed files; CI never needs LibreOffice.

Needs LibreOffice Calc and Python 3 (Debian: apt-get install -y libreoffice-calc-nogui). Run: python3 regenerate.py
"""

import csv
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "source.csv"

# The import filter for source.csv: tokens are separator (ASCII code), text delimiter (ASCII code), character set
# (76 = UTF-8) and the first line to read.
IMPORT_FILTER = "CSV:44,34,76,1"

# Export filter options of "Text - txt - csv (StarCalc)": separator, text delimiter, character set (76 = UTF-8,
# 65535 = UTF-16 little-endian with a byte-order mark, 1 = Windows-1252), first line (import only), cell formats
# (import only), language (0 = the default), quote all text cells, detect special numbers (import only), save cell
# contents as shown. "Quote all text cells" off is the Save As dialog's default (fields are quoted where needed).
def export_options(separator, charset, quote_all=False):
    return "%d,34,%d,1,,0,%s,true,true" % (ord(separator), charset, "true" if quote_all else "false")


UTF8, UTF16, WINDOWS_1252 = 76, 65535, 1

# name, separator, LibreOffice character set, quote all text cells
NATIVE = [
    ("comma-utf8.csv", ",", UTF8, False),
    ("semicolon-utf8.csv", ";", UTF8, False),
    ("semicolon-utf8-quoted.csv", ";", UTF8, True),
    ("tab-utf8.csv", "\t", UTF8, False),
    ("comma-utf16.csv", ",", UTF16, False),
    ("tab-utf16.csv", "\t", UTF16, False),
    ("comma-windows1252.csv", ",", WINDOWS_1252, False),
    ("semicolon-windows1252.csv", ";", WINDOWS_1252, False),
]

BOM = b"\xef\xbb\xbf"

# name, the native fixture it is derived from, transformations in order
DERIVED = [
    ("comma-utf8-bom.csv", "comma-utf8.csv", ["bom"]),
    ("comma-utf8-crlf.csv", "comma-utf8.csv", ["crlf"]),
    ("comma-utf8-sep.csv", "comma-utf8.csv", ["sep"]),
    ("semicolon-utf8-sep-crlf.csv", "semicolon-utf8.csv", ["sep", "crlf"]),
]

TRANSFORMATIONS = {
    "bom": "3 bytes EF BB BF (a UTF-8 byte-order mark) before the file, as Excel's 'CSV UTF-8' writes",
    "crlf": "every LF written as CRLF, inside quoted fields too, as Git's CRLF conversion checks it out",
    "sep": "the first line 'sep=X' and LF, Excel's separator line",
}

PYTHON_ENCODING = {UTF8: "utf-8", UTF16: "utf-16", WINDOWS_1252: "cp1252"}
DOTNET_CODE_PAGE = {UTF8: 65001, UTF16: 1200, WINDOWS_1252: 1252}


def libreoffice_version():
    return subprocess.run(["soffice", "--version"], check=True, capture_output=True, text=True).stdout.strip()


def convert(profile, workdir, options):
    """source.csv opened and saved by LibreOffice Calc with the given CSV export options; the bytes it wrote."""
    out = os.path.join(workdir, "out")
    shutil.rmtree(out, ignore_errors=True)
    subprocess.run(
        [
            "soffice",
            "-env:UserInstallation=file://" + profile,
            "--headless",
            "--infilter=" + IMPORT_FILTER,
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):" + options,
            "--outdir",
            out,
            os.path.join(HERE, SOURCE),
        ],
        check=True,
        capture_output=True,
    )
    with open(os.path.join(out, SOURCE), "rb") as written:
        return written.read()


def transform(data, separator, steps):
    for step in steps:
        if step == "bom":
            assert not data.startswith(BOM)
            data = BOM + data
        elif step == "crlf":
            assert b"\r" not in data, "LibreOffice on Linux writes LF only"
            data = data.replace(b"\n", b"\r\n")
        elif step == "sep":
            data = ("sep=" + separator + "\n").encode("ascii") + data
        else:
            raise ValueError(step)
    return data


def read_cells(data, charset, separator, sep_line, bom):
    """The fixture's cells as Python's csv module reads them, line breaks inside fields as the file writes them."""
    if charset == UTF16:
        assert data.startswith(b"\xff\xfe"), "LibreOffice writes UTF-16 little-endian with a byte-order mark"
    assert data.startswith(BOM) == bom
    text = data.decode("utf-8-sig" if bom else PYTHON_ENCODING[charset])
    stream = io.StringIO(text, newline="")
    if sep_line:
        assert stream.readline().rstrip("\r\n") == "sep=" + separator
    return [row for row in csv.reader(stream, delimiter=separator, quotechar='"', strict=True)]


def as_saved(cells, charset):
    """The spreadsheet's cells as a file in this character set can hold them: '?' where Windows-1252 has none."""
    if charset != WINDOWS_1252:
        return cells
    return [[cell.encode("cp1252", errors="replace").decode("cp1252") for cell in row] for row in cells]


def calc_reads(cells):
    """The cells as Calc holds them once it has opened the file (or a maintainer has typed them into a cell of the
    default format): true/false in any case become the truth values TRUE/FALSE, and digits with leading zeros the
    number they spell (0042 becomes 42). These are what it saves; the header row is text."""
    def cell(value):
        if value.lower() in ("true", "false"):
            return value.upper()
        if len(value) > 1 and value.isdigit() and value.startswith("0"):
            return str(int(value))
        return value
    return cells[:1] + [[cell(value) for value in row] for row in cells[1:]]


def line_feeds(cells):
    return [[cell.replace("\r\n", "\n").replace("\r", "\n") for cell in row] for row in cells]


def main():
    if shutil.which("soffice") is None:
        sys.exit("soffice not found: apt-get install -y libreoffice-calc-nogui")

    with open(os.path.join(HERE, SOURCE), newline="", encoding="utf-8") as source:
        spreadsheet = [row for row in csv.reader(source, strict=True)]

    written = {}
    manifest = []
    with tempfile.TemporaryDirectory() as workdir:
        profile = os.path.join(workdir, "profile")
        for name, separator, charset, quote_all in NATIVE:
            options = export_options(separator, charset, quote_all)
            written[name] = (convert(profile, workdir, options), separator, charset)
            manifest.append((name, separator, charset, False, False, "LibreOffice Calc, Text CSV, filter options " + options))

    for name, base, steps in DERIVED:
        data, separator, charset = written[base]
        written[name] = (transform(data, separator, steps), separator, charset)
        how = "; then ".join(TRANSFORMATIONS[step].replace("X", separator) for step in steps)
        manifest.append((name, separator, charset, "sep" in steps, "bom" in steps, base + ", then " + how))

    fixtures = []
    for name, separator, charset, sep_line, bom, origin in manifest:
        data = written[name][0]
        cells = read_cells(data, charset, separator, sep_line, bom)
        if line_feeds(cells) != as_saved(calc_reads(spreadsheet), charset):
            sys.exit(name + ": LibreOffice did not save the spreadsheet's cells:\n" + repr(cells))
        with open(os.path.join(HERE, name), "wb") as fixture:
            fixture.write(data)
        fixtures.append(
            {
                "file": name,
                "codePage": DOTNET_CODE_PAGE[charset],
                "separator": separator,
                "sepLine": sep_line,
                "origin": origin,
                "sha256": hashlib.sha256(data).hexdigest(),
                "cells": cells,
            }
        )

    document = {
        "about": "Written by regenerate.py: how each fixture was made, and its cells as Python's csv module reads them.",
        "libreOffice": libreoffice_version(),
        "python": sys.version.split()[0],
        "fixtures": fixtures,
    }
    with open(os.path.join(HERE, "fixtures.json"), "w", encoding="utf-8", newline="\n") as out:
        json.dump(document, out, ensure_ascii=False, indent=2)
        out.write("\n")
    print("%d fixtures written, each checked against %s" % (len(fixtures), SOURCE))


if __name__ == "__main__":
    main()
