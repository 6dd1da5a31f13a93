//@ compile-fail
//@ spec: 16.3, 14.3
// `max` needs `Ord` items; floats are only PartialOrd.
fn main() {
    let best = (0..5).map(|i| i as f64 * 0.5).max(); //~ ERROR E0277
    println!("{:?}", best);
}
