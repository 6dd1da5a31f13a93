#!/usr/bin/env python3
"""Write a borrow-checker stress program: one fn with about N locals, a quarter of them
references (each a loan of an earlier local, used a few statements later), to stdout.

    gen_borrowck_stress.py N [straight|branchy]

straight: one long basic-block chain. branchy: the same statements cut into groups,
every group inside an `if` or a `while` loop, so loans live across joins and back edges.
The program is accepted by rustc and prints one checksum: borrow checking it must grow
roughly linearly with N (rustc's NLL does).
"""
import sys


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    shape = sys.argv[2] if len(sys.argv) > 2 else "straight"
    nvalues = n - n // 4
    lines = ["#![allow(unused_mut)]", "", "fn stress(seed: i64) -> i64 {",
             "    let mut total: i64 = seed;"]
    group = []
    groups = []
    borrowed = 0
    for v in range(nvalues):
        group.append(f"    let mut v{v}: i64 = total % 7 + {v % 13};")
        if v % 3 == 2 and borrowed < n // 4:
            k = borrowed
            borrowed += 1
            target = v - 1
            if k % 2 == 0:
                group.append(f"    let r{k} = &mut v{target};")
                group.append(f"    *r{k} += v{v};")
                group.append(f"    total = total.wrapping_add(*r{k});")
            else:
                group.append(f"    let r{k} = &v{target};")
                group.append(f"    v{v} += 1;")
                group.append(f"    total = total.wrapping_add(*r{k} + v{v});")
        if v % 3 == 2 and len(group) >= 12:
            groups.append(group)
            group = []
    if group:
        groups.append(group)
    for g, body in enumerate(groups):
        if shape == "branchy" and g % 2 == 0:
            lines.append(f"    if total % 3 != {g % 3} {{")
            lines += ["    " + line for line in body]
            lines.append("    }")
        elif shape == "branchy":
            lines.append(f"    let mut i{g} = 0;")
            lines.append(f"    while i{g} < 2 {{")
            lines += ["    " + line for line in body]
            lines.append(f"        i{g} += 1;")
            lines.append("    }")
        else:
            lines += body
    lines.append("    total")
    lines.append("}")
    lines.append("")
    lines.append("fn main() {")
    lines.append("    println!(\"{}\", stress(std::env::args().count() as i64));")
    lines.append("}")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
