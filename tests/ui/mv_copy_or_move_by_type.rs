//@ spec: 12.1, 11.4
// Whether `let b = a;` copies or moves is decided by the type alone: derived-Copy structs,
// tuples and arrays of Copy values and shared references stay usable; Strings do not.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
struct Label {
    text: String,
}

fn shift(mut p: Point, dx: i32) -> Point {
    p.x += dx;
    p
}

fn longest<'a>(a: &'a Label, b: &'a Label) -> &'a Label {
    if a.text.len() >= b.text.len() { a } else { b }
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let q = p;
    let r = shift(p, 10);
    println!("p={:?} q={:?} r={:?}", p, q, r);

    let pair = (3u8, 'z');
    let pair2 = pair;
    println!("pair {:?} {:?}", pair, pair2);

    let grid = [p, q, r];
    let mut grid2 = grid;
    grid2[0].x = 99;
    println!("grid[0].x={} grid2[0].x={}", grid[0].x, grid2[0].x);

    let a = Label { text: String::from("short") };
    let b = Label { text: String::from("much longer") };
    let ra = &a;
    let ra2 = ra;
    let best = longest(ra, &b);
    println!("{} {} best={}", ra.text, ra2.text, best.text);

    let owned = (String::from("left"), 7);
    let moved = owned;
    println!("moved {:?}", moved);
    let n = moved.1;
    println!("n still readable: {} and {}", n, moved.1);
}
