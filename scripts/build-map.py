#!/usr/bin/env python3
"""Builds the world map the search page draws: src/main/resources/web/world-110m.json.

Reads world-atlas's countries-110m.json (Natural Earth 1:110m admin-0 countries, public domain,
as TopoJSON keyed by ISO 3166-1 numeric; the world-atlas package is ISC-licensed, see NOTICE),
turns each country into one SVG path in an equirectangular projection (1000 x 500 units for
360 x 180 degrees, coordinates rounded to 0.1 and points closer than that dropped) and keys it by
ISO 3166-1 alpha-2, the codes the index uses. The numeric -> alpha-2 table comes from iso-codes'
iso_3166-1.json (Debian's iso-codes package); the three Natural Earth shapes without a numeric
code are named by hand (Kosovo XK; Northern Cyprus and Somaliland are drawn as part of CY and SO).
Antarctica is left out: no briefing is about it, and it would take a fifth of the height.

Run once, by hand; the output is committed and served from the jar (no CDN, no tiles, offline):
    npm pack world-atlas && tar xzf world-atlas-*.tgz
    python3 scripts/build-map.py package/countries-110m.json [--iso /usr/share/iso-codes/json/iso_3166-1.json]
Only the Python standard library is needed.
"""
import argparse
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "src/main/resources/web/world-110m.json")
UNNUMBERED = {"Kosovo": "XK", "N. Cyprus": "CY", "Somaliland": "SO"}
WIDTH, HEIGHT = 1000, 500


def decode_arcs(topo):
    """Absolute lon/lat points of every arc (TopoJSON arcs are delta-encoded and quantised)."""
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def ring(arcs, indexes):
    pts = []
    for i in indexes:
        a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(a if not pts else a[1:])
    return pts


def unwrap(points):
    """Longitudes made continuous across the antimeridian: Russia's Chukotka and Fiji continue past
    180 degrees (drawn past the right edge, where the SVG clips them) instead of striping the map."""
    out = []
    for lon, lat in points:
        if out:
            while lon - out[-1][0] > 180:
                lon -= 360
            while lon - out[-1][0] < -180:
                lon += 360
        out.append((lon, lat))
    return out


def project(lon, lat):
    return round((lon + 180) / 360 * WIDTH, 1), round((90 - lat) / 180 * HEIGHT, 1)


def path(rings):
    out = []
    for r in rings:
        pts = []
        for lon, lat in unwrap(r):
            p = project(lon, lat)
            if not pts or abs(p[0] - pts[-1][0]) + abs(p[1] - pts[-1][1]) >= 0.2:
                pts.append(p)
        if len(pts) < 3:
            continue
        out.append("M" + "L".join(f"{x:g},{y:g}" for x, y in pts) + "Z")
    return "".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("topojson")
    ap.add_argument("--iso", default="/usr/share/iso-codes/json/iso_3166-1.json")
    args = ap.parse_args()
    with open(args.topojson, encoding="utf-8") as fh:
        topo = json.load(fh)
    with open(args.iso, encoding="utf-8") as fh:
        alpha2 = {c["numeric"]: c["alpha_2"] for c in json.load(fh)["3166-1"]}
    arcs = decode_arcs(topo)
    shapes = {}
    for g in topo["objects"]["countries"]["geometries"]:
        name = g["properties"]["name"]
        code = alpha2.get(g.get("id")) if g.get("id") else UNNUMBERED.get(name)
        if code is None:
            raise SystemExit(f"no ISO alpha-2 code for {name} ({g.get('id')})")
        if code == "AQ":
            continue
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        rings = [ring(arcs, r) for poly in polys for r in poly]
        shapes[code] = shapes.get(code, "") + path(rings)
    out = {
        "source": "Natural Earth 1:110m admin-0 countries (public domain), via world-atlas 2.0.2 (ISC);"
        " built by scripts/build-map.py",
        "viewBox": f"0 0 {WIDTH} {int(HEIGHT * 0.84)}",
        "countries": dict(sorted(shapes.items())),
    }
    with open(OUT, "w", encoding="utf-8") as fh:
        json.dump(out, fh, separators=(",", ":"))
        fh.write("\n")
    print(f"{len(shapes)} countries, {os.path.getsize(OUT)} bytes -> {OUT}")


if __name__ == "__main__":
    main()
