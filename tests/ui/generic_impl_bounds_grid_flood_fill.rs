//@ spec: 13.2, 14.3, 17.6, 17.7
// A generic Grid<T: Clone + PartialEq> owns its cells in one Vec; flood fill uses an explicit
// Vec stack of coordinates and clones the fill value into each cell it reaches.
struct Grid<T> {
    w: usize,
    h: usize,
    cells: Vec<T>,
}

impl<T: Clone + PartialEq> Grid<T> {
    fn new(w: usize, h: usize, fill: T) -> Self {
        Grid { w, h, cells: vec![fill; w * h] }
    }
    fn get(&self, x: usize, y: usize) -> &T {
        &self.cells[y * self.w + x]
    }
    fn set(&mut self, x: usize, y: usize, v: T) {
        let w = self.w;
        self.cells[y * w + x] = v;
    }
    fn flood(&mut self, x: usize, y: usize, new: T) -> usize {
        let old = self.get(x, y).clone();
        if old == new {
            return 0;
        }
        let mut todo = vec![(x, y)];
        let mut filled = 0;
        while let Some((cx, cy)) = todo.pop() {
            if *self.get(cx, cy) != old {
                continue;
            }
            self.set(cx, cy, new.clone());
            filled += 1;
            if cx > 0 { todo.push((cx - 1, cy)); }
            if cy > 0 { todo.push((cx, cy - 1)); }
            if cx + 1 < self.w { todo.push((cx + 1, cy)); }
            if cy + 1 < self.h { todo.push((cx, cy + 1)); }
        }
        filled
    }
    fn count(&self, v: &T) -> usize {
        self.cells.iter().filter(|c| *c == v).count()
    }
}

fn show(g: &Grid<char>) {
    for row in g.cells.chunks(g.w) {
        let line: String = row.iter().collect();
        println!("  {}", line);
    }
}

fn main() {
    let mut g = Grid::new(6, 4, '.');
    for y in 0..4 {
        g.set(3, y, '#');
    }
    g.set(3, 2, '.');
    g.set(1, 1, '#');
    show(&g);
    let n = g.flood(0, 0, 'o');
    println!("filled {} cells, {} walls left", n, g.count(&'#'));
    show(&g);
    println!("refill same: {}", g.flood(0, 0, 'o'));

    let mut names = Grid::new(3, 2, String::from("sea"));
    names.set(1, 0, String::from("isle"));
    names.set(1, 1, String::from("isle"));
    let n = names.flood(1, 1, String::from("land"));
    println!("{} land, {} sea: {:?}", n, names.count(&String::from("sea")), names.cells);
}
