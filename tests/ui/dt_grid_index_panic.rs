//@ run-fail
//@ spec: 11.8 8.1
// Walking off the edge of a 2-D grid indexes past the end and panics with the length and index.
struct Grid {
    cells: [[u8; 4]; 3],
}

impl Grid {
    fn get(&self, r: usize, c: usize) -> u8 {
        self.cells[r][c]
    }
}

fn main() {
    let mut g = Grid { cells: [[0; 4]; 3] };
    let mut r = 0;
    let mut c = 0;
    let mut step = 1u8;
    loop {
        g.cells[r][c] = step;
        println!("({}, {}) = {}", r, c, g.get(r, c));
        step += 1;
        r += 1;
        c += 2;
    }
}
