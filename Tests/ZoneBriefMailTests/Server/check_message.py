#!/usr/bin/env python3
"""Reads an .eml with Python's own `email` package (an independent MIME parser) and prints
what the mail tests check, as JSON:

    check_message.py MESSAGE.eml ATTACHMENT_OUT

subject/from/to/cc decoded, date, message_id, the attachment's file name as RFC 2231
(filename*) and RFC 2047 (name=) give it, the body text, line-length and line-end facts, the
MIME tree ("structure"), the plain and HTML bodies as a reader picks them (get_body), each
inline part's Content-ID and whether it decodes as a PNG, and the cid: references of the HTML.
The first attachment's decoded bytes are written to ATTACHMENT_OUT.
"""
import email, email.policy, json, re, sys
from email.header import decode_header, make_header

raw = open(sys.argv[1], "rb").read()
modern = email.message_from_bytes(raw, policy=email.policy.default)
legacy = email.message_from_bytes(raw)  # compat32: raw parameter text, for name="=?…?="

lines = raw.split(b"\r\n")
out = {
    "subject": str(modern["subject"]),
    "from": str(modern["from"]),
    "to": str(modern["to"]) if modern["to"] else None,
    "cc": str(modern["cc"]) if modern["cc"] else None,
    "date": str(modern["date"]),
    "date_parsed": modern["date"].datetime.isoformat() if modern["date"] else None,
    "message_id": str(modern["message-id"]),
    "content_type": modern.get_content_type(),
    "max_line": max(len(l) for l in lines),
    "bare_lf": b"\n" in b"".join(lines),
    "bare_cr": b"\r" in b"".join(lines),
    "defects": [str(d) for d in modern.defects],
    "parts": [],
}

def structure(part):
    if part.is_multipart():
        return part.get_content_type() + "[" + ",".join(structure(p) for p in part.iter_parts()) + "]"
    return part.get_content_type()


out["structure"] = structure(modern)
plain = modern.get_body(preferencelist=("plain",))
html = modern.get_body(preferencelist=("html",))
out["plain_body"] = plain.get_content() if plain is not None else None
out["html_body"] = html.get_content() if html is not None else None
out["html_cids"] = re.findall(r'src="cid:([^"]+)"', out["html_body"] or "")
for part, lpart in zip(modern.walk(), legacy.walk()):
    if part.is_multipart():
        continue
    info = {"type": part.get_content_type(), "defects": [str(d) for d in part.defects]}
    if part.get_content_disposition() == "attachment":
        info["filename"] = part.get_filename()
        name = lpart.get_param("name")
        if isinstance(name, tuple):
            name = email.utils.collapse_rfc2231_value(name)
        info["name"] = str(make_header(decode_header(" ".join(name.split())))) if name else None
        data = part.get_payload(decode=True)
        if "attachment" not in out:
            open(sys.argv[2], "wb").write(data)
            out["attachment"] = len(data)
    elif part.get_content_maintype() == "image":
        data = part.get_payload(decode=True)
        info["content_id"] = (part["content-id"] or "").strip().strip("<>")
        info["disposition"] = part.get_content_disposition()
        info["png"] = data.startswith(b"\x89PNG\r\n\x1a\n")
        info["bytes"] = len(data)
        if info["png"] and len(data) > 24:
            info["width"] = int.from_bytes(data[16:20], "big")
            info["height"] = int.from_bytes(data[20:24], "big")
    else:
        info["text"] = part.get_content()
    out["parts"].append(info)
print(json.dumps(out, ensure_ascii=False))
