#!/usr/bin/env python3
"""Simplify the @svg-maps/canada outline into a small per-province path file.

Usage:
    npm install @svg-maps/canada@2.0.0        (in a scratch folder)
    python3 scripts/simplify-map.py node_modules/@svg-maps/canada/index.js \
        [-o content/directory/map/canada.txt] [--tolerance 3.0] [--preview p.svg]

Input: the package's index.js (``export default {...}`` with viewBox and
``locations`` [{id, name, path}]) or its canada.svg.  Only the Python
standard library is used.

Output (one record per line):
    viewBox <minx> <miny> <width> <height>
    credit <attribution text>
    source <url>
    <CODE> <label x> <label y> <path d>      (13 lines, AB BC MB ... YT)

Processing: every path is parsed (M/L/H/V/C/S/Q/T/A/Z, absolute and
relative; curves and arcs are flattened to their end points), split into
rings, rescaled to a width of ~1000 units, simplified with Ramer-Douglas-
Peucker, tiny islands are dropped (each province keeps at least its largest
ring), coordinates are rounded to integers and written as compact absolute
paths ("Mx yLx y x y...Z").
"""

import argparse
import json
import math
import os
import re
import sys

CODES = {
    "alberta": "AB",
    "british columbia": "BC",
    "manitoba": "MB",
    "new brunswick": "NB",
    "newfoundland and labrador": "NL",
    "nova scotia": "NS",
    "northwest territories": "NT",
    "nunavut": "NU",
    "ontario": "ON",
    "prince edward island": "PE",
    "quebec": "QC",
    "saskatchewan": "SK",
    "yukon": "YT",
}
ORDER = sorted(set(CODES.values()))

CREDIT = (
    "Map outline: @svg-maps/canada by Victor Cazanave, based on the map by "
    "MapSVG (mapsvg.com), licensed under CC BY 4.0 "
    "(https://creativecommons.org/licenses/by/4.0/); simplified"
)
SOURCE = "https://github.com/VictorCazanave/svg-maps/tree/master/packages/canada"

# ---------------------------------------------------------------- input


def load(path):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".svg") or text.lstrip().startswith("<"):
        vb = re.search(r'viewBox="([^"]+)"', text).group(1)
        locs = []
        for m in re.finditer(r"<path\b([^>]*)>", text, re.S):
            attrs = dict(re.findall(r'([\w:-]+)="([^"]*)"', m.group(1)))
            locs.append({
                "id": attrs.get("id", ""),
                "name": attrs.get("aria-label") or attrs.get("name") or attrs.get("title", ""),
                "path": attrs["d"],
            })
        return [float(v) for v in vb.replace(",", " ").split()], locs
    data = json.loads(text[text.index("{"): text.rindex("}") + 1])
    vb = [float(v) for v in data["viewBox"].replace(",", " ").split()]
    return vb, data["locations"]


def code_for(loc):
    name = loc.get("name", "").strip().lower()
    if name in CODES:
        return CODES[name]
    cid = loc.get("id", "").strip().upper()
    if cid in ORDER:
        return cid
    raise SystemExit("unknown location: %r" % (loc,))


# ---------------------------------------------------------------- path parsing

TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtAaZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
ARGC = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "A": 7, "Z": 0}


def parse_rings(d):
    """Return a list of rings (lists of absolute (x, y)); curves -> end points."""
    toks = TOKEN.findall(d)
    rings, cur = [], []
    x = y = sx = sy = 0.0
    i, cmd = 0, None

    def close():
        nonlocal cur
        if len(cur) >= 3:
            rings.append(cur)
        cur = []

    while i < len(toks):
        t = toks[i]
        if t.isalpha():
            cmd = t
            i += 1
            if cmd in "Zz":
                close()
                x, y = sx, sy
                continue
        elif cmd is None:
            raise ValueError("path data does not start with a command")
        up = cmd.upper()
        rel = cmd.islower()
        n = ARGC[up]
        args = [float(v) for v in toks[i: i + n]]
        if len(args) < n:
            break
        i += n
        if up == "M":
            close()
            x, y = (x + args[0], y + args[1]) if rel else (args[0], args[1])
            sx, sy = x, y
            cur = [(x, y)]
            cmd = "l" if rel else "L"  # implicit lineto after moveto
            continue
        if up == "H":
            x = x + args[0] if rel else args[0]
        elif up == "V":
            y = y + args[0] if rel else args[0]
        else:  # L C S Q T A: end point is the last two args
            ex, ey = args[-2], args[-1]
            x, y = (x + ex, y + ey) if rel else (ex, ey)
        if not cur:
            cur = [(sx, sy)]
        cur.append((x, y))
    close()
    return rings


