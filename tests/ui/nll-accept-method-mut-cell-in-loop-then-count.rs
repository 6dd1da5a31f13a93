//@ run-pass
//@ spec: 20.3
// Lexical checker rejects: `c` borrows all of `g` for the loop body, so `g.writes += 1` conflicts.
struct Grid {
    cells: Vec<u8>,
    width: usize,
    writes: u32,
}
impl Grid {
    fn cell(&mut self, r: usize, c: usize) -> &mut u8 {
        let w = self.width;
        &mut self.cells[r * w + c]
    }
}
fn main() {
    let mut g = Grid { cells: vec![0; 9], width: 3, writes: 0 };
    for i in 0..3 {
        let c = g.cell(i, i);
        *c = 1;
        g.writes += 1;
    }
    println!("{:?} {}", g.cells, g.writes);
}
