#!/usr/bin/env python3
"""Renders an HTML mail page in headless Chromium at given widths and prints, as JSON, what the
mail tests check:

    html_check.py PAGE.html OUT_DIR --fonts FONTS_DIR --width 375 --width 640

Per width: the page's scroll width against the window's (horizontal overflow), its height, each
image's natural size (did it decode), and a screenshot (OUT_DIR/page-WIDTH.png) read back with
zlib: the share of pixels that are not the background and how many colours it has (a blank or
broken page has almost none). The metrics come from the page shown in an iframe exactly WIDTH
px wide, read by a script of the probe page around it (written into its title, read back with
--dump-dom); the page itself gets no script, and the screenshot is of the page as it is. FONTS_DIR is added to fontconfig, so CJK text has a font
on a machine without system CJK fonts.
"""
import argparse, json, os, re, shutil, struct, subprocess, sys, tempfile, zlib

# The page goes into an iframe exactly WIDTH px wide (a headless window is never narrower than
# 500 px, an iframe is); on load, the script writes the iframe document's metrics into the title.
PROBE = """<!DOCTYPE html><html><head><title>waiting</title></head><body style="margin:0">
<iframe id="page" style="border:0;width:%dpx;height:%dpx" srcdoc="%s"></iframe>
<script>document.getElementById('page').addEventListener('load', function () {
  var doc = this.contentDocument, d = doc.documentElement, win = this.contentWindow;
  var images = Array.prototype.map.call(doc.images, function (i) { return [i.naturalWidth, i.naturalHeight, i.getBoundingClientRect().width]; });
  var widest = 0;
  Array.prototype.forEach.call(doc.querySelectorAll('body *'), function (e) { widest = Math.max(widest, e.getBoundingClientRect().right); });
  document.title = 'ZBMETRICS ' + JSON.stringify({scrollWidth: d.scrollWidth, clientWidth: d.clientWidth, innerWidth: win.innerWidth,
    scrollHeight: d.scrollHeight, widestRight: Math.ceil(widest), images: images, text: doc.body.innerText.length});
});</script></body></html>"""


def attribute(text):
    return text.replace("&", "&amp;").replace('"', "&quot;")


def chromium():
    for name in [os.environ.get("ZB_CHROMIUM", ""), "chromium", "chromium-browser", "google-chrome"]:
        if name and shutil.which(name):
            return shutil.which(name)
    sys.exit("no chromium: install Debian's chromium package (scripts/test does)")


def run(browser, args, profile, env):
    base = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--disable-extensions", "--user-data-dir=" + profile, "--force-device-scale-factor=1"]
    return subprocess.run(base + args, capture_output=True, env=env, timeout=120)


def png_pixels(path):
    """(width, height, rows of RGB tuples) of an 8-bit RGB or RGBA PNG."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6), "unexpected PNG format %d/%d" % (depth, colour)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = prev[x]
            c = prev[x - channels] if x >= channels else 0
            if f == 1: line[x] = (line[x] + a) & 255
            elif f == 2: line[x] = (line[x] + b) & 255
            elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append([tuple(line[i:i + 3]) for i in range(0, stride, channels)])
        prev = line
    return width, height, rows


def looks(path):
    width, height, rows = png_pixels(path)
    counts = {}
    for row in rows:
        for px in row:
            counts[px] = counts.get(px, 0) + 1
    background, n = max(counts.items(), key=lambda kv: kv[1])
    return {"width": width, "height": height, "colours": len(counts),
            "non_background": round(1 - n / float(width * height), 4),
            "background": "#%02x%02x%02x" % background}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("page")
    ap.add_argument("out")
    ap.add_argument("--fonts", required=True)
    ap.add_argument("--width", type=int, action="append", required=True)
    ap.add_argument("--height", type=int, default=2400)
    a = ap.parse_args()
    browser = chromium()
    os.makedirs(a.out, exist_ok=True)
    work = tempfile.mkdtemp(prefix="zb-html-")
    try:
        conf = os.path.join(work, "fonts.conf")
        with open(conf, "w") as f:
            f.write('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
                    '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n<dir>%s</dir>\n'
                    '<cachedir>%s</cachedir>\n</fontconfig>\n' % (os.path.abspath(a.fonts), os.path.join(work, "fc-cache")))
        env = dict(os.environ, FONTCONFIG_FILE=conf, HOME=work)
        html = open(a.page, encoding="utf-8").read()
        result = {}
        for w in a.width:
            probe = os.path.join(work, "probe-%d.html" % w)
            with open(probe, "w", encoding="utf-8") as f:
                f.write(PROBE % (w, a.height, attribute(html)))
            r = run(browser, ["--dump-dom", "--virtual-time-budget=5000", "--window-size=%d,%d" % (max(w, 800), a.height),
                              "file://" + probe], os.path.join(work, "profile-dom-%d" % w), env)
            m = re.search(r"<title>ZBMETRICS (.*?)</title>", r.stdout.decode("utf-8", "replace"))
            if not m:
                sys.exit("no metrics from chromium at %d px: %s" % (w, r.stderr.decode("utf-8", "replace")[-800:]))
            metrics = json.loads(m.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"))
            shot = os.path.join(a.out, "page-%d.png" % w)
            height = max(200, min(metrics["scrollHeight"], 6000))
            r = run(browser, ["--screenshot=" + shot, "--window-size=%d,%d" % (w, height), "file://" + os.path.abspath(a.page)],
                    os.path.join(work, "profile-shot-%d" % w), env)
            if not os.path.exists(shot):
                sys.exit("no screenshot from chromium at %d px: %s" % (w, r.stderr.decode("utf-8", "replace")[-800:]))
            metrics["screenshot"] = shot
            metrics.update(looks(shot))
            result[str(w)] = metrics
        print(json.dumps(result))
    finally:
        shutil.rmtree(work, ignore_errors=True)


main()
