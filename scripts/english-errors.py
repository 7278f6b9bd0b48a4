#!/usr/bin/env python3
"""Count the error sites that still speak English only (issue 11).

An error site is a call of Error::new/invalid/not_found/stage/io or
FormatError::new/msg in the non-test code of scrutineer-core,
scrutineer-formats and scrutineer-cli. A site "has an id" when its message
is a scrutineer_i18n::Msg (`Msg::new("err-...")`, the CLI's `m("...")`),
Error::io / FormatError::msg, or a FormatError made located; every other
site passes English words (format!, a literal, a String from elsewhere)
and is written in English in every language. Run from the repository root:

    python3 scripts/english-errors.py          # the figure
    python3 scripts/english-errors.py --files  # and where they are
"""
import glob
import re
import sys

CALL = re.compile(r"(?<!io::)\b(Error::(?:new|invalid|not_found|stage|io)|FormatError::(?:new|msg))\(")
# Functions of scrutineer-core that return a Msg (error.rs `detail`: words
# from elsewhere as `err-detail`; fields.rs `named`, `path_problem`), and a
# Msg given its variables (`m.arg("term", ...)`).
MSG_HELPER = re.compile(r'\b(?:detail|named|path_problem)\(|\.arg\("')
WRAPPER = re.compile(r"\s*ErrorCode::\w+,\s*text\s*\)")  # Error::invalid(text) -> Error::new


def sites():
    paths = sorted(
        glob.glob("crates/scrutineer-core/src/**/*.rs", recursive=True)
        + glob.glob("crates/scrutineer-formats/src/**/*.rs", recursive=True)
        + glob.glob("crates/scrutineer-cli/src/*.rs")
    )
    for path in paths:
        text = open(path, encoding="utf-8").read()
        cut = text.find("#[cfg(test)]")
        if cut >= 0:
            text = text[:cut]
        for m in CALL.finditer(text):
            if "fn " in text[max(0, m.start() - 30) : m.start()]:
                continue  # the constructor's own definition
            i, depth = m.end(), 1
            while i < len(text) and depth:
                depth += {"(": 1, ")": -1}.get(text[i], 0)
                i += 1
            body = text[m.end() : i]
            if body.strip() == ")" or WRAPPER.match(body):
                continue
            has_id = (
                "Msg" in body
                or "located()" in body
                or re.search(r'\bm\("', body)
                or MSG_HELPER.search(body)
                or m.group(1) in ("Error::io", "FormatError::msg")
            )
            yield path, bool(has_id)


def main():
    per = {}
    total = english = 0
    for path, has_id in sites():
        total += 1
        if not has_id:
            english += 1
            per[path] = per.get(path, 0) + 1
    print(f"{total} error sites, {total - english} with a message id, {english} English only")
    if "--files" in sys.argv:
        for path, n in sorted(per.items(), key=lambda x: -x[1]):
            print(f"{n:4} {path}")


main()
