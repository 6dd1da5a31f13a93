//@ spec: 12.4, 12.5
// Tuples drop their elements first to last, arrays from index 0 upward, and nested
// tuples/arrays recurse in the same order; whole variables still die in reverse order.
struct Block(&'static str);
impl Drop for Block {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn make_pair(a: &'static str, b: &'static str) -> (Block, Block) {
    (Block(a), Block(b))
}

fn main() {
    let nested = ((Block("n.0.0"), Block("n.0.1")), Block("n.1"), [Block("n.2[0]"), Block("n.2[1]")]);
    let grid = [[Block("g00"), Block("g01")], [Block("g10"), Block("g11")]];
    let pair = make_pair("p.0", "p.1");
    println!("made {} {} {}", (nested.0).1 .0, grid[1][0].0, pair.1 .0);
    {
        let mixed: (u32, Block, &str, Block) = (7, Block("m.1"), "text", Block("m.3"));
        println!("mixed {} {}", mixed.0, mixed.2);
    }
    make_pair("temp.0", "temp.1");
    println!("end of main");
}
