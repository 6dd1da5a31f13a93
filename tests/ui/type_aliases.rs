//@ spec: 14.6
// `type` aliases name an existing type; fmt::Result is one.
type Meters = f64;
type Grid = [[u8; 3]; 2];
type Outcome = Result<Meters, &'static str>;

fn climb(h: Meters, by: Meters) -> Outcome {
    if h + by > 8848.0 { Err("higher than Everest") } else { Ok(h + by) }
}

fn main() {
    let g: Grid = [[1, 2, 3], [4, 5, 6]];
    println!("{:?} {}", g, g[1][2]);
    println!("{:?} {:?}", climb(100.0, 50.5), climb(8000.0, 900.0));
    let m: Meters = 2.5;
    println!("{}", m * 2.0);
}
