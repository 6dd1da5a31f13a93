//@ run-pass
//@ spec: 20.6
// Naive checker: rejects reads of the receiver in several argument positions of a &mut self method.
struct Grid { w: usize, h: usize, cells: Vec<u8> }
impl Grid {
    fn width(&self) -> usize { self.w }
    fn height(&self) -> usize { self.h }
    fn resize(&mut self, w: usize, h: usize) {
        self.w = w;
        self.h = h;
        self.cells = vec![0; w * h];
    }
}
fn main() {
    let mut g = Grid { w: 2, h: 3, cells: vec![0; 6] };
    g.resize(g.width() + 1, g.height() * 2);
    println!("{}x{} = {}", g.w, g.h, g.cells.len());
}