# ---------------------------------------------------------------- geometry


def seg_dist(p, a, b):
    ax, ay = a
    dx, dy = b[0] - ax, b[1] - ay
    l2 = dx * dx + dy * dy
    if l2 == 0:
        return math.hypot(p[0] - ax, p[1] - ay)
    t = max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy) / l2))
    return math.hypot(p[0] - ax - t * dx, p[1] - ay - t * dy)


def rdp(pts, eps):
    """Iterative Ramer-Douglas-Peucker on an open polyline."""
    if len(pts) < 3:
        return list(pts)
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        s, e = stack.pop()
        best, idx = -1.0, -1
        for k in range(s + 1, e):
            dd = seg_dist(pts[k], pts[s], pts[e])
            if dd > best:
                best, idx = dd, k
        if idx >= 0 and best > eps:
            keep[idx] = True
            stack.append((s, idx))
            stack.append((idx, e))
    return [p for p, k in zip(pts, keep) if k]


def simplify_ring(ring, eps):
    if ring[0] == ring[-1]:
        ring = ring[:-1]
    if len(ring) < 4:
        return ring
    # split the closed ring at the point farthest from the first one
    far = max(range(len(ring)), key=lambda k: (ring[k][0] - ring[0][0]) ** 2 + (ring[k][1] - ring[0][1]) ** 2)
    a = rdp(ring[: far + 1], eps)
    b = rdp(ring[far:] + [ring[0]], eps)
    return a[:-1] + b[:-1]


def area(ring):
    s = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        s += x1 * y2 - x2 * y1
    return abs(s) / 2


def bbox(ring):
    xs = [p[0] for p in ring]
    ys = [p[1] for p in ring]
    return min(xs), min(ys), max(xs), max(ys)


def inside(p, rings):
    """Even-odd point in polygon over all rings."""
    x, y = p
    c = False
    for ring in rings:
        n = len(ring)
        for k in range(n):
            x1, y1 = ring[k]
            x2, y2 = ring[k - 1]
            if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
                c = not c
    return c


def edge_dist(p, rings):
    return min(seg_dist(p, ring[k - 1], ring[k]) for ring in rings for k in range(len(ring)))


def label_point(rings, main=None):
    """Approximate pole of inaccessibility of ring `main` (default: the largest), grid search + refine."""
    if main is None:
        main = max(rings, key=area)
    x0, y0, x1, y1 = bbox(main)
    best, bp = -1.0, None
    step = max(x1 - x0, y1 - y0) / 40.0 or 1.0
    for _ in range(3):
        cands = []
        gx = x0
        while gx <= x1:
            gy = y0
            while gy <= y1:
                cands.append((gx, gy))
                gy += step
            gx += step
        for c in cands:
            if inside(c, [main]):
                dd = edge_dist(c, rings)
                if dd > best:
                    best, bp = dd, c
        if bp is None:
            break
        x0, y0, x1, y1 = bp[0] - step, bp[1] - step, bp[0] + step, bp[1] + step
        step /= 8.0
    if bp is None:  # degenerate: use a vertex
        bp = main[0]
    return bp


# ---------------------------------------------------------------- output


def fmt_ring(ring):
    out = ["M%d %d" % ring[0]]
    if len(ring) > 1:
        out.append("L" + " ".join("%d %d" % p for p in ring[1:]))
    out.append("Z")
    return "".join(out)


