//@ spec: 13.6
// Turbofish names a generic fn's type arguments.
fn id<T>(x: T) -> T { x }
fn main() {
    let a = id::<u8>(200);
    let b = id::<f64>(1.0) / 3.0;
    println!("{} {}", a, b);
}
