//@ compile-fail
//@ spec: 11.8
// Indexing values that are not arrays or slices: a struct, a tuple (which
// uses `.0`), an integer and a bool.
struct Grid {
    cells: [u8; 4],
}

fn main() {
    let g = Grid { cells: [1, 2, 3, 4] };
    let a = g[0]; //~ ERROR E0608
    let b = g.cells[0];
    let t = (1, 2, 3);
    let c = t[1]; //~ ERROR E0608
    let n = 1234u32;
    let d = n[0]; //~ ERROR E0608
    let f = true;
    let e = f[0]; //~ ERROR E0608
}