def fmt_ring_all(rings):
    return "".join(fmt_ring(r) for r in rings)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", help="@svg-maps/canada index.js (or canada.svg)")
    ap.add_argument("-o", "--output", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "content", "directory", "map", "canada.txt"))
    ap.add_argument("--width", type=float, default=1000.0, help="output drawing width in units (default 1000)")
    ap.add_argument("--tolerance", type=float, default=3.0, help="RDP tolerance in output units (default 3.0)")
    ap.add_argument("--min-island", type=float, default=12.0, help="drop extra rings whose bbox max side is below this (output units)")
    ap.add_argument("--small-factor", type=float, default=0.025, help="per-province tolerance cap: extent * this (default 0.025)")
    ap.add_argument("--preview", help="also write a preview SVG here")
    args = ap.parse_args()

    _vb, locs = load(args.data)
    raw = {}
    for loc in locs:
        code = code_for(loc)
        raw.setdefault(code, []).extend(parse_rings(loc["path"]))
    missing = [c for c in ORDER if c not in raw]
    if missing:
        raise SystemExit("missing provinces: %s" % " ".join(missing))

    allpts = [p for rings in raw.values() for r in rings for p in r]
    minx = min(p[0] for p in allpts)
    miny = min(p[1] for p in allpts)
    maxx = max(p[0] for p in allpts)
    maxy = max(p[1] for p in allpts)
    pad = 2.0
    s = (args.width - 2 * pad) / (maxx - minx)

    def tr(p):
        return ((p[0] - minx) * s + pad, (p[1] - miny) * s + pad)

    lines = []
    W = int(math.ceil(args.width))
    H = int(math.ceil((maxy - miny) * s + 2 * pad))
    lines.append("viewBox 0 0 %d %d" % (W, H))
    lines.append("credit " + CREDIT)
    lines.append("source " + SOURCE)

    stats = []
    outrings = {}
    for code in ORDER:
        rings = [[tr(p) for p in r] for r in raw[code]]
        biggest = max(range(len(rings)), key=lambda k: area(rings[k]))
        # small provinces (PE, NS, NB) get a finer tolerance so they keep their shape
        bx = bbox([p for r in rings for p in r])
        extent = max(bx[2] - bx[0], bx[3] - bx[1])
        eps = min(args.tolerance, max(0.5, extent * args.small_factor))
        kept = []
        for k, r in enumerate(rings):
            x0, y0, x1, y1 = bbox(r)
            if k != biggest and max(x1 - x0, y1 - y0) < args.min_island:
                continue
            sr = simplify_ring(r, eps)
            pts = []
            for p in sr:
                q = (int(round(p[0])), int(round(p[1])))
                if not pts or pts[-1] != q:
                    pts.append(q)
            while len(pts) > 1 and pts[0] == pts[-1]:
                pts.pop()
            if len(pts) < 3 and k != biggest:
                continue
            if len(pts) < 3:  # keep the main ring of a tiny province as a triangle-ish shape
                pts = [(int(round(p[0])), int(round(p[1]))) for p in r[:: max(1, len(r) // 4)]][:4]
            kept.append(pts)
        kept.sort(key=area, reverse=True)
        outrings[code] = kept
        stats.append("%s: tol %.2f, %d/%d rings, %d pts, %d bytes" % (code, eps, len(kept), len(rings), sum(len(r) for r in kept), len(fmt_ring_all(kept))))

    # Label point: pole of inaccessibility of the largest "mainland" ring, i.e.
    # the largest ring sharing border vertices with another province (so NU is
    # labelled on the mainland, not on Ellesmere); else the largest ring.
    owner = {}
    for code, kept in outrings.items():
        for r in kept:
            for p in r:
                owner.setdefault(p, set()).add(code)

    def shared(code, ring):
        n = 0
        for (x, y) in ring:
            if any(c != code for dx in (-1, 0, 1) for dy in (-1, 0, 1) for c in owner.get((x + dx, y + dy), ())):
                n += 1
        return n

    for code in ORDER:
        kept = outrings[code]
        fl = [[(float(a), float(b)) for a, b in r] for r in kept]
        mainland = [k for k, r in enumerate(kept) if shared(code, r) >= 3]
        main_idx = mainland[0] if mainland else 0  # kept is sorted by area
        lx, ly = label_point(fl, fl[main_idx])
        lines.append("%s %d %d %s" % (code, round(lx), round(ly), fmt_ring_all(kept)))

    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    for st in stats:
        print(st, file=sys.stderr)
    print("wrote %s (%d bytes)" % (args.output, os.path.getsize(args.output)), file=sys.stderr)

    if args.preview:
        parts = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d">' % (W, H, W * 880 // H, 880),
                 '<rect width="100%" height="100%" fill="#fff"/>']
        colors = ["#cfe3f3", "#d8ecd0", "#f3e0c4", "#e8d4ee", "#f7d6d6", "#d9d9f2", "#f2f2c4"]
        for k, line in enumerate(lines[3:]):
            code, lx, ly, d = line.split(" ", 3)
            parts.append('<path d="%s" fill="%s" stroke="#333" stroke-width="0.8" stroke-linejoin="round"/>' % (d, colors[k % len(colors)]))
            parts.append('<text x="%s" y="%s" font-size="14" font-family="sans-serif" text-anchor="middle" dominant-baseline="middle">%s</text>' % (lx, ly, code))
        parts.append("</svg>")
        with open(args.preview, "w", encoding="utf-8") as f:
            f.write("\n".join(parts) + "\n")


if __name__ == "__main__":
    main()
